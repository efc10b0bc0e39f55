import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BillIssued, formatRecordNumber, type BillSource, type DepositKind } from '@pcs/contracts';
import { CommunityTimeZones, localYear, newId, nextRecordNumber, Outbox } from '@pcs/platform';
import { localDateOf } from '@pcs/work-calendar';
import { Deposit } from '../deposits/deposit.entity.js';
import { Accounts, type Posting } from '../ledger/ledger.rules.js';
import { post, postMany } from '../ledger/ledger.js';
import { BillLine } from './bill-line.entity.js';
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
  async issue(em: EntityManager, input: BillInput): Promise<Bill | undefined> {
    const existing = await this.findBySource(em, input.companyId, input.source, input.sourceKey);
    if (existing) return existing;
    const lines = input.lines.filter((l) => l.amountFen > 0n);
    if (lines.length === 0) return undefined;
    const timeZone = await this.timeZones.timeZoneOf(em, input.companyId, input.communityId);
    const { number } = await nextRecordNumber(em, {
      companyId: input.companyId,
      communityId: input.communityId,
      record: 'bill',
      at: input.at,
      timeZone,
    });
    const amountFen = lines.reduce((s, l) => s + l.amountFen, 0n);
    const bill = em.create(Bill, {
      id: newId(),
      number,
      companyId: input.companyId,
      communityId: input.communityId,
      unitId: input.unitId,
      payerPersonId: input.payerPersonId,
      source: input.source,
      sourceKey: input.sourceKey,
      chargeRequestId: input.chargeRequestId,
      description: input.description,
      amountFen,
      paidFen: 0n,
      creditedFen: 0n,
      status: 'open',
      issuedAt: input.at,
      // One-off charges are due on the day they are issued (decision 0101).
      dueDate: input.dueDate ?? localDateOf(input.at, timeZone),
      version: 1,
    });
    const postings: Posting[] = [];
    const receivable = Accounts.receivable(input.communityId, input.unitId, input.payerPersonId);
    for (const [index, line] of lines.entries()) {
      let depositId: string | undefined;
      if (line.deposit) {
        // A deposit is always someone's: the payer (decision 0030 names one for every request).
        if (!input.payerPersonId) throw new Error(`a deposit line of ${input.sourceKey} has no payer`);
        depositId = newId();
        const deposit = await nextRecordNumber(em, {
          companyId: input.companyId,
          communityId: input.communityId,
          record: 'deposit',
          at: input.at,
          timeZone,
        });
        em.create(Deposit, {
          id: depositId,
          number: deposit.number,
          companyId: input.companyId,
          communityId: input.communityId,
          unitId: input.unitId,
          payerPersonId: input.payerPersonId,
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
      em.create(BillLine, {
        id: newId(),
        companyId: input.companyId,
        billId: bill.id,
        lineNo: index + 1,
        itemCode: line.itemCode,
        description: line.description,
        amountFen: line.amountFen,
        paidFen: 0n,
        creditedFen: 0n,
        depositId,
      });
    }
    await em.flush();
    await post(em, issuedMovement(bill, input, postings));
    await this.stageIssued(em, bill, input, lines);
    return bill;
  }

  /**
   * The bills of many source keys of one community at once (a billing run's chunk), each as `issue`
   * writes it, in a few statements per chunk rather than a score per bill: the existing ones found
   * together, the numbers taken together (consecutive, in the inputs' order), the bills and lines
   * flushed together, the ledger posted together. Inputs with deposit lines go one by one. Returns
   * the bills it created.
   */
  async issueMany(em: EntityManager, inputs: BillInput[]): Promise<Bill[]> {
    const [head] = inputs;
    if (!head) return [];
    const sameScope = inputs.every(
      (i) =>
        i.companyId === head.companyId &&
        i.communityId === head.communityId &&
        i.source === head.source &&
        i.at.getTime() === head.at.getTime(),
    );
    if (!sameScope || inputs.some((i) => i.lines.some((l) => l.deposit))) {
      const created: Bill[] = [];
      for (const input of inputs) {
        const existing = await this.findBySource(em, input.companyId, input.source, input.sourceKey);
        const bill = existing ? undefined : await this.issue(em, input);
        if (bill) created.push(bill);
      }
      return created;
    }
    const existing = await em.find(
      Bill,
      { companyId: head.companyId, source: head.source, sourceKey: { $in: inputs.map((i) => i.sourceKey) } },
      { filters: false },
    );
    const billed = new Set(existing.map((b) => b.sourceKey));
    const todo = inputs
      .filter((i) => !billed.has(i.sourceKey))
      .map((input) => ({ input, lines: input.lines.filter((l) => l.amountFen > 0n) }))
      .filter((t) => t.lines.length > 0);
    if (todo.length === 0) return [];
    const timeZone = await this.timeZones.timeZoneOf(em, head.companyId, head.communityId);
    const { year, first } = await takeBillNumbers(
      em,
      head.companyId,
      head.communityId,
      head.at,
      timeZone,
      todo.length,
    );
    const issued = todo.map(({ input, lines }, n) => {
      const amountFen = lines.reduce((s, l) => s + l.amountFen, 0n);
      const bill = em.create(Bill, {
        id: newId(),
        number: formatRecordNumber('bill', head.communityId, year, first + n),
        companyId: input.companyId,
        communityId: input.communityId,
        unitId: input.unitId,
        payerPersonId: input.payerPersonId,
        source: input.source,
        sourceKey: input.sourceKey,
        chargeRequestId: input.chargeRequestId,
        description: input.description,
        amountFen,
        paidFen: 0n,
        creditedFen: 0n,
        status: 'open',
        issuedAt: input.at,
        dueDate: input.dueDate ?? localDateOf(input.at, timeZone),
        version: 1,
      });
      const receivable = Accounts.receivable(input.communityId, input.unitId, input.payerPersonId);
      const postings: Posting[] = [];
      for (const [index, line] of lines.entries()) {
        postings.push({ account: receivable, amountFen: line.amountFen });
        postings.push({ account: Accounts.income(line.itemCode), amountFen: -line.amountFen });
        em.create(BillLine, {
          id: newId(),
          companyId: input.companyId,
          billId: bill.id,
          lineNo: index + 1,
          itemCode: line.itemCode,
          description: line.description,
          amountFen: line.amountFen,
          paidFen: 0n,
          creditedFen: 0n,
        });
      }
      return { bill, input, lines, postings };
    });
    await em.flush();
    await postMany(
      em,
      issued.map(({ bill, input, postings }) => issuedMovement(bill, input, postings)),
    );
    for (const { bill, input, lines } of issued) await this.stageIssued(em, bill, input, lines);
    return issued.map((i) => i.bill);
  }

  private stageIssued(em: EntityManager, bill: Bill, input: BillInput, lines: BillLineInput[]) {
    return this.outbox.stage(em, BillIssued, {
      aggregateId: bill.id,
      companyId: input.companyId,
      communityId: input.communityId,
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
    });
  }
}

function issuedMovement(bill: Bill, input: BillInput, postings: Posting[]) {
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

/**
 * GEN-2 for `count` bills at once: the counter moves by `count` in one statement (its row locked
 * until the transaction ends, as `nextRecordNumber` leaves it); the bills take the sequence numbers
 * from `first` on, in order.
 */
async function takeBillNumbers(
  em: EntityManager,
  companyId: string,
  communityId: string,
  at: Date,
  timeZone: string,
  count: number,
): Promise<{ year: number; first: number }> {
  const year = localYear(at, timeZone);
  const [row] = await em.execute<{ last_value: string }[]>(
    `insert into number_sequence (company_id, community_id, record, year, last_value) values (?, ?, 'bill', ?, ?)
     on conflict (company_id, community_id, record, year)
     do update set last_value = number_sequence.last_value + excluded.last_value
     returning last_value`,
    [companyId, communityId, year, count],
  );
  return { year, first: Number(row?.last_value) - count + 1 };
}
