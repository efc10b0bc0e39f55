import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BillIssued, type BillSource, type DepositKind } from '@pcs/contracts';
import { CommunityTimeZones, newId, nextRecordNumber, Outbox } from '@pcs/platform';
import { localDateOf } from '@pcs/work-calendar';
import { Deposit } from '../deposits/deposit.entity.js';
import { Accounts, type Posting } from '../ledger/ledger.rules.js';
import { post } from '../ledger/ledger.js';
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
    await post(em, {
      companyId: input.companyId,
      communityId: input.communityId,
      kind: 'bill-issued',
      referenceId: bill.id,
      description: `${number} ${input.description}`,
      at: input.at,
      postings,
    });
    await this.outbox.stage(em, BillIssued, {
      aggregateId: bill.id,
      companyId: input.companyId,
      communityId: input.communityId,
      time: input.at,
      data: {
        billId: bill.id,
        number,
        unitId: input.unitId,
        ...(input.payerPersonId ? { payerPersonId: input.payerPersonId } : {}),
        source: input.source,
        amountFen: Number(amountFen),
        dueDate: bill.dueDate,
        itemCodes: lines.map((l) => l.itemCode),
      },
    });
    return bill;
  }
}
