import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BillIssued, formatRecordNumber, type BillSource, type DepositKind } from '@pcs/contracts';
import {
  CommunityTimeZones,
  insertRows,
  localYear,
  newId,
  Outbox,
  queryRows,
  type ColumnType,
} from '@pcs/platform';
import { localDateOf } from '@pcs/work-calendar';
import { Deposit } from '../deposits/deposit.entity.js';
import { Accounts, type Posting } from '../ledger/ledger.rules.js';
import { postMany, type Movement } from '../ledger/ledger.js';
import { allocatePayment } from '../payments/allocation.rules.js';
import { Bill } from './bill.entity.js';

export interface BillLineInput {
  itemCode: string;
  description: string;
  amountFen: bigint;
  /** A deposit line: paid money is held in a new deposit of this kind (BIL-8). */
  deposit?: DepositKind;
}

export interface BillInput {
  companyId: string;
  communityId: string;
  unitId: string;
  payerPersonId?: string;
  source: BillSource;
  sourceKey: string;
  chargeRequestId?: string;
  /** The decoration or procedure a deposit line is for (BIL-9 finds the deposit by it). */
  referenceId?: string;
  description: string;
  lines: BillLineInput[];
  at: Date;
  /** Defaults to the day of issue (decision 0101). */
  dueDate?: string;
}

/**
 * Issues a bill once per source key, with its GEN-2 number. Income lines are booked at issue (the
 * payer owes them: debit receivable, credit income); deposit lines are booked when paid, into the
 * deposit, because a deposit is held money, not income (BIL-8, BIL-12).
 */
@Injectable()
export class BillIssuer {
  constructor(
    private readonly outbox: Outbox,
    private readonly timeZones: CommunityTimeZones,
  ) {}

  async findBySource(em: EntityManager, companyId: string, source: BillSource, sourceKey: string) {
    return em.findOne(Bill, { companyId, source, sourceKey }, { filters: false });
  }

  /** The bill of the source key: the existing one, or a new one. Lines of 0 fen are left out. */
  async issue(em: EntityManager, input: BillInput): Promise<IssuedBill | undefined> {
    const [outcome] = await this.issueAll(em, [input]);
    return outcome?.bill;
  }

  /**
   * The bills of many source keys at once (a billing run's chunk), each as `issue` writes it, in a
   * few statements per batch rather than a score per bill. Returns the bills it created, in order.
   */
  async issueMany(em: EntityManager, inputs: BillInput[]): Promise<IssuedBill[]> {
    const outcomes = await this.issueAll(em, inputs);
    return outcomes.flatMap((o) => (o?.created ? [o.bill] : []));
  }

  /**
   * Per input, its bill (the existing one, or a new one: `created`), or undefined when it has no line
   * above 0 fen. Per company and community: the existing bills found together, the numbers taken
   * together (consecutive, in the inputs' order), the deposits flushed together, the bills and their
   * lines written in a statement each, the ledger posted together and the BillIssued events staged
   * together.
   */
  private async issueAll(em: EntityManager, inputs: BillInput[]): Promise<(Issued | undefined)[]> {
    const outcomes = new Map<BillInput, Issued | undefined>();
    for (const scope of groupBy(inputs, (i) => `${i.companyId} ${i.communityId}`)) {
      for (const [input, outcome] of await this.issueInScope(em, scope)) outcomes.set(input, outcome);
    }
    return inputs.map((input) => outcomes.get(input));
  }

  /** `issueAll` for inputs of one company and community. */
  private async issueInScope(em: EntityManager, inputs: BillInput[]) {
    const outcomes = new Map<BillInput, Issued | undefined>();
    const head = inputs[0];
    if (!head) return outcomes;
    const { companyId, communityId } = head;
    const keyOf = (source: BillSource, sourceKey: string) => `${source} ${sourceKey}`;
    const existing = await em.find(
      Bill,
      {
        companyId,
        // Both columns of the unique key, so the lookup stays on its index.
        source: { $in: [...new Set(inputs.map((i) => i.source))] },
        sourceKey: { $in: [...new Set(inputs.map((i) => i.sourceKey))] },
      },
      { filters: false },
    );
    const bills = new Map<string, IssuedBill>(existing.map((b) => [keyOf(b.source, b.sourceKey), b]));
    const todo: { input: BillInput; lines: BillLineInput[] }[] = [];
    const planned = new Set<string>();
    // Inputs repeating a key an earlier input of this batch bills: they get that bill, not a second.
    const repeats: BillInput[] = [];
    for (const input of inputs) {
      const key = keyOf(input.source, input.sourceKey);
      const found = bills.get(key);
      if (found) {
        outcomes.set(input, { bill: found, created: false });
        continue;
      }
      if (planned.has(key)) {
        repeats.push(input);
        continue;
      }
      const lines = input.lines.filter((l) => l.amountFen > 0n);
      if (lines.length === 0) {
        outcomes.set(input, undefined);
        continue;
      }
      // A deposit is always someone's: the payer (decision 0030 names one for every request).
      if (lines.some((l) => l.deposit) && !input.payerPersonId)
        throw new Error(`a deposit line of ${input.sourceKey} has no payer`);
      planned.add(key);
      todo.push({ input, lines });
    }
    if (todo.length === 0) return outcomes;
    const timeZone = await this.timeZones.timeZoneOf(em, companyId, communityId);
    const scope = { em, companyId, communityId, timeZone };
    // Before the numbers: the community's bill counter is not held while a payer's account is awaited.
    const dueDateOf = (input: BillInput) => input.dueDate ?? localDateOf(input.at, timeZone);
    const applied = await creditApplied(em, companyId, todo, dueDateOf);
    const billNumbers = await takeNumbers(
      scope,
      'bill',
      todo.map(({ input }) => input.at),
    );
    const depositNumbers = await takeNumbers(
      scope,
      'deposit',
      todo.flatMap(({ input, lines }) => lines.filter((l) => l.deposit).map(() => input.at)),
    );
    const lateFeeOf = await lateFeeTerms(em, companyId, todo);
    const billRows: unknown[][] = [];
    const lineRows: unknown[][] = [];
    const issued = todo.map(({ input, lines }) => {
      const paid = applied.get(input);
      const amountFen = lines.reduce((s, l) => s + l.amountFen, 0n);
      const paidFen = paid?.reduce((s, p) => s + p, 0n) ?? 0n;
      const bill: IssuedBill = {
        id: newId(),
        number: nextOf(billNumbers),
        amountFen,
        paidFen,
        // One-off charges are due on the day they are issued (decision 0101).
        dueDate: dueDateOf(input),
      };
      billRows.push([
        bill.id,
        bill.number,
        companyId,
        communityId,
        input.unitId,
        input.payerPersonId,
        input.source,
        input.sourceKey,
        input.chargeRequestId,
        input.description,
        bill.amountFen,
        paidFen,
        0n,
        paidFen === amountFen ? 'paid' : 'open',
        input.at,
        bill.dueDate,
        1,
      ]);
      const postings: Posting[] = [];
      const receivable = Accounts.receivable(communityId, input.unitId, input.payerPersonId);
      for (const [index, line] of lines.entries()) {
        let depositId: string | undefined;
        if (line.deposit) {
          depositId = newId();
          em.create(Deposit, {
            id: depositId,
            number: nextOf(depositNumbers),
            companyId,
            communityId,
            unitId: input.unitId,
            payerPersonId: input.payerPersonId ?? '',
            kind: line.deposit,
            referenceId: input.referenceId,
            requiredFen: line.amountFen,
            receivedFen: 0n,
            deductedFen: 0n,
            refundedFen: 0n,
            status: 'awaiting-payment',
            createdAt: input.at,
            version: 1,
          });
        } else {
          postings.push({ account: receivable, amountFen: line.amountFen });
          postings.push({ account: Accounts.income(line.itemCode), amountFen: -line.amountFen });
        }
        lineRows.push([
          newId(),
          companyId,
          bill.id,
          index + 1,
          line.itemCode,
          line.description,
          line.amountFen,
          paid?.[index] ?? 0n,
          0n,
          depositId,
          LATE_FEE_SOURCES.has(input.source) ? (lateFeeOf.get(line.itemCode) ?? null) : null,
        ]);
      }
      bills.set(keyOf(input.source, input.sourceKey), bill);
      return { bill, input, lines, postings };
    });
    for (const input of repeats) {
      const bill = bills.get(keyOf(input.source, input.sourceKey));
      outcomes.set(input, bill && { bill, created: false });
    }
    // The caller's pending changes and the deposits first, as one flush wrote them before.
    await em.flush();
    await insertRows(em, 'bill', BILL_COLUMNS, billRows);
    await insertRows(em, 'bill_line', BILL_LINE_COLUMNS, lineRows);
    await postMany(em, [
      ...issued.map(({ bill, input, postings }) => issuedMovement(bill, input, postings)),
      ...issued.flatMap(({ bill, input }) => (bill.paidFen > 0n ? [creditMovement(bill, input)] : [])),
    ]);
    await this.outbox.stageMany(
      em,
      BillIssued,
      issued.map(({ bill, input, lines }) => ({
        aggregateId: bill.id,
        companyId,
        communityId,
        time: input.at,
        data: {
          billId: bill.id,
          number: bill.number,
          unitId: input.unitId,
          ...(input.payerPersonId ? { payerPersonId: input.payerPersonId } : {}),
          source: input.source,
          amountFen: Number(bill.amountFen),
          dueDate: bill.dueDate,
          itemCodes: lines.map((l) => l.itemCode),
        },
      })),
    );
    for (const { bill, input } of issued) outcomes.set(input, { bill, created: true });
    return outcomes;
  }
}

/** What an issuer's caller learns of a bill: the `Bill` entity of one found, the row written for a new one. */
export interface IssuedBill {
  id: string;
  number: string;
  amountFen: bigint;
  /** What the payer's credit paid of a new bill at issue (decision 0202). */
  paidFen: bigint;
  dueDate: string;
}

/*
 * A batch's bills and lines go in one statement each (bench S5: through the unit of work a billing
 * run's chunk took a third of the run's CPU). The columns of the Bill and BillLine entities, in order.
 */
const BILL_COLUMNS = {
  id: 'uuid',
  number: 'text',
  company_id: 'text',
  community_id: 'text',
  unit_id: 'uuid',
  payer_person_id: 'uuid',
  source: 'text',
  source_key: 'text',
  charge_request_id: 'uuid',
  description: 'text',
  amount_fen: 'bigint',
  paid_fen: 'bigint',
  credited_fen: 'bigint',
  status: 'text',
  issued_at: 'timestamptz',
  due_date: 'date',
  version: 'integer',
} as const satisfies Record<string, ColumnType>;

const BILL_LINE_COLUMNS = {
  id: 'uuid',
  company_id: 'text',
  bill_id: 'uuid',
  line_no: 'integer',
  item_code: 'text',
  description: 'text',
  amount_fen: 'bigint',
  paid_fen: 'bigint',
  credited_fen: 'bigint',
  deposit_id: 'uuid',
  late_fee: 'jsonb',
} as const satisfies Record<string, ColumnType>;

/** BIL-13: the bills whose lines accrue late fees, on their item's terms when issued. */
const LATE_FEE_SOURCES: ReadonlySet<BillSource> = new Set<BillSource>(['periodic', 'metered']);

/**
 * Decision 0346: each late-fee-bearing line keeps its item's late-fee terms in force at issue (as
 * JSON text), so a later change of terms (or `clear`) never re-prices a bill already issued (BIL-1).
 * One query per batch, and none for a batch without such lines.
 */
async function lateFeeTerms(
  em: EntityManager,
  companyId: string,
  todo: readonly { input: BillInput; lines: BillLineInput[] }[],
): Promise<Map<string, string>> {
  const codes = [
    ...new Set(
      todo.flatMap(({ input, lines }) =>
        LATE_FEE_SOURCES.has(input.source) ? lines.map((l) => l.itemCode) : [],
      ),
    ),
  ];
  if (codes.length === 0) return new Map();
  const rows = await queryRows<{ code: string; late_fee: string }>(
    em,
    `select code, late_fee::text as late_fee from fee_item
     where company_id = $1 and code = any($2::text[]) and late_fee is not null`,
    [companyId, codes],
  );
  return new Map(rows.map((r) => [r.code, r.late_fee]));
}

interface Issued {
  bill: IssuedBill;
  /** False for a bill that existed before. */
  created: boolean;
}

function issuedMovement(bill: IssuedBill, input: BillInput, postings: Posting[]) {
  return {
    companyId: input.companyId,
    communityId: input.communityId,
    kind: 'bill-issued',
    referenceId: bill.id,
    description: `${bill.number} ${input.description}`,
    at: input.at,
    postings,
  };
}

/** Decision 0202: the payer's credit set against a new bill, from the prepayment to the receivable. */
function creditMovement(bill: IssuedBill, input: BillInput): Movement {
  const { communityId, unitId, payerPersonId } = input;
  if (!payerPersonId) throw new Error(`credit was applied to ${bill.number}, which has no payer`);
  return {
    companyId: input.companyId,
    communityId,
    kind: 'credit-applied',
    referenceId: bill.id,
    description: `${bill.number} 余额抵扣`,
    at: input.at,
    postings: [
      { account: Accounts.prepayment(communityId, unitId, payerPersonId), amountFen: bill.paidFen },
      { account: Accounts.receivable(communityId, unitId, payerPersonId), amountFen: -bill.paidFen },
    ],
  };
}

/**
 * Decision 0202: what the payers' credit balances (预存款/余额) pay of their new bills, per bill
 * its lines' amounts (deposit lines get nothing: a deposit is paid in, never taken from credit).
 * Set-based: one query finds which payers of the batch hold credit (none, usually: a billing run's
 * chunk pays for nothing more); only those are locked, their receivable account first as a payment
 * locks it, and their balances read again under the lock. Each pays its new bills oldest due first.
 */
async function creditApplied(
  em: EntityManager,
  companyId: string,
  todo: { input: BillInput; lines: BillLineInput[] }[],
  dueDateOf: (input: BillInput) => string,
): Promise<Map<BillInput, bigint[]>> {
  const applied = new Map<BillInput, bigint[]>();
  const payable = todo.filter(({ input, lines }) => input.payerPersonId && lines.some((l) => !l.deposit));
  if (payable.length === 0) return applied;
  const credits = (units: string[], keys?: string[]) =>
    queryRows<{ unit_id: string; person_id: string; credit: string }>(
      em,
      // The prepayment accounts first, then only their entries: a chunk whose payers hold none (a
      // billing run's, nearly always) reads no ledger entry at all (bench S5).
      `select a.unit_id, a.person_id, b.credit::text as credit
       from account a
       cross join lateral (select -sum(e.amount_fen) as credit from ledger_entry e where e.account_id = a.id) b
       where a.company_id = $1 and a.unit_id = any($2::uuid[]) and a.kind = 'prepayment'
         ${keys ? 'and a.key = any($3::text[])' : ''}
         and b.credit > 0`,
      keys ? [companyId, units, keys] : [companyId, units],
    );
  const holders = await credits([...new Set(payable.map(({ input }) => input.unitId))]);
  const payerKey = (unitId: string, payer: string) => `${unitId}:${payer}`;
  const holding = new Set(holders.map((h) => payerKey(h.unit_id, h.person_id)));
  const owing = payable.filter(({ input }) => holding.has(payerKey(input.unitId, input.payerPersonId ?? '')));
  if (owing.length === 0) return applied;
  const pairs = [...new Set(owing.map(({ input }) => payerKey(input.unitId, input.payerPersonId ?? '')))];
  await queryRows(
    em,
    `select id from account where company_id = $1 and key = any($2::text[]) order by key for update`,
    [companyId, pairs.map((pair) => `receivable:${pair}`)],
  );
  const locked = await credits(
    [...new Set(owing.map(({ input }) => input.unitId))],
    pairs.map((pair) => `prepayment:${pair}`),
  );
  for (const holder of locked) {
    const bills = owing
      .filter(({ input }) => input.unitId === holder.unit_id && input.payerPersonId === holder.person_id)
      .sort((a, b) => dueDateOf(a.input).localeCompare(dueDateOf(b.input)));
    const owed = bills.flatMap(({ input, lines }) =>
      lines.map((line, index) => ({ input, lines, line, index })),
    );
    const { allocations } = allocatePayment(
      BigInt(holder.credit),
      owed.map((o, i) => ({ id: String(i), outstandingFen: o.line.deposit ? 0n : o.line.amountFen })),
    );
    for (const allocation of allocations) {
      const owedLine = owed[Number(allocation.id)];
      if (!owedLine) continue;
      const { input, lines, index } = owedLine;
      const paid = applied.get(input) ?? lines.map(() => 0n);
      paid[index] = allocation.amountFen;
      applied.set(input, paid);
    }
  }
  return applied;
}

/**
 * GEN-2 for many records of one kind at once, one number per instant given, in that order: each
 * year's counter moves by its count in one statement (its row locked until the transaction ends, as
 * `nextRecordNumber` leaves it), and the records of that year take consecutive numbers.
 */
async function takeNumbers(
  scope: { em: EntityManager; companyId: string; communityId: string; timeZone: string },
  record: 'bill' | 'deposit',
  instants: Date[],
): Promise<string[]> {
  const years = instants.map((at) => localYear(at, scope.timeZone));
  const counts = new Map<number, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  const next = new Map<number, number>();
  for (const [year, count] of counts) {
    const [row] = await scope.em.execute<{ last_value: string }[]>(
      `insert into number_sequence (company_id, community_id, record, year, last_value) values (?, ?, ?, ?, ?)
       on conflict (company_id, community_id, record, year)
       do update set last_value = number_sequence.last_value + excluded.last_value
       returning last_value`,
      [scope.companyId, scope.communityId, record, year, count],
    );
    next.set(year, Number(row?.last_value) - count + 1);
  }
  return years.map((year) => {
    const seq = next.get(year) ?? 0;
    next.set(year, seq + 1);
    return formatRecordNumber(record, scope.communityId, year, seq);
  });
}

/** The next of the numbers taken (there is one per record by construction). */
function nextOf(numbers: string[]): string {
  const number = numbers.shift();
  if (number === undefined) throw new Error('fewer record numbers taken than records');
  return number;
}

/** The items grouped by key, groups in the order of their first item. */
function groupBy<T>(items: T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}
