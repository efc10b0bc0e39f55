import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MAX_FEN } from '@pcs/contracts';
import {
  budgetMs,
  DatabaseFingerprints,
  eventually,
  httpCall,
  queryDatabase,
  type HttpResult,
} from '@pcs/testing';
import { staffToken } from './gateway-harness.js';
import { startRealStack, type RealStack } from './hostile/real-stack.js';
import { seedRecords, type SeededRecords } from './hostile/seed-records.js';
import * as sample from './residents-samples.js';
import { expectRefused as refused } from './hostile/refused.js';

/*
 * A new cashier's and finance user's probe of every billing route, through the gateway to the real
 * services: malformed input, ids that do not exist or belong to another community, money that is not
 * money, and writes out of order or retried. Each is refused with problem details naming the field
 * (400/422) or the state (404/409), changes nothing, and leaves the ledger balanced (BIL-12).
 */

const MISSING = '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8c';
const LONG = '账'.repeat(2001);

/** Each money field gets these, none of them an amount of fen a cashier can take. */
const BAD_FEN: [string, unknown][] = [
  ['negative', -100],
  ['zero', 0],
  ['fractional', 100.5],
  ['numeric string', '100'],
  ['above MAX_FEN', MAX_FEN + 1],
  ['unsafe integer', 2 ** 60],
  ['null', null],
  ['object', { fen: 100 }],
];

describe('billing routes probed with bad input and odd sequences', () => {
  let stack: RealStack;
  let records: SeededRecords;
  let fingerprints: DatabaseFingerprints;
  let finance: string;
  let manager: string;
  let gz02Finance: string;
  let n = 0;
  /** GZ01: the owner's unit, its payer and the unit's bills of the billing run. */
  let unitId: string;
  let payerPersonId: string;
  /** GZ02: a unit and its payer, out of reach of the GZ01 callers. */
  let foreignUnitId: string;
  let foreignPayerId: string;
  let foreignBillId: string;

  const call = (method: string, path: string, body?: unknown, token = finance, headers = {}) =>
    httpCall(stack.gateway.url, method, path, {
      token,
      ...(body === undefined ? {} : { body }),
      headers: { 'x-correlation-id': `billing-probe-${++n}`, ...headers },
    });
  const key = () => ({ 'idempotency-key': `probe-${Date.now()}-${++n}` });

  /** Runs the cases, collecting every miss, so that one run reports them all. */
  async function probe(
    cases: [label: string, send: () => Promise<HttpResult>, statuses: number[], field?: string][],
  ): Promise<string[]> {
    const failures: string[] = [];
    for (const [label, send, statuses, field] of cases) {
      const res = await send();
      try {
        refused(res, statuses, field);
      } catch (error) {
        failures.push(`${label}: ${(error as Error).message}`);
      }
    }
    return failures;
  }

  /** Billing's database, read as its own tests do. */
  const db = {
    query: async (sql: string) => ({
      rows: await queryDatabase<Record<string, any>>(stack.services['billing']!.database.url, sql),
    }),
  };

  /** BIL-12 over billing's database: every transaction balanced, the whole ledger sums to zero. */
  async function expectLedgerBalanced(): Promise<void> {
    const { rows: unbalanced } = await db.query(
      `select transaction_id from ledger_entry group by transaction_id having sum(amount_fen) <> 0`,
    );
    expect(unbalanced).toEqual([]);
    const { rows: total } = await db.query(
      `select coalesce(sum(amount_fen), 0)::text as t from ledger_entry`,
    );
    expect(total).toEqual([{ t: '0' }]);
    const { rows: deposits } = await db.query(
      `select id from deposit where received_fen - deducted_fen - refunded_fen < 0`,
    );
    expect(deposits).toEqual([]);
    const { rows: bills } = await db.query(
      `select b.id from bill b left join (select bill_id, sum(paid_fen) s from bill_line group by bill_id) l
         on l.bill_id = b.id where b.paid_fen <> coalesce(l.s, 0) or b.paid_fen + b.credited_fen > b.amount_fen`,
    );
    expect(bills).toEqual([]);
  }

  /** What a refused batch must leave alone: every row of billing's database. */
  async function unchanged<T>(batch: () => Promise<T>): Promise<T> {
    const before = await fingerprints.atRest(30_000);
    const result = await batch();
    // A batch of probes reports its misses before the rows they changed.
    if (Array.isArray(result)) expect(result).toEqual([]);
    expect(await fingerprints.take()).toEqual(before);
    await expectLedgerBalanced();
    return result;
  }

  const statement = async (unit = unitId, token = finance) => {
    const res = await call('GET', `/api/v1/units/${unit}/statement`, undefined, token);
    expect(res.status).toBe(200);
    return res.json;
  };

  async function pay(body: Record<string, unknown>, headers: Record<string, string> = key()): Promise<any> {
    const res = await call('POST', `/api/v1/units/${unitId}/payments`, body, finance, headers);
    expect({ status: res.status, body: res.json }).toMatchObject({ status: 201 });
    return res.json;
  }

  async function deposit(amountFen = 300_000): Promise<any> {
    const res = await call(
      'POST',
      '/api/v1/deposits',
      { unitId, payerPersonId, kind: 'contract', amountFen, method: 'cash' },
      finance,
      key(),
    );
    expect({ status: res.status, body: res.json }).toMatchObject({ status: 201 });
    return res.json;
  }

  beforeAll(
    async () => {
      stack = await startRealStack();
      records = await seedRecords(stack.gateway.url);
      fingerprints = await DatabaseFingerprints.open({ billing: stack.services['billing']!.database.url });
      finance = await staffToken({
        sub: 'staff-0301',
        name: '周敏',
        roles: ['finance'],
        communities: ['GZ01'],
      });
      manager = await staffToken({
        sub: 'staff-0901',
        name: '孙悦',
        roles: ['cs-manager'],
        communities: ['GZ01'],
      });
      gz02Finance = await staffToken({
        sub: 'staff-0302',
        name: '钱磊',
        roles: ['finance'],
        communities: ['GZ02'],
      });
      const admin = await staffToken({ roles: ['admin'], communities: ['*'] });
      const desk = await staffToken({ roles: ['front-desk'], communities: ['*'] });
      const ok = async (method: string, path: string, body: unknown, token: string, headers = {}) => {
        const res = await call(method, path, body, token, headers);
        if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${res.text}`);
        return res.json;
      };
      unitId = records['units']![0]!;
      payerPersonId = records['people']![0]!;

      // GZ02: a building, a unit and its owner, billed as GZ01 is.
      const building = await ok(
        'POST',
        '/api/v1/communities/GZ02/buildings',
        { ...sample.buildingDetails(), code: '8' },
        admin,
      );
      const unit = await ok(
        'POST',
        `/api/v1/buildings/${building.id}/units`,
        { ...sample.unitDetails(), number: '801', floor: 8 },
        admin,
      );
      foreignUnitId = unit.id;
      const person = await ok(
        'POST',
        '/api/v1/people',
        {
          ...sample.personRegistration(),
          communityId: 'GZ02',
          name: '钱多多',
          phone: '13912345670',
          idDocument: { type: 'resident-id-card', number: '440107199001015670' },
        },
        desk,
      );
      foreignPayerId = person.id;
      await ok(
        'POST',
        `/api/v1/units/${foreignUnitId}/occupancies`,
        { personId: foreignPayerId, role: 'owner', startDate: '2026-07-01' },
        desk,
      );

      // BIL-1: a management fee with a late fee (BIL-13), for every community of the company.
      await ok(
        'POST',
        '/api/v1/fee-items',
        {
          code: 'property-management',
          name: '物业管理费',
          basis: 'per-square-metre',
          rateFen: 300,
          effectiveFrom: '2026-01-01',
          lateFee: { kind: 'daily-rate', value: 5 },
        },
        finance,
      );
      // BIL-2: billing learns of units and occupancies from residents' events, which may still be on their way.
      for (const [community, token, unit] of [
        ['GZ01', finance, unitId],
        ['GZ02', gz02Finance, foreignUnitId],
      ] as const) {
        await eventually(
          async () => {
            const before = await call(
              'POST',
              '/api/v1/billing-runs',
              { communityId: community, period: '2026-08' },
              token,
            );
            expect(before.status).toBe(200);
            const bills = (await statement(unit, token)).bills as unknown[];
            expect(bills.length).toBeGreaterThan(0);
          },
          30_000,
          300,
        );
      }
      foreignBillId = (await statement(foreignUnitId, gz02Finance)).bills[0].id;
    },
    budgetMs(120, 1_000),
  );

  afterAll(async () => {
    await fingerprints?.close();
    await stack?.close();
  });

  it('bad input: a payment with wrong types, unknown codes, bad money, impossible dates or unknown fields is refused naming the field, on both routes', async () => {
    const valid = { payerPersonId, method: 'cash', amountFen: 100 };
    const cases: [string, Record<string, unknown>, string][] = [
      ['unknown method', { method: 'bitcoin' }, 'method'],
      ['method blank', { method: '' }, 'method'],
      ['method as number', { method: 1 }, 'method'],
      ...BAD_FEN.map(([label, amountFen]): [string, Record<string, unknown>, string] => [
        `amount ${label}`,
        { amountFen },
        'amountFen',
      ]),
      ['malformed payer', { payerPersonId: 'person-1' }, 'payerPersonId'],
      ['payer blank', { payerPersonId: '' }, 'payerPersonId'],
      ['transaction id blank', { externalTransactionId: '' }, 'externalTransactionId'],
      ['transaction id over-long', { externalTransactionId: 'x'.repeat(65) }, 'externalTransactionId'],
      ['transaction id with spaces', { externalTransactionId: 'ICBC 0001' }, 'externalTransactionId'],
      ['transaction id as number', { externalTransactionId: 42 }, 'externalTransactionId'],
      // Decision 0249: every method but cash names its transaction.
      ['card without transaction id', { method: 'card' }, 'externalTransactionId'],
      ['WeChat Pay without transaction id', { method: 'wechat-pay' }, 'externalTransactionId'],
      ['bill ids empty', { billIds: [] }, 'billIds'],
      ['bill ids malformed', { billIds: ['bill-1'] }, 'billIds'],
      ['bill ids twice the same', { billIds: [MISSING, MISSING] }, 'billIds'],
      ['bill ids as string', { billIds: MISSING }, 'billIds'],
      ['impossible receivedAt', { receivedAt: '2026-02-30T10:00:00+08:00' }, 'receivedAt'],
      ['receivedAt without offset', { receivedAt: '2026-11-25T10:00:00' }, 'receivedAt'],
      ['receivedAt in the future', { receivedAt: '2999-01-01T10:00:00+08:00' }, 'receivedAt'],
      ['receivedAt garbage', { receivedAt: 'yesterday' }, 'receivedAt'],
      ['note blank', { note: '   ' }, 'note'],
      ['note over-long', { note: LONG }, 'note'],
      ['extra field', { discountFen: 100 }, 'discountFen'],
      ['status smuggled', { status: 'reversed' }, 'status'],
    ];
    const failures = await unchanged(async () => {
      const all: string[] = [];
      for (const [route, extra] of [
        [`/api/v1/units/${unitId}/payments`, {}],
        ['/api/v1/payments', { unitId }],
      ] as const) {
        all.push(
          ...(await probe(
            cases.map(([label, overrides, field]) => [
              `${route} ${label}`,
              () => call('POST', route, { ...valid, ...extra, ...overrides }, finance, key()),
              [400, 422],
              field,
            ]),
          )),
        );
        for (const missing of ['payerPersonId', 'method', 'amountFen']) {
          const body: Record<string, unknown> = { ...valid, ...extra };
          delete body[missing];
          all.push(
            ...(await probe([
              [
                `${route} without ${missing}`,
                () => call('POST', route, body, finance, key()),
                [400],
                missing,
              ],
            ])),
          );
        }
      }
      all.push(
        ...(await probe([
          [
            'payments without unitId',
            () => call('POST', '/api/v1/payments', valid, finance, key()),
            [400],
            'unitId',
          ],
          [
            'payments with a malformed unitId',
            () => call('POST', '/api/v1/payments', { ...valid, unitId: 'GZ01-3-101' }, finance, key()),
            [400],
            'unitId',
          ],
          [
            'no Idempotency-Key',
            () => call('POST', `/api/v1/units/${unitId}/payments`, valid, finance),
            [400],
            'Idempotency-Key',
          ],
          [
            'blank Idempotency-Key',
            () =>
              call('POST', `/api/v1/units/${unitId}/payments`, valid, finance, { 'idempotency-key': ' ' }),
            [400],
            'Idempotency-Key',
          ],
          [
            'over-long Idempotency-Key',
            () =>
              call('POST', `/api/v1/units/${unitId}/payments`, valid, finance, {
                'idempotency-key': 'k'.repeat(1000),
              }),
            [400],
            'Idempotency-Key',
          ],
          [
            'body an array',
            () => call('POST', `/api/v1/units/${unitId}/payments`, [valid], finance, key()),
            [400],
          ],
          [
            'body a string',
            () => call('POST', `/api/v1/units/${unitId}/payments`, 'cash', finance, key()),
            [400],
          ],
        ])),
      );
      return all;
    });
    expect(failures).toEqual([]);
  });

  it('bad input: a payment for an unknown, malformed or foreign unit, an unknown payer or bills not of the unit is refused and records nothing', async () => {
    const valid = { payerPersonId, method: 'cash', amountFen: 100 };
    const failures = await unchanged(() =>
      probe([
        [
          'malformed unit',
          () => call('POST', '/api/v1/units/not-a-uuid/payments', valid, finance, key()),
          [400],
          'id',
        ],
        [
          'unknown unit',
          () => call('POST', `/api/v1/units/${MISSING}/payments`, valid, finance, key()),
          [404],
        ],
        [
          'foreign unit',
          () =>
            call(
              'POST',
              `/api/v1/units/${foreignUnitId}/payments`,
              { ...valid, payerPersonId: foreignPayerId },
              finance,
              key(),
            ),
          [404],
        ],
        [
          'foreign unit in the body',
          () =>
            call(
              'POST',
              '/api/v1/payments',
              { ...valid, unitId: foreignUnitId, payerPersonId: foreignPayerId },
              finance,
              key(),
            ),
          [404],
        ],
        [
          'unknown payer',
          () =>
            call(
              'POST',
              `/api/v1/units/${unitId}/payments`,
              { ...valid, payerPersonId: MISSING },
              finance,
              key(),
            ),
          [404, 409, 422],
          'payerPersonId',
        ],
        [
          'payer of another unit',
          () =>
            call(
              'POST',
              `/api/v1/units/${unitId}/payments`,
              { ...valid, payerPersonId: foreignPayerId },
              finance,
              key(),
            ),
          [404, 409, 422],
          'payerPersonId',
        ],
        [
          'unknown bill named',
          () =>
            call(
              'POST',
              `/api/v1/units/${unitId}/payments`,
              { ...valid, billIds: [MISSING] },
              finance,
              key(),
            ),
          [404, 422],
          'billIds',
        ],
        [
          'foreign bill named',
          () =>
            call(
              'POST',
              `/api/v1/units/${unitId}/payments`,
              { ...valid, billIds: [foreignBillId] },
              finance,
              key(),
            ),
          [404, 422],
          'billIds',
        ],
      ]),
    );
    expect(failures).toEqual([]);
  });

  it('BIL-5: a payment retried under one Idempotency-Key records once; another body under it is 409; one transfer id records one payment', async () => {
    const headers = key();
    const body = {
      payerPersonId,
      method: 'bank-transfer',
      amountFen: 1_000,
      externalTransactionId: `ICBC-${n}-A`,
    };
    const first = await pay(body, headers);
    const again = await call('POST', `/api/v1/units/${unitId}/payments`, body, finance, headers);
    expect({ status: again.status, id: again.json.id, receipt: again.json.receiptNumber }).toEqual({
      status: 201,
      id: first.id,
      receipt: first.receiptNumber,
    });
    await expectLedgerBalanced();
    const failures = await unchanged(() =>
      probe([
        [
          'same key, another amount',
          () =>
            call('POST', `/api/v1/units/${unitId}/payments`, { ...body, amountFen: 1_001 }, finance, headers),
          [409],
        ],
        [
          'same key, on the other route',
          () => call('POST', '/api/v1/payments', { ...body, unitId, amountFen: 2_000 }, finance, headers),
          [409],
        ],
        [
          'same transfer id, another amount, another key',
          () => call('POST', `/api/v1/units/${unitId}/payments`, { ...body, amountFen: 999 }, finance, key()),
          [409],
          'externalTransactionId',
        ],
      ]),
    );
    expect(failures).toEqual([]);
    // The same transfer again under a new key is the same payment, not a second one.
    const retried = await call('POST', `/api/v1/units/${unitId}/payments`, body, finance, key());
    expect(
      [200, 201, 409].includes(retried.status) ? (retried.json.id ?? 'refused') : retried.status,
    ).toEqual(retried.status === 409 ? 'refused' : first.id);
    const payments = (await statement()).payments.filter(
      (p: { externalTransactionId?: string }) => p.externalTransactionId === body.externalTransactionId,
    );
    expect(payments).toHaveLength(1);
    await expectLedgerBalanced();
  });

  it('BIL-6: paying a cancelled bill, a credit note above what is owed, or on a cancelled bill is refused and changes nothing', async () => {
    // A month's bill nobody has paid anything of yet.
    const run = await call('POST', '/api/v1/billing-runs', { communityId: 'GZ01', period: '2026-09' });
    expect(run.status).toBe(200);
    const s = await statement();
    const bill = s.bills.find((b: { description: string }) => b.description.startsWith('2026-09'));
    expect(bill.paidFen).toBe(0);
    // Cancel it whole with a credit note.
    const cancelled = await call(
      'POST',
      `/api/v1/bills/${bill.id}/credit-notes`,
      { amountFen: bill.outstandingFen, reason: '面积更正，重开' },
      finance,
      key(),
    );
    expect({ status: cancelled.status, bill: cancelled.json.status }).toEqual({
      status: 200,
      bill: 'cancelled',
    });
    const open = (await statement()).bills.find((b: { status: string }) => b.status === 'open');
    const failures = await unchanged(() =>
      probe([
        [
          'pay a cancelled bill',
          () =>
            call(
              'POST',
              `/api/v1/units/${unitId}/payments`,
              { payerPersonId, method: 'cash', amountFen: 100, billIds: [bill.id] },
              finance,
              key(),
            ),
          [409, 422],
        ],
        [
          'credit note on a cancelled bill',
          () =>
            call(
              'POST',
              `/api/v1/bills/${bill.id}/credit-notes`,
              { amountFen: 1, reason: '再减' },
              finance,
              key(),
            ),
          [409, 422],
        ],
        [
          'credit note above what is owed',
          () =>
            call(
              'POST',
              `/api/v1/bills/${open.id}/credit-notes`,
              { amountFen: open.outstandingFen + 1, reason: '多减' },
              finance,
              key(),
            ),
          [409, 422],
          'amountFen',
        ],
        ...BAD_FEN.map(([label, amountFen]): [string, () => Promise<HttpResult>, number[], string] => [
          `credit note ${label}`,
          () =>
            call(
              'POST',
              `/api/v1/bills/${open.id}/credit-notes`,
              { amountFen, reason: '更正' },
              finance,
              key(),
            ),
          [400, 422],
          'amountFen',
        ]),
        [
          'credit note blank reason',
          () =>
            call(
              'POST',
              `/api/v1/bills/${open.id}/credit-notes`,
              { amountFen: 1, reason: ' ' },
              finance,
              key(),
            ),
          [400],
          'reason',
        ],
        [
          'credit note long reason',
          () =>
            call(
              'POST',
              `/api/v1/bills/${open.id}/credit-notes`,
              { amountFen: 1, reason: LONG },
              finance,
              key(),
            ),
          [400],
          'reason',
        ],
        [
          'credit note no reason',
          () => call('POST', `/api/v1/bills/${open.id}/credit-notes`, { amountFen: 1 }, finance, key()),
          [400],
          'reason',
        ],
        [
          'credit note extra field',
          () =>
            call(
              'POST',
              `/api/v1/bills/${open.id}/credit-notes`,
              { amountFen: 1, reason: '更正', status: 'paid' },
              finance,
              key(),
            ),
          [400],
          'status',
        ],
        [
          'credit note unknown bill',
          () =>
            call(
              'POST',
              `/api/v1/bills/${MISSING}/credit-notes`,
              { amountFen: 1, reason: '更正' },
              finance,
              key(),
            ),
          [404],
        ],
        [
          'credit note malformed bill',
          () =>
            call(
              'POST',
              '/api/v1/bills/ZD-GZ01-1/credit-notes',
              { amountFen: 1, reason: '更正' },
              finance,
              key(),
            ),
          [400],
          'id',
        ],
        [
          'credit note foreign bill',
          () =>
            call(
              'POST',
              `/api/v1/bills/${foreignBillId}/credit-notes`,
              { amountFen: 1, reason: '更正' },
              finance,
              key(),
            ),
          [404],
        ],
        [
          // Decision 0255: a partial credit note retried after a lost answer would reduce the bill twice.
          'credit note without Idempotency-Key',
          () =>
            call('POST', `/api/v1/bills/${open.id}/credit-notes`, { amountFen: 1, reason: '更正' }, finance),
          [400],
          'Idempotency-Key',
        ],
      ]),
    );
    expect(failures).toEqual([]);
  });

  it('BIL-6: reversal and credit refund refuse bad input, foreign ids, a second reversal and more than the credit held', async () => {
    // An overpayment: all of it is credit once the bills are paid.
    const s = await statement();
    const owed = s.bills.reduce((sum: number, b: { outstandingFen: number }) => sum + b.outstandingFen, 0);
    const payment = await pay({ payerPersonId, method: 'cash', amountFen: owed + 5_000 });
    expect(payment.creditFen).toBe(5_000);
    const refund = { payerPersonId, amountFen: 1_000, method: 'cash', reason: '退还多缴' };
    const failures = await unchanged(() =>
      probe([
        [
          'refund more than the credit',
          () =>
            call(
              'POST',
              `/api/v1/units/${unitId}/credit-refunds`,
              { ...refund, amountFen: 5_001 },
              finance,
              key(),
            ),
          [409, 422],
          'amountFen',
        ],
        ...BAD_FEN.map(([label, amountFen]): [string, () => Promise<HttpResult>, number[], string] => [
          `refund ${label}`,
          () =>
            call('POST', `/api/v1/units/${unitId}/credit-refunds`, { ...refund, amountFen }, finance, key()),
          [400, 422],
          'amountFen',
        ]),
        [
          'refund unknown method',
          () =>
            call(
              'POST',
              `/api/v1/units/${unitId}/credit-refunds`,
              { ...refund, method: 'barter' },
              finance,
              key(),
            ),
          [400],
          'method',
        ],
        [
          'refund blank reason',
          () =>
            call('POST', `/api/v1/units/${unitId}/credit-refunds`, { ...refund, reason: '' }, finance, key()),
          [400],
          'reason',
        ],
        [
          'refund malformed payer',
          () =>
            call(
              'POST',
              `/api/v1/units/${unitId}/credit-refunds`,
              { ...refund, payerPersonId: 'x' },
              finance,
              key(),
            ),
          [400],
          'payerPersonId',
        ],
        [
          'refund unknown payer',
          () =>
            call(
              'POST',
              `/api/v1/units/${unitId}/credit-refunds`,
              { ...refund, payerPersonId: MISSING },
              finance,
              key(),
            ),
          [404, 409, 422],
        ],
        [
          'refund unknown unit',
          () => call('POST', `/api/v1/units/${MISSING}/credit-refunds`, refund, finance, key()),
          [404],
        ],
        [
          'refund malformed unit',
          () => call('POST', '/api/v1/units/101/credit-refunds', refund, finance, key()),
          [400],
          'id',
        ],
        [
          'refund foreign unit',
          () =>
            call(
              'POST',
              `/api/v1/units/${foreignUnitId}/credit-refunds`,
              { ...refund, payerPersonId: foreignPayerId },
              finance,
              key(),
            ),
          [404],
        ],
        [
          'refund extra field',
          () =>
            call('POST', `/api/v1/units/${unitId}/credit-refunds`, { ...refund, to: 'me' }, finance, key()),
          [400],
          'to',
        ],
        [
          'reversal blank reason',
          () => call('POST', `/api/v1/payments/${payment.id}/reversal`, { reason: ' ' }, finance),
          [400],
          'reason',
        ],
        [
          'reversal no reason',
          () => call('POST', `/api/v1/payments/${payment.id}/reversal`, {}, finance),
          [400],
          'reason',
        ],
        [
          'reversal reason number',
          () => call('POST', `/api/v1/payments/${payment.id}/reversal`, { reason: 7 }, finance),
          [400],
          'reason',
        ],
        [
          'reversal unknown payment',
          () => call('POST', `/api/v1/payments/${MISSING}/reversal`, { reason: '退票' }, finance),
          [404],
        ],
        [
          'reversal malformed payment',
          () => call('POST', '/api/v1/payments/SJ-GZ01-1/reversal', { reason: '退票' }, finance),
          [400],
          'id',
        ],
        [
          'reversal of a foreign payment',
          () => call('POST', `/api/v1/payments/${payment.id}/reversal`, { reason: '退票' }, gz02Finance),
          [404],
        ],
      ]),
    );
    expect(failures).toEqual([]);
    // Part of the credit refunded: the payment can no longer be reversed whole.
    const refunded = await call('POST', `/api/v1/units/${unitId}/credit-refunds`, refund, finance, key());
    expect(refunded.status).toBe(200);
    refused(
      await unchanged(() =>
        call('POST', `/api/v1/payments/${payment.id}/reversal`, { reason: '退票' }, finance),
      ),
      [409, 422],
    );
    // A payment with no credit spent reverses once; the second is a conflict.
    const small = await pay({ payerPersonId, method: 'cash', amountFen: 700 });
    const reversed = await call('POST', `/api/v1/payments/${small.id}/reversal`, { reason: '录错' }, finance);
    expect({ status: reversed.status, state: reversed.json.status }).toEqual({
      status: 200,
      state: 'reversed',
    });
    refused(
      await unchanged(() =>
        call('POST', `/api/v1/payments/${small.id}/reversal`, { reason: '录错' }, finance),
      ),
      [409],
    );
    await expectLedgerBalanced();
  });

  it('BIL-8: deposits refuse bad input, a decoration deposit at the cashier, foreign units, a second refund and a deduction after the refund', async () => {
    const valid = { unitId, payerPersonId, kind: 'contract', amountFen: 100_000, method: 'cash' };
    const cases: [string, Record<string, unknown>, number[], string?][] = [
      ...BAD_FEN.map(([label, amountFen]): [string, Record<string, unknown>, number[], string] => [
        `amount ${label}`,
        { amountFen },
        [400, 422],
        'amountFen',
      ]),
      ['unknown kind', { kind: 'key-deposit' }, [400], 'kind'],
      ['unknown method', { method: 'iou' }, [400], 'method'],
      ['transfer without transaction id', { method: 'bank-transfer' }, [400], 'externalTransactionId'],
      [
        'transaction id blank',
        { method: 'alipay', externalTransactionId: '' },
        [400],
        'externalTransactionId',
      ],
      ['impossible receivedAt', { receivedAt: '2026-13-01T10:00:00+08:00' }, [400], 'receivedAt'],
      ['future receivedAt', { receivedAt: '2999-01-01T10:00:00+08:00' }, [400, 422], 'receivedAt'],
      ['note over-long', { note: LONG }, [400], 'note'],
      ['extra field', { interestFen: 5 }, [400], 'interestFen'],
      ['malformed unit', { unitId: 'u-1' }, [400], 'unitId'],
      ['malformed payer', { payerPersonId: 'p-1' }, [400], 'payerPersonId'],
      ['unknown unit', { unitId: MISSING }, [404]],
      ['foreign unit', { unitId: foreignUnitId, payerPersonId: foreignPayerId }, [404]],
      ['unknown payer', { payerPersonId: MISSING }, [404, 409, 422], 'payerPersonId'],
      ['decoration deposit at the cashier', { kind: 'decoration' }, [409, 422]],
    ];
    const failures = await unchanged(async () => [
      ...(await probe(
        cases.map(([label, overrides, statuses, field]) => [
          label,
          () => call('POST', '/api/v1/deposits', { ...valid, ...overrides }, finance, key()),
          statuses,
          field,
        ]),
      )),
      ...(await probe([
        [
          'no Idempotency-Key',
          () => call('POST', '/api/v1/deposits', valid, finance),
          [400],
          'Idempotency-Key',
        ],
        ...['unitId', 'payerPersonId', 'kind', 'amountFen', 'method'].map(
          (missing): [string, () => Promise<HttpResult>, number[], string] => {
            const body: Record<string, unknown> = { ...valid };
            delete body[missing];
            return [
              `without ${missing}`,
              () => call('POST', '/api/v1/deposits', body, finance, key()),
              [400],
              missing,
            ];
          },
        ),
      ])),
    ]);
    expect(failures).toEqual([]);

    const held = await deposit(100_000);
    const deduction = { amountFen: 10_000, reason: '墙面损坏' };
    const refund = { method: 'cash', reason: '合同到期退还' };
    const failures2 = await unchanged(() =>
      probe([
        ...BAD_FEN.map(([label, amountFen]): [string, () => Promise<HttpResult>, number[], string] => [
          `deduction ${label}`,
          () =>
            call(
              'POST',
              `/api/v1/deposits/${held.id}/deductions`,
              { ...deduction, amountFen },
              finance,
              key(),
            ),
          [400, 422],
          'amountFen',
        ]),
        [
          'deduction blank reason',
          () =>
            call(
              'POST',
              `/api/v1/deposits/${held.id}/deductions`,
              { ...deduction, reason: '' },
              finance,
              key(),
            ),
          [400],
          'reason',
        ],
        [
          'deduction malformed foundBy',
          () =>
            call(
              'POST',
              `/api/v1/deposits/${held.id}/deductions`,
              { ...deduction, foundBy: 'patrol-1' },
              finance,
              key(),
            ),
          [400],
          'foundBy',
        ],
        [
          'deduction extra field',
          () =>
            call(
              'POST',
              `/api/v1/deposits/${held.id}/deductions`,
              { ...deduction, approvedBy: 'me' },
              finance,
              key(),
            ),
          [400],
          'approvedBy',
        ],
        [
          'deduction unknown deposit',
          () => call('POST', `/api/v1/deposits/${MISSING}/deductions`, deduction, finance, key()),
          [404],
        ],
        [
          'deduction malformed deposit',
          () => call('POST', '/api/v1/deposits/YJ-1/deductions', deduction, finance, key()),
          [400],
          'id',
        ],
        [
          'deduction by another community',
          () => call('POST', `/api/v1/deposits/${held.id}/deductions`, deduction, gz02Finance, key()),
          [404],
        ],
        [
          'refund unknown method',
          () => call('POST', `/api/v1/deposits/${held.id}/refund`, { ...refund, method: 'cheque' }, finance),
          [400],
          'method',
        ],
        [
          'refund no reason',
          () => call('POST', `/api/v1/deposits/${held.id}/refund`, { method: 'cash' }, finance),
          [400],
          'reason',
        ],
        [
          'refund with an amount',
          () =>
            call('POST', `/api/v1/deposits/${held.id}/refund`, { ...refund, amountFen: 200_000 }, finance),
          [400],
          'amountFen',
        ],
        [
          'refund unknown deposit',
          () => call('POST', `/api/v1/deposits/${MISSING}/refund`, refund, finance),
          [404],
        ],
        [
          'refund by another community',
          () => call('POST', `/api/v1/deposits/${held.id}/refund`, refund, gz02Finance),
          [404],
        ],
      ]),
    );
    expect(failures2).toEqual([]);
    const deducted = await call('POST', `/api/v1/deposits/${held.id}/deductions`, deduction, finance, key());
    expect({ status: deducted.status, balance: deducted.json.balanceFen }).toEqual({
      status: 200,
      balance: 90_000,
    });
    const refunded = await call('POST', `/api/v1/deposits/${held.id}/refund`, refund, finance);
    expect({ status: refunded.status, state: refunded.json.status, back: refunded.json.refundedFen }).toEqual(
      {
        status: 200,
        state: 'refunded',
        back: 90_000,
      },
    );
    const failures3 = await unchanged(() =>
      probe([
        ['refund twice', () => call('POST', `/api/v1/deposits/${held.id}/refund`, refund, finance), [409]],
        [
          'deduct after the refund',
          () => call('POST', `/api/v1/deposits/${held.id}/deductions`, deduction, finance, key()),
          [409],
        ],
      ]),
    );
    expect(failures3).toEqual([]);
  });

  it('BIL-8: a deposit retried under one Idempotency-Key is received once; another body under it is 409', async () => {
    const headers = key();
    const body = {
      unitId,
      payerPersonId,
      kind: 'contract',
      amountFen: 50_000,
      method: 'wechat-pay',
      externalTransactionId: `WX-${n}`,
    };
    const first = await call('POST', '/api/v1/deposits', body, finance, headers);
    expect(first.status).toBe(201);
    const again = await call('POST', '/api/v1/deposits', body, finance, headers);
    expect({ status: again.status, id: again.json.id }).toEqual({ status: 201, id: first.json.id });
    const failures = await unchanged(() =>
      probe([
        [
          'same key, another amount',
          () => call('POST', '/api/v1/deposits', { ...body, amountFen: 50_001 }, finance, headers),
          [409],
        ],
        [
          'same transaction id, another amount',
          () => call('POST', '/api/v1/deposits', { ...body, amountFen: 60_000 }, finance, key()),
          [409],
          'externalTransactionId',
        ],
        [
          'the deposit’s transaction id as a payment',
          () =>
            call(
              'POST',
              `/api/v1/units/${unitId}/payments`,
              {
                payerPersonId,
                method: 'wechat-pay',
                amountFen: 50_000,
                externalTransactionId: body.externalTransactionId,
              },
              finance,
              key(),
            ),
          [409],
          'externalTransactionId',
        ],
      ]),
    );
    expect(failures).toEqual([]);
  });

  it('bad input: fee items, billing runs, late-fee accruals and reminders name the field; other communities are 404', async () => {
    const fee = {
      code: 'cleaning-fee',
      name: '清洁费',
      basis: 'fixed',
      rateFen: 1_000,
      effectiveFrom: '2026-01-01',
    };
    const failures = await unchanged(() =>
      probe([
        [
          'fee unknown basis',
          () => call('POST', '/api/v1/fee-items', { ...fee, basis: 'per-head' }),
          [400],
          'basis',
        ],
        [
          'fee rate negative',
          () => call('POST', '/api/v1/fee-items', { ...fee, rateFen: -1 }),
          [400],
          'rateFen',
        ],
        [
          'fee rate fractional',
          () => call('POST', '/api/v1/fee-items', { ...fee, rateFen: 1.5 }),
          [400],
          'rateFen',
        ],
        [
          'fee rate string',
          () => call('POST', '/api/v1/fee-items', { ...fee, rateFen: '1000' }),
          [400],
          'rateFen',
        ],
        [
          'fee rate above MAX_FEN',
          () => call('POST', '/api/v1/fee-items', { ...fee, rateFen: MAX_FEN + 1 }),
          [400, 422],
          'rateFen',
        ],
        [
          'fee rate per m² too large',
          () => call('POST', '/api/v1/fee-items', { ...fee, basis: 'per-square-metre', rateFen: MAX_FEN }),
          [400, 422],
          'rateFen',
        ],
        [
          'fee impossible date',
          () => call('POST', '/api/v1/fee-items', { ...fee, effectiveFrom: '2026-02-30' }),
          [400],
          'effectiveFrom',
        ],
        [
          'fee date with time',
          () => call('POST', '/api/v1/fee-items', { ...fee, effectiveFrom: '2026-01-01T00:00:00+08:00' }),
          [400],
          'effectiveFrom',
        ],
        [
          'fee far past date',
          () => call('POST', '/api/v1/fee-items', { ...fee, effectiveFrom: '0001-01-01' }),
          [400, 422],
          'effectiveFrom',
        ],
        [
          'fee far future date',
          () => call('POST', '/api/v1/fee-items', { ...fee, effectiveFrom: '9999-12-31' }),
          [400, 422],
          'effectiveFrom',
        ],
        [
          'fee code uppercase',
          () => call('POST', '/api/v1/fee-items', { ...fee, code: 'Cleaning' }),
          [400],
          'code',
        ],
        [
          'fee code over-long',
          () => call('POST', '/api/v1/fee-items', { ...fee, code: 'c'.repeat(41) }),
          [400],
          'code',
        ],
        ['fee name blank', () => call('POST', '/api/v1/fee-items', { ...fee, name: '  ' }), [400], 'name'],
        [
          'fee name over-long',
          () => call('POST', '/api/v1/fee-items', { ...fee, name: LONG }),
          [400],
          'name',
        ],
        [
          'fee unknown unit type',
          () => call('POST', '/api/v1/fee-items', { ...fee, unitTypes: ['castle'] }),
          [400],
          'unitTypes',
        ],
        [
          'fee empty unit types',
          () => call('POST', '/api/v1/fee-items', { ...fee, unitTypes: [] }),
          [400],
          'unitTypes',
        ],
        [
          'fee late fee unknown kind',
          () => call('POST', '/api/v1/fee-items', { ...fee, lateFee: { kind: 'monthly', value: 5 } }),
          [400],
          'lateFee.kind',
        ],
        [
          'fee late fee zero',
          () => call('POST', '/api/v1/fee-items', { ...fee, lateFee: { kind: 'fixed', value: 0 } }),
          [400],
          'lateFee.value',
        ],
        [
          'fee late fee grace negative',
          () =>
            call('POST', '/api/v1/fee-items', {
              ...fee,
              lateFee: { kind: 'fixed', value: 100, graceDays: -1 },
            }),
          [400],
          'lateFee.graceDays',
        ],
        [
          'fee late fee as string',
          () => call('POST', '/api/v1/fee-items', { ...fee, lateFee: 'daily' }),
          [400],
          'lateFee',
        ],
        [
          'fee extra field',
          () => call('POST', '/api/v1/fee-items', { ...fee, communityId: 'GZ01' }),
          [400],
          'communityId',
        ],
        [
          'fee missing rate',
          () => call('POST', '/api/v1/fee-items', { ...fee, rateFen: undefined }),
          [400],
          'rateFen',
        ],
        [
          'fee changing the basis of an existing code',
          () =>
            call('POST', '/api/v1/fee-items', {
              code: 'property-management',
              name: '物业管理费',
              basis: 'fixed',
              rateFen: 100,
              effectiveFrom: '2026-12-01',
            }),
          [409, 422],
          'basis',
        ],
        [
          'run month 13',
          () => call('POST', '/api/v1/billing-runs', { communityId: 'GZ01', period: '2026-13' }),
          [400],
          'period',
        ],
        [
          'run period as date',
          () => call('POST', '/api/v1/billing-runs', { communityId: 'GZ01', period: '2026-11-01' }),
          [400],
          'period',
        ],
        [
          'run future period',
          () => call('POST', '/api/v1/billing-runs', { communityId: 'GZ01', period: '2099-01' }),
          [400, 422],
          'period',
        ],
        [
          'run period number',
          () => call('POST', '/api/v1/billing-runs', { communityId: 'GZ01', period: 202611 }),
          [400],
          'period',
        ],
        [
          'run malformed community',
          () => call('POST', '/api/v1/billing-runs', { communityId: 'gz 01', period: '2026-11' }),
          [400],
          'communityId',
        ],
        [
          'run no community',
          () => call('POST', '/api/v1/billing-runs', { period: '2026-11' }),
          [400],
          'communityId',
        ],
        [
          'run foreign community',
          () => call('POST', '/api/v1/billing-runs', { communityId: 'GZ02', period: '2026-09' }),
          [404],
        ],
        [
          'run unknown community',
          () => call('POST', '/api/v1/billing-runs', { communityId: 'ZZ99', period: '2026-09' }),
          [404],
        ],
        [
          'run extra field',
          () => call('POST', '/api/v1/billing-runs', { communityId: 'GZ01', period: '2026-09', force: true }),
          [400],
          'force',
        ],
        [
          'accrual impossible date',
          () => call('POST', '/api/v1/late-fee-accruals', { communityId: 'GZ01', asOf: '2026-02-29' }),
          [400],
          'asOf',
        ],
        [
          'accrual future date',
          () => call('POST', '/api/v1/late-fee-accruals', { communityId: 'GZ01', asOf: '2999-01-01' }),
          [400, 422],
          'asOf',
        ],
        [
          'accrual no date',
          () => call('POST', '/api/v1/late-fee-accruals', { communityId: 'GZ01' }),
          [400],
          'asOf',
        ],
        [
          'accrual foreign community',
          () => call('POST', '/api/v1/late-fee-accruals', { communityId: 'GZ02', asOf: '2026-12-01' }),
          [404],
        ],
        [
          'reminders impossible date',
          () => call('POST', '/api/v1/reminders', { communityId: 'GZ01', asOf: '2026-11-31' }),
          [400],
          'asOf',
        ],
        [
          'reminders future date',
          () => call('POST', '/api/v1/reminders', { communityId: 'GZ01', asOf: '2999-01-01' }),
          [400, 422],
          'asOf',
        ],
        [
          'reminders foreign community',
          () => call('POST', '/api/v1/reminders', { communityId: 'GZ02', asOf: '2026-12-01' }),
          [404],
        ],
        [
          'reminders unknown community',
          () => call('POST', '/api/v1/reminders', { communityId: 'ZZ99', asOf: '2026-12-01' }),
          [404],
        ],
      ]),
    );
    expect(failures).toEqual([]);
  });

  it('BIL-4: reminders as of a day after today are refused naming asOf, and none is recorded or announced', async () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    for (const asOf of [tomorrow, '2999-01-01']) {
      const res = await unchanged(() => call('POST', '/api/v1/reminders', { communityId: 'GZ01', asOf }));
      refused(res, [400, 422], 'asOf');
    }
  });

  it('BIL-1: a new rate with another basis for an existing fee item is refused naming basis, and the item and its rates stay as they were', async () => {
    const res = await unchanged(() =>
      call('POST', '/api/v1/fee-items', {
        code: 'property-management',
        name: '物业管理费',
        basis: 'fixed',
        rateFen: 100,
        effectiveFrom: '2026-12-01',
        lateFee: { kind: 'daily-rate', value: 5 },
      }),
    );
    refused(res, [409, 422], 'basis');
    // The same basis gives the item a new rate beside the old one.
    const rate = await call('POST', '/api/v1/fee-items', {
      code: 'property-management',
      name: '物业管理费',
      basis: 'per-square-metre',
      rateFen: 300,
      effectiveFrom: '2026-01-01',
      lateFee: { kind: 'daily-rate', value: 5 },
    });
    expect({ status: rate.status, basis: rate.json.basis, rates: rate.json.rates }).toEqual({
      status: 200,
      basis: 'per-square-metre',
      rates: [{ effectiveFrom: '2026-01-01', rateFen: 300 }],
    });
  });

  it('BIL-13: a waiver of a bill that is no late fee, of a foreign or unknown bill, or a second waiver is refused', async () => {
    // The GZ02 bill of 2026-08 is long past due: a late fee accrues on it.
    const accrued = await call(
      'POST',
      '/api/v1/late-fee-accruals',
      { communityId: 'GZ02', asOf: '2026-12-01' },
      gz02Finance,
    );
    expect({ status: accrued.status, issued: accrued.json.billsIssued > 0 }).toEqual({
      status: 200,
      issued: true,
    });
    const gz02Manager = await staffToken({
      sub: 'staff-0903',
      name: '李经理',
      roles: ['cs-manager'],
      communities: ['GZ02'],
    });
    const lateFee = (await statement(foreignUnitId, gz02Finance)).bills.find(
      (b: { source: string }) => b.source === 'late-fee',
    );
    const principal = (await statement(foreignUnitId, gz02Finance)).bills.find(
      (b: { source: string }) => b.source === 'periodic',
    );
    const failures = await unchanged(() =>
      probe([
        [
          'waive a bill that is no late fee',
          () => call('POST', `/api/v1/bills/${principal.id}/waiver`, { reason: '经理批准' }, gz02Manager),
          [409, 422],
        ],
        [
          'waive by another community',
          () => call('POST', `/api/v1/bills/${lateFee.id}/waiver`, { reason: '经理批准' }, manager),
          [404],
        ],
        [
          'waive unknown bill',
          () => call('POST', `/api/v1/bills/${MISSING}/waiver`, { reason: '经理批准' }, gz02Manager),
          [404],
        ],
        [
          'waive malformed bill',
          () => call('POST', '/api/v1/bills/123/waiver', { reason: '经理批准' }, gz02Manager),
          [400],
          'id',
        ],
        [
          'waive blank reason',
          () => call('POST', `/api/v1/bills/${lateFee.id}/waiver`, { reason: ' ' }, gz02Manager),
          [400],
          'reason',
        ],
        [
          'waive no reason',
          () => call('POST', `/api/v1/bills/${lateFee.id}/waiver`, {}, gz02Manager),
          [400],
          'reason',
        ],
        [
          'waive long reason',
          () => call('POST', `/api/v1/bills/${lateFee.id}/waiver`, { reason: LONG }, gz02Manager),
          [400],
          'reason',
        ],
        [
          'waive extra field',
          () =>
            call('POST', `/api/v1/bills/${lateFee.id}/waiver`, { reason: '批准', amountFen: 1 }, gz02Manager),
          [400],
          'amountFen',
        ],
      ]),
    );
    expect(failures).toEqual([]);
    const waived = await call(
      'POST',
      `/api/v1/bills/${lateFee.id}/waiver`,
      { reason: '首次逾期，经理批准' },
      gz02Manager,
    );
    expect(waived.status).toBe(200);
    refused(
      await unchanged(() =>
        call('POST', `/api/v1/bills/${lateFee.id}/waiver`, { reason: '首次逾期，经理批准' }, gz02Manager),
      ),
      [409],
    );
    // A second accrual to the same day accrues nothing new on the waived fee (BIL-13: never compounded).
    const again = await call(
      'POST',
      '/api/v1/late-fee-accruals',
      { communityId: 'GZ02', asOf: '2026-12-01' },
      gz02Finance,
    );
    expect({ status: again.status, issued: again.json.billsIssued }).toEqual({ status: 200, issued: 0 });
    await expectLedgerBalanced();
  });

  it('bad input: quality deposits and revolving funds refuse bad money, blank names and unknown ids', async () => {
    const valid = { contractorId: MISSING, contractorName: '广州安居建筑工程有限公司', amountFen: 100_000 };
    const failures = await unchanged(() =>
      probe([
        ...BAD_FEN.map(([label, amountFen]): [string, () => Promise<HttpResult>, number[], string] => [
          `quality deposit ${label}`,
          () => call('POST', '/api/v1/quality-deposits', { ...valid, amountFen }, finance, key()),
          [400, 422],
          'amountFen',
        ]),
        [
          'quality deposit blank name',
          () => call('POST', '/api/v1/quality-deposits', { ...valid, contractorName: ' ' }, finance, key()),
          [400],
          'contractorName',
        ],
        [
          'quality deposit long name',
          () => call('POST', '/api/v1/quality-deposits', { ...valid, contractorName: LONG }, finance, key()),
          [400],
          'contractorName',
        ],
        [
          'quality deposit malformed contractor',
          () => call('POST', '/api/v1/quality-deposits', { ...valid, contractorId: 'c-1' }, finance, key()),
          [400],
          'contractorId',
        ],
        [
          'quality deposit extra field',
          () => call('POST', '/api/v1/quality-deposits', { ...valid, communityId: 'GZ01' }, finance, key()),
          [400],
          'communityId',
        ],
        ...BAD_FEN.map(([label, amountFen]): [string, () => Promise<HttpResult>, number[], string] => [
          `replenishment ${label}`,
          () =>
            call('POST', `/api/v1/revolving-funds/${MISSING}/replenishments`, { amountFen }, finance, key()),
          [400, 422],
          'amountFen',
        ]),
        [
          'replenishment malformed team',
          () =>
            call('POST', '/api/v1/revolving-funds/team-1/replenishments', { amountFen: 100 }, finance, key()),
          [400],
          'id',
        ],
        [
          'replenishment unknown team',
          () =>
            call(
              'POST',
              `/api/v1/revolving-funds/${MISSING}/replenishments`,
              { amountFen: 100 },
              finance,
              key(),
            ),
          [404],
        ],
        [
          'replenishment blank note',
          () =>
            call(
              'POST',
              `/api/v1/revolving-funds/${MISSING}/replenishments`,
              { amountFen: 100, note: '' },
              finance,
              key(),
            ),
          [400],
          'note',
        ],
      ]),
    );
    expect(failures).toEqual([]);
  });

  it('bad input: the reading routes name the parameter; unknown and foreign ids are 404; never a 500', async () => {
    const failures = await unchanged(async () => {
      const out: string[] = [];
      for (const suffix of ['statement', 'account', 'statement.pdf', 'clearance']) {
        out.push(
          ...(await probe([
            [
              `${suffix} malformed unit`,
              () => call('GET', `/api/v1/units/not-a-uuid/${suffix}`),
              [400],
              'id',
            ],
            [`${suffix} unknown unit`, () => call('GET', `/api/v1/units/${MISSING}/${suffix}`), [404]],
            [`${suffix} foreign unit`, () => call('GET', `/api/v1/units/${foreignUnitId}/${suffix}`), [404]],
            [
              `${suffix} malformed payer`,
              () => call('GET', `/api/v1/units/${unitId}/${suffix}?payerPersonId=王`),
              [400],
              'payerPersonId',
            ],
            [
              `${suffix} unknown parameter`,
              () => call('GET', `/api/v1/units/${unitId}/${suffix}?from=2026-01-01`),
              [400],
              'from',
            ],
          ])),
        );
      }
      for (const suffix of ['arrears', 'arrears.csv', 'arrears.xlsx']) {
        out.push(
          ...(await probe([
            [
              `${suffix} impossible asOf`,
              () => call('GET', `/api/v1/communities/GZ01/${suffix}?asOf=2026-02-30`),
              [400],
              'asOf',
            ],
            [
              `${suffix} asOf garbage`,
              () => call('GET', `/api/v1/communities/GZ01/${suffix}?asOf=today`),
              [400],
              'asOf',
            ],
            [
              `${suffix} malformed community`,
              () => call('GET', `/api/v1/communities/gz%2001/${suffix}`),
              [400],
              'id',
            ],
            [`${suffix} foreign community`, () => call('GET', `/api/v1/communities/GZ02/${suffix}`), [404]],
            [`${suffix} unknown community`, () => call('GET', `/api/v1/communities/ZZ99/${suffix}`), [404]],
            // Decision 0348: the list is paged (limit 1-200); a download is the whole list, unpaged.
            [
              `${suffix} limit too large or not a page`,
              () => call('GET', `/api/v1/communities/GZ01/${suffix}?limit=${suffix === 'arrears' ? 201 : 2}`),
              [400],
              'limit',
            ],
          ])),
        );
      }
      for (const suffix of ['collection-rate', 'collection-rate.csv', 'collection-rate.xlsx']) {
        out.push(
          ...(await probe([
            [`${suffix} no period`, () => call('GET', `/api/v1/communities/GZ01/${suffix}`), [400], 'period'],
            [
              `${suffix} month 13`,
              () => call('GET', `/api/v1/communities/GZ01/${suffix}?period=2026-13`),
              [400],
              'period',
            ],
            [
              `${suffix} period twice`,
              () => call('GET', `/api/v1/communities/GZ01/${suffix}?period=2026-08&period=2026-09`),
              [400],
              'period',
            ],
            [
              `${suffix} foreign community`,
              () => call('GET', `/api/v1/communities/GZ02/${suffix}?period=2026-08`),
              [404],
            ],
          ])),
        );
      }
      out.push(
        ...(await probe([
          ['clearance no unit', () => call('GET', '/api/v1/clearance'), [400], 'unitId'],
          ['clearance malformed unit', () => call('GET', '/api/v1/clearance?unitId=101'), [400], 'unitId'],
          ['clearance foreign unit', () => call('GET', `/api/v1/clearance?unitId=${foreignUnitId}`), [404]],
          [
            'quality deposit malformed contractor',
            () => call('GET', '/api/v1/contractors/c-1/quality-deposit'),
            [400],
            'id',
          ],
          [
            'quality deposit unknown contractor',
            () => call('GET', `/api/v1/contractors/${MISSING}/quality-deposit`),
            [404],
          ],
        ])),
      );
      return out;
    });
    expect(failures).toEqual([]);
  });

  it('BIL-12: after every probe the ledger is balanced', async () => {
    await expectLedgerBalanced();
    const { rows } = await db.query(`select count(*)::int as n from ledger_entry`);
    expect(rows[0].n).toBeGreaterThan(0);
  });
});
