import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, IssueCreditNote, type BillView, type IssueCreditNoteV1 } from '@pcs/contracts';
import { archive, lockRecord, runCommand } from '@pcs/platform';
import { ChargeRequestSettlement } from '../charge-requests/charge-request-settlement.js';
import { Clock } from '../clock/clock.js';
import { Deposit } from '../deposits/deposit.entity.js';
import { Accounts, type Posting } from '../ledger/ledger.rules.js';
import { post } from '../ledger/ledger.js';
import { spreadCredit } from '../payments/allocation.rules.js';
import { BillLine } from './bill-line.entity.js';
import { Bill } from './bill.entity.js';
import { BILL_RECORD, billView, outstandingOf } from './bill.view.js';

/** BIL-6: an issued bill is never edited; credit notes reduce or cancel it. */
@Injectable()
export class BillService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly settlement: ChargeRequestSettlement,
  ) {}

  issueCreditNote(command: IssueCreditNoteV1): Promise<BillView> {
    return runCommand(this.em, IssueCreditNote, command, {
      load: (em) => lockRecord(em, Bill, command.billId, 'BILL_NOT_FOUND'),
      change: async (em, bill) => {
        refuseLateFee(bill);
        const now = this.clock.now();
        await this.credit(em, bill, BigInt(command.amountFen), command.reason, now);
        await this.settlement.afterBillChanged(em, bill, now);
        return bill;
      },
      view: (em, bill) => billView(em, bill),
    });
  }

  /**
   * BIL-6: takes `amountFen` off what a bill still owes, from its last line up; never more than it owes
   * (a paid part is refunded, not credited). Income lines are reversed in the ledger; an unpaid
   * deposit line just asks for less. Call with the bill locked.
   */
  async credit(
    em: EntityManager,
    bill: Bill,
    amountFen: bigint,
    reason: string,
    at: Date,
    actor?: { sub: string; name: string },
  ): Promise<void> {
    const outstanding = outstandingOf(bill);
    if (amountFen > outstanding)
      throw new DomainError('AMOUNT_EXCEEDS_BALANCE', `冲销金额超过账单未缴金额（${outstanding} 分）`, {
        field: 'amountFen',
        outstandingFen: Number(outstanding),
      });
    const lines = await em.find(
      BillLine,
      { billId: bill.id },
      { orderBy: { lineNo: 'asc' }, filters: false },
    );
    const spread = spreadCredit(
      amountFen,
      lines.map((l) => ({ id: l.id, outstandingFen: outstandingOf(l) })),
    );
    const postings: Posting[] = [];
    for (const part of spread) {
      const line = lines.find((l) => l.id === part.id);
      if (!line) continue;
      line.creditedFen += part.amountFen;
      if (line.depositId) {
        const deposit = await em.findOneOrFail(
          Deposit,
          { id: line.depositId },
          { lockMode: LockMode.PESSIMISTIC_WRITE, filters: false },
        );
        deposit.requiredFen -= part.amountFen;
        if (deposit.requiredFen === 0n && deposit.receivedFen === 0n) deposit.status = 'cancelled';
        else if (deposit.receivedFen >= deposit.requiredFen && deposit.status === 'awaiting-payment')
          deposit.status = 'held';
      } else {
        postings.push({ account: Accounts.income(line.itemCode), amountFen: part.amountFen });
        postings.push({
          account: Accounts.receivable(bill.communityId, bill.unitId, bill.payerPersonId),
          amountFen: -part.amountFen,
        });
      }
    }
    bill.creditedFen += amountFen;
    if (outstandingOf(bill) === 0n) bill.status = bill.paidFen > 0n ? 'paid' : 'cancelled';
    await em.flush();
    await post(em, {
      companyId: bill.companyId,
      communityId: bill.communityId,
      kind: 'credit-note',
      referenceId: bill.id,
      description: `${bill.number} 冲销：${reason}`,
      at,
      postings,
    });
    const entry = {
      companyId: bill.companyId,
      communityId: bill.communityId,
      recordType: BILL_RECORD,
      recordId: bill.id,
      action: 'credited',
      changes: { creditedFen: Number(amountFen), status: bill.status },
      reason,
      at,
    };
    if (actor) archive(em, entry, actor);
    else archive(em, entry);
  }
}

/**
 * BIL-13, decision 0250: a late fee is waived only by a cs-manager, with the reason, through its
 * waiver; a credit note of finance's would cancel it all the same without the approval.
 */
function refuseLateFee(bill: Bill): void {
  if (bill.source !== 'late-fee') return;
  const waiver = `/api/v1/bills/${bill.id}/waiver`;
  throw new DomainError('BUSINESS_RULE_VIOLATED', '滞纳金不能开具红字冲销，须由客服经理审批减免（BIL-13）', {
    field: 'billId',
    errors: [
      {
        field: 'billId',
        message: `a late fee is waived by a cs-manager with a reason (BIL-13): POST ${waiver}`,
      },
    ],
    source: bill.source,
    waiverPath: waiver,
  });
}
