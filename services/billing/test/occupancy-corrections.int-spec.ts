import { describe, expect, it } from '@jest/globals';
import {
  GetStatement,
  IssueCreditNote,
  ListArrears,
  OccupancyEnded,
  OccupancyStarted,
  RecordPayment,
  ResidentsBus,
  ReversePayment,
  RunBilling,
  SetFeeItemRate,
  UnitCreated,
  type ArrearsView,
  type BillingRunView,
  type PaymentView,
  type StatementView,
} from '@pcs/contracts';
import { newId } from '@pcs/platform';
import { addDays } from '@pcs/work-calendar';
import { eventually, staff, useService } from '@pcs/testing';
import { billingService } from '../src/billing.service-spec.js';
import {
  announceCommunity,
  at,
  clock,
  expectLedgerIntact,
  publishResidents,
  sql,
} from './billing-helpers.js';

const finance = staff({ sub: 'staff-0301', name: '周敏', roles: ['finance'], communities: ['*'] });

/** 89.50 m² at 3.00 元/m²: the month's property fee of every unit here. */
const MONTH_FEN = 26_850;

describe('a month already billed is corrected when an occupancy change for its days arrives (BIL-2, BIL-6, decision 0364)', () => {
  const fixture = useService(billingService);
  const request = <R>(def: { subject: string }, payload: object) =>
    fixture.bus.request(def as never, payload, finance) as Promise<R>;
  const publish = publishResidents(fixture);
  const announce = announceCommunity(fixture);
  const idle = () => eventually(async () => expect(await fixture.bus.consumersIdle()).toBe(true));

  /** A community of `count` units of 89.50 m², each owned since 2025 by its own owner, its rate set. */
  async function community(communityId: string, count: number) {
    clock(fixture).travelTo(at('2026-12-20T09:00:00'));
    await request(SetFeeItemRate, {
      code: 'property-management',
      name: '物业管理费',
      basis: 'per-square-metre',
      rateFen: 300,
      effectiveFrom: '2026-01-01',
    });
    await announce(communityId);
    const units: { unitId: string; ownerId: string; occupancyId: string }[] = [];
    for (let i = 0; i < count; i++) {
      const unit = { unitId: newId(), ownerId: newId(), occupancyId: newId() };
      units.push(unit);
      await publish(
        UnitCreated,
        unit.unitId,
        {
          unitId: unit.unitId,
          buildingId: newId(),
          label: `6栋${501 + i}`,
          type: 'residence',
          grossAreaCentiM2: 8_950,
        },
        communityId,
      );
      await publish(
        OccupancyStarted,
        unit.occupancyId,
        {
          occupancyId: unit.occupancyId,
          unitId: unit.unitId,
          personId: unit.ownerId,
          role: 'owner',
          startDate: '2025-01-01',
        },
        communityId,
      );
    }
    await eventually(async () => {
      expect(
        await sql(fixture).execute(`select count(*)::int as n from occupancy_replica where unit_id in (?)`, [
          units.map((u) => u.unitId),
        ]),
      ).toEqual([{ n: count }]);
    });
    await idle();
    return units;
  }

  /**
   * The owner's sale: their occupancy ends on `lastDay`, the last day they hold the unit, and the
   * buyer's starts the day after, as residents allow and announce them (decisions 0029, 0384).
   */
  async function sell(
    communityId: string,
    unit: { unitId: string; ownerId: string; occupancyId: string },
    lastDay: string,
  ) {
    const buyer = newId();
    await publish(
      OccupancyEnded,
      unit.occupancyId,
      {
        occupancyId: unit.occupancyId,
        unitId: unit.unitId,
        personId: unit.ownerId,
        role: 'owner',
        endDate: lastDay,
        reason: '房屋出售',
      },
      communityId,
    );
    const occupancyId = newId();
    await publish(
      OccupancyStarted,
      occupancyId,
      { occupancyId, unitId: unit.unitId, personId: buyer, role: 'owner', startDate: addDays(lastDay, 1) },
      communityId,
    );
    await idle();
    return buyer;
  }

  const periodicBills = (unitId: string) =>
    sql(fixture).execute<
      {
        payer_person_id: string | null;
        source_key: string;
        status: string;
        amount_fen: string;
        paid_fen: string;
        description: string;
      }[]
    >(
      `select payer_person_id, source_key, status, amount_fen::text, paid_fen::text, description from bill
       where unit_id = ? and source = 'periodic' order by issued_at, number`,
      [unitId],
    );
  const live = async (unitId: string, period = '2026-12') =>
    (await periodicBills(unitId))
      .filter((b) => b.status !== 'cancelled' && b.source_key.startsWith(`${period}:`))
      .map((b) => [b.payer_person_id, Number(b.amount_fen)] as const);
  const run = (communityId: string, period = '2026-12') =>
    request<BillingRunView>(RunBilling, { communityId, period });

  it('BIL-2, BIL-6 (decision 0364): an owner who sold mid-month after the run pays their days and the buyer the rest, to the fen; a rerun afterwards writes nothing', async () => {
    const [sold, kept] = await community('OC01', 2);
    expect(await run('OC01')).toMatchObject({ billsIssued: 2, totalFen: 2 * MONTH_FEN });
    const buyer = await sell('OC01', sold!, '2026-12-10');
    // Ten of December's 31 days are the seller's, 21 the buyer's (the run's apportionment, BIL-3's rounding).
    expect(await live(sold!.unitId)).toEqual([
      [sold!.ownerId, 8_661],
      [buyer, 18_189],
    ]);
    expect(8_661 + 18_189).toBe(MONTH_FEN);
    const bills = await periodicBills(sold!.unitId);
    // The first bill and the unit's part while nobody held the days (between the two events) are
    // cancelled by credit notes; the new parts carry fresh revisions.
    expect(bills.map((b) => [b.source_key.split(':').slice(2).join(':'), b.status])).toEqual([
      [sold!.ownerId, 'cancelled'],
      [`${sold!.ownerId}:r2`, 'open'],
      ['unit:r2', 'cancelled'],
      [`${buyer}:r3`, 'open'],
    ]);
    expect(bills.filter((b) => b.status === 'open').map((b) => b.description)).toEqual([
      '2026-12 物业服务费用（重开）',
      '2026-12 物业服务费用（重开）',
    ]);
    const lines = await sql(fixture).execute<{ description: string }[]>(
      `select l.description from bill_line l join bill b on b.id = l.bill_id
       where b.unit_id = ? and b.status = 'open' order by l.amount_fen`,
      [sold!.unitId],
    );
    expect(lines.map((l) => l.description)).toEqual([
      '2026-12 物业管理费（10/31天）',
      '2026-12 物业管理费（21/31天）',
    ]);
    // The other unit is untouched; a rerun re-bills nothing and writes nothing.
    expect(await live(kept!.unitId)).toEqual([[kept!.ownerId, MONTH_FEN]]);
    const before = await sql(fixture).execute(`select count(*)::int as n from bill`);
    expect(await run('OC01')).toMatchObject({ billsIssued: 2, totalFen: 2 * MONTH_FEN });
    expect(await sql(fixture).execute(`select count(*)::int as n from bill`)).toEqual(before);
    await expectLedgerIntact(fixture);
  });

  it('BIL-2 (decisions 0244, 0364): a fee-paying tenant recorded after the run takes their days; the event delivered again, or sent again, bills nothing twice', async () => {
    const [let_] = await community('OC02', 1);
    await run('OC02');
    const tenant = newId();
    const occupancyId = newId();
    const eventId = newId();
    const started = {
      occupancyId,
      unitId: let_!.unitId,
      personId: tenant,
      role: 'tenant',
      startDate: '2026-12-11',
      paysFees: true,
    };
    const deliver = (id: string) =>
      fixture.bus.publishEvent(OccupancyStarted, ResidentsBus, {
        id,
        source: 'residents',
        subject: occupancyId,
        companyid: 'HRX',
        communityid: 'OC02',
        data: started,
      } as never);
    await deliver(eventId);
    await idle();
    const once = await periodicBills(let_!.unitId);
    expect(await live(let_!.unitId)).toEqual([
      [let_!.ownerId, 8_661],
      [tenant, 18_189],
    ]);
    // Redelivered (the same event) and re-sent (the same change, another event): nothing more.
    await deliver(eventId);
    await deliver(newId());
    await idle();
    expect(await periodicBills(let_!.unitId)).toEqual(once);
    expect(
      await sql(fixture).execute(`select count(*)::int as n from bill where unit_id = ?`, [let_!.unitId]),
    ).toEqual([{ n: 3 }]);
    await expectLedgerIntact(fixture);
  });

  it('BIL-2 (decision 0364): a change in a month never billed, or one that moves no day to another payer, changes nothing', async () => {
    const [unit, other] = await community('OC03', 2);
    await run('OC03', '2026-11');
    const before = await sql(fixture).execute(`select id, status, amount_fen from bill order by id`);
    const entries = await sql(fixture).execute(`select count(*)::int as n from ledger_entry`);
    // December was never billed: a fee-paying tenant from 5 December changes no bill.
    const tenancy = newId();
    const tenancyPayer = newId();
    await publish(
      OccupancyStarted,
      tenancy,
      {
        occupancyId: tenancy,
        unitId: unit!.unitId,
        personId: tenancyPayer,
        role: 'tenant',
        startDate: '2026-12-05',
        paysFees: true,
      },
      'OC03',
    );
    // November was: a household member and a tenant who does not pay the fees move nobody's days.
    for (const role of ['household-member', 'tenant'] as const) {
      const occupancyId = newId();
      await publish(
        OccupancyStarted,
        occupancyId,
        { occupancyId, unitId: other!.unitId, personId: newId(), role, startDate: '2026-11-11' },
        'OC03',
      );
    }
    await idle();
    expect(await sql(fixture).execute(`select id, status, amount_fen from bill order by id`)).toEqual(before);
    expect(await sql(fixture).execute(`select count(*)::int as n from ledger_entry`)).toEqual(entries);
    // December, billed now, bills the tenant their days from the start.
    await run('OC03');
    expect(await live(unit!.unitId)).toEqual([
      [unit!.ownerId, 3_464],
      [tenancyPayer, 23_386],
    ]);
  });

  it('BIL-5, BIL-6 (decision 0364): a bill already paid becomes the seller’s credit, which pays their days; the buyer owes the rest', async () => {
    const [sold] = await community('OC04', 1);
    await run('OC04');
    await request(RecordPayment, {
      unitId: sold!.unitId,
      payerPersonId: sold!.ownerId,
      method: 'cash',
      amountFen: MONTH_FEN,
    });
    const buyer = await sell('OC04', sold!, '2026-12-10');
    expect(await live(sold!.unitId)).toEqual([
      [sold!.ownerId, 8_661],
      [buyer, 18_189],
    ]);
    const statement = (payerPersonId: string) =>
      request<StatementView>(GetStatement, { unitId: sold!.unitId, payerPersonId });
    const seller = await statement(sold!.ownerId);
    // What was paid for the buyer's days is the seller's credit, to be refunded (BIL-5); their own
    // days are paid from it at issue (decision 0202).
    expect(seller).toMatchObject({ creditFen: 18_189, owedFen: 0 });
    expect(seller.bills.find((b) => b.status !== 'cancelled')).toMatchObject({
      amountFen: 8_661,
      paidFen: 8_661,
      status: 'paid',
    });
    expect(await statement(buyer)).toMatchObject({ creditFen: 0, owedFen: 18_189 });
    // Decision 0388: the paid bill's money back in credit is 冲销转入余额 with the bill's number, not
    // credit spent; the seller's days then spend it.
    const [first, reissued] = (await periodicBills(sold!.unitId))
      .filter((b) => b.payer_person_id === sold!.ownerId)
      .map((b) => b.source_key);
    const numbers = await sql(fixture).execute<{ number: string; source_key: string }[]>(
      `select number, source_key from bill where source_key in (?, ?)`,
      [first, reissued],
    );
    const numberOf = (key: string | undefined) => numbers.find((n) => n.source_key === key)?.number;
    expect(seller.creditEntries.map((e) => [e.kind, e.kindLabel, e.amountFen, e.reference])).toEqual([
      ['returned', '冲销转入余额', MONTH_FEN, numberOf(first)],
      ['applied', '余额抵扣账单', -8_661, numberOf(reissued)],
    ]);
    await expectLedgerIntact(fixture);
  });

  it('BIL-2 (decision 0384): a sale entered as residents allow it (the buyer from the day after the seller’s last day) bills every day to the seller or the buyer, none to the unit, on a month’s edge too', async () => {
    const [mid, monthEnd, firstDay] = await community('OC05', 3);
    await run('OC05', '2026-11');
    await run('OC05', '2026-12');
    const buyerMid = await sell('OC05', mid!, '2026-12-10');
    expect(await live(mid!.unitId)).toEqual([
      [mid!.ownerId, 8_661],
      [buyerMid, 18_189],
    ]);
    // Sold on the last day of November: November stays the seller’s, December is the buyer’s whole.
    const buyerEnd = await sell('OC05', monthEnd!, '2026-11-30');
    expect(await live(monthEnd!.unitId, '2026-11')).toEqual([[monthEnd!.ownerId, MONTH_FEN]]);
    expect(await live(monthEnd!.unitId, '2026-12')).toEqual([[buyerEnd, MONTH_FEN]]);
    // Sold on the 1st: the 1st is the seller’s.
    const buyerFirst = await sell('OC05', firstDay!, '2026-12-01');
    expect(await live(firstDay!.unitId)).toEqual([
      [firstDay!.ownerId, 866],
      [buyerFirst, 25_984],
    ]);
    for (const unit of [mid!, monthEnd!, firstDay!])
      expect(
        (await periodicBills(unit.unitId)).filter((b) => !b.payer_person_id && b.status !== 'cancelled'),
      ).toEqual([]);
    await expectLedgerIntact(fixture);
  });

  /** A fee-paying tenant of `unit` from `startDate`, as residents announce the tenancy. */
  async function letToFeePayingTenant(communityId: string, unitId: string, startDate: string) {
    const tenant = newId();
    const occupancyId = newId();
    await publish(
      OccupancyStarted,
      occupancyId,
      { occupancyId, unitId, personId: tenant, role: 'tenant', startDate, paysFees: true },
      communityId,
    );
    await idle();
    return { tenant, occupancyId };
  }

  const billsOfUnit = (unitId: string) =>
    sql(fixture).execute<
      {
        id: string;
        number: string;
        payer_person_id: string | null;
        status: string;
        due_date: string;
        amount_fen: string;
        paid_fen: string;
      }[]
    >(
      `select id, number, payer_person_id, status, to_char(due_date, 'YYYY-MM-DD') as due_date,
              amount_fen::text, paid_fen::text
       from bill where unit_id = ? and source = 'periodic' order by issued_at, number`,
      [unitId],
    );

  it('BIL-4, BIL-13 (decision 0386): a re-billed payer who already had a bill of the month keeps its due date and stays in the arrears; only a new payer’s part is due on the day of the correction', async () => {
    const [let_] = await community('OC06', 1);
    clock(fixture).travelTo(at('2026-12-20T09:00:00'));
    await run('OC06', '2026-11');
    const [november] = await billsOfUnit(let_!.unitId);
    expect(november).toMatchObject({ due_date: '2026-11-30' });
    const arrears = () => request<ArrearsView>(ListArrears, { communityId: 'OC06' });
    expect((await arrears()).items.map((i) => [i.payerPersonId, i.dueDate, i.daysOverdue])).toEqual([
      [let_!.ownerId, '2026-11-30', 20],
    ]);
    const { tenant } = await letToFeePayingTenant('OC06', let_!.unitId, '2026-11-15');
    const open = (await billsOfUnit(let_!.unitId)).filter((b) => b.status === 'open');
    // The owner's 14 days keep 30 November; the tenant's 16 are due today, the day of the correction.
    expect(open.map((b) => [b.payer_person_id, Number(b.amount_fen), b.due_date])).toEqual([
      [let_!.ownerId, 12_530, '2026-11-30'],
      [tenant, 14_320, '2026-12-20'],
    ]);
    const listed = await arrears();
    expect(
      listed.items.map((i) => [i.payerPersonId, i.outstandingFen, i.daysOverdue, i.reminderStage]),
    ).toEqual([[let_!.ownerId, 12_530, 20, 'day-15']]);
    await expectLedgerIntact(fixture);
  });

  it('BIL-2, BIL-6 (decision 0387): a month whose bill carries a credit note is left on its payer but listed on the unit’s account and archive with the reason, once; re-billed by finance, it is no longer listed', async () => {
    const [let_] = await community('OC07', 1);
    await run('OC07');
    const [december] = await billsOfUnit(let_!.unitId);
    await request(IssueCreditNote, { billId: december!.id, amountFen: 1_000, reason: '空调维修期间减免' });
    const { tenant, occupancyId } = await letToFeePayingTenant('OC07', let_!.unitId, '2026-12-11');
    // December stays the owner's (finance's reduction is theirs to carry over) ...
    expect(await live(let_!.unitId)).toEqual([[let_!.ownerId, MONTH_FEN]]);
    const account = () => request<StatementView>(GetStatement, { unitId: let_!.unitId });
    // ... and the unit's account says so, with the reason and the bill.
    expect((await account()).rebillNeeded).toEqual([
      {
        period: '2026-12',
        cause: 'credit-noted',
        causeLabel: '该月账单已开具红字冲销（减免），需财务按现缴费人重新开具',
        reason: expect.stringContaining(december!.number),
        billNumbers: [december!.number],
        notedAt: expect.any(String),
      },
    ]);
    const notes = () =>
      sql(fixture).execute<{ reason: string; actor_name: string }[]>(
        `select reason, actor_name from record_history
         where record_type = 'billing-unit' and record_id = ? and action = 'rebill-needed'`,
        [let_!.unitId],
      );
    expect(await notes()).toEqual([
      {
        reason: expect.stringMatching(/^2026-12 房屋的业主或承担物业费的租户已变更/),
        actor_name: '收费系统',
      },
    ]);
    // The same start sent again notes nothing more.
    await publish(
      OccupancyStarted,
      occupancyId,
      {
        occupancyId,
        unitId: let_!.unitId,
        personId: tenant,
        role: 'tenant',
        startDate: '2026-12-11',
        paysFees: true,
      },
      'OC07',
    );
    await idle();
    expect(await notes()).toHaveLength(1);
    // Finance cancels the month's bill and runs the month again (decision 0347): billed by day, listed no more.
    await request(IssueCreditNote, {
      billId: december!.id,
      amountFen: MONTH_FEN - 1_000,
      reason: '按新租户重开',
    });
    await run('OC07');
    expect(await live(let_!.unitId)).toEqual([
      [let_!.ownerId, 8_661],
      [tenant, 18_189],
    ]);
    expect((await account()).rebillNeeded).toEqual([]);
    await expectLedgerIntact(fixture);
  });

  it('BIL-6 (decision 0385): after a re-bill, the payment behind it can still be reversed: the credit the re-issued bill took is taken back and the bill owed again, once', async () => {
    const [let_] = await community('OC08', 1);
    await run('OC08');
    const paid = await request<PaymentView>(RecordPayment, {
      unitId: let_!.unitId,
      payerPersonId: let_!.ownerId,
      method: 'bank-transfer',
      externalTransactionId: `bank-${let_!.unitId}`,
      amountFen: MONTH_FEN,
    });
    const { tenant } = await letToFeePayingTenant('OC08', let_!.unitId, '2026-12-11');
    const owner = (await billsOfUnit(let_!.unitId)).find(
      (b) => b.payer_person_id === let_!.ownerId && b.status !== 'cancelled',
    );
    // The owner's ten days were paid from the credit the correction gave back (decision 0364).
    expect(owner).toMatchObject({
      amount_fen: '8661',
      paid_fen: '8661',
      status: 'paid',
      due_date: '2026-12-31',
    });
    const reverse = () =>
      fixture.bus.request(ReversePayment, { paymentId: paid.id, reason: '银行退票' }, finance, {
        idempotencyKey: `rev-${paid.id}`,
      });
    const reversed = await reverse();
    expect(reversed).toMatchObject({ status: 'reversed' });
    // Sent again with its key: the same answer, nothing more.
    expect(await reverse()).toEqual(reversed);
    await expect(request(ReversePayment, { paymentId: paid.id, reason: '再冲一次' })).rejects.toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
    });
    expect(
      (await billsOfUnit(let_!.unitId))
        .filter((b) => b.status !== 'cancelled')
        .map((b) => [b.payer_person_id, b.status, Number(b.paid_fen)]),
    ).toEqual([
      [let_!.ownerId, 'open', 0],
      [tenant, 'open', 0],
    ]);
    const seller = await request<StatementView>(GetStatement, {
      unitId: let_!.unitId,
      payerPersonId: let_!.ownerId,
    });
    expect(seller).toMatchObject({ creditFen: 0, owedFen: 8_661 });
    expect(seller.creditEntries.map((e) => [e.kind, e.amountFen, e.reference])).toEqual([
      ['returned', MONTH_FEN, expect.stringMatching(/^ZD-OC08-/)],
      ['applied', -8_661, owner!.number],
      ['unapplied', 8_661, owner!.number],
      ['reversal', -MONTH_FEN, paid.receiptNumber],
    ]);
    expect(seller.creditEntries[2]).toMatchObject({ kindLabel: '撤销抵扣转入余额' });
    await expectLedgerIntact(fixture);
  });
});
