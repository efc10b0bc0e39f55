import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, IssueCreditNote, type BillView, type IssueCreditNoteV1 } from '@pcs/contracts';
import { archive, lockRecord, newId, runCommand } from '@pcs/platform';
import { ChargeRequestSettlement } from '../charge-requests/charge-request-settlement.js';
import { Clock } from '../clock/clock.js';
import { Deposit } from '../deposits/deposit.entity.js';
import { Accounts, type Posting } from '../ledger/ledger.rules.js';
import { post } from '../ledger/ledger.js';
import { spreadCredit } from '../payments/allocation.rules.js';
import { PaymentAllocation } from '../payments/payment-allocation.entity.js';
import { Payment } from '../payments/payment.entity.js';
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

  /**
   * Decision 0364: cancels `bill` whole: what was paid of it becomes its payers' credit (`paidBack`,
   * from `paidBackOf`), then a credit note takes its whole amount. Call with the bill locked.
   */
  async cancelWhole(
    em: EntityManager,
    bill: Bill,
    paidBack: readonly PaidBack[],
    reason: string,
    at: Date,
    actor: { sub: string; name: string },
  ): Promise<void> {
    await returnPaid(em, bill, paidBack, reason, at);
    const outstanding = outstandingOf(bill);
    if (outstanding > 0n) await this.credit(em, bill, outstanding, reason, at, actor);
  }
}

/**
 * Where a bill's paid amount goes back to when the bill is cancelled whole (decision 0364): per line,
 * each payment's share to that payment (its payer's credit), and what the payer's credit paid at issue
 * (decision 0202) to the bill's payer's credit.
 */
export interface PaidBack {
  lineId: string;
  amountFen: bigint;
  /** The payment whose money it was; absent: the bill's payer's credit paid it at issue. */
  paymentId?: string;
  /** Whose credit it becomes. */
  payerPersonId: string;
}

/**
 * Decision 0364: what of `bill`'s paid amount goes back to whom, or undefined when part of it cannot
 * become anyone's credit (a payment without a payer, decision 0345, or credit on a bill without one).
 */
export async function paidBackOf(em: EntityManager, bill: Bill): Promise<PaidBack[] | undefined> {
  if (bill.paidFen === 0n) return [];
  const lines = await em.find(BillLine, { billId: bill.id }, { orderBy: { lineNo: 'asc' }, filters: false });
  const byPayment = await em.execute<
    { payment_id: string; payer_person_id: string | null; bill_line_id: string; amount: string }[]
  >(
    `select a.payment_id, p.payer_person_id, a.bill_line_id, sum(a.amount_fen)::text as amount
     from payment_allocation a join payment p on p.id = a.payment_id
     where a.bill_id = ? group by a.payment_id, p.payer_person_id, a.bill_line_id
     having sum(a.amount_fen) <> 0 order by a.bill_line_id, a.payment_id`,
    [bill.id],
  );
  const parts: PaidBack[] = [];
  for (const line of lines) {
    if (line.paidFen === 0n) continue;
    if (line.depositId) return undefined;
    let fromPayments = 0n;
    for (const row of byPayment.filter((r) => r.bill_line_id === line.id)) {
      if (!row.payer_person_id) return undefined;
      fromPayments += BigInt(row.amount);
      parts.push({
        lineId: line.id,
        amountFen: BigInt(row.amount),
        paymentId: row.payment_id,
        payerPersonId: row.payer_person_id,
      });
    }
    const fromCredit = line.paidFen - fromPayments;
    if (fromCredit === 0n) continue;
    if (!bill.payerPersonId || fromCredit < 0n) return undefined;
    parts.push({ lineId: line.id, amountFen: fromCredit, payerPersonId: bill.payerPersonId });
  }
  return parts;
}

/**
 * Decision 0364 (BIL-6): cancels a bill whole so that it can be issued again to other payers. What was
 * paid of it becomes the credit (余额) of whoever paid it, as an overpayment would: a payment's share
 * is taken off the bill by negative allocations and counted in the payment's credit, so reversing the
 * payment later takes it from that credit; what credit paid at issue goes back to it. The bill then
 * owes its whole amount, and a credit note (the credit-note path, `BillService.credit`) cancels it.
 * `paidBack` is `paidBackOf(em, bill)`; call with the bill locked.
 */
async function returnPaid(
  em: EntityManager,
  bill: Bill,
  paidBack: readonly PaidBack[],
  reason: string,
  at: Date,
): Promise<void> {
  if (paidBack.length === 0) return;
  const lines = await em.find(BillLine, { billId: bill.id }, { filters: false });
  const toPayments: Posting[] = [];
  const toCredit: Posting[] = [];
  const receivable = Accounts.receivable(bill.communityId, bill.unitId, bill.payerPersonId);
  for (const part of paidBack) {
    const line = lines.find((l) => l.id === part.lineId);
    if (!line) throw new Error(`line ${part.lineId} of bill ${bill.number} vanished`);
    line.paidFen -= part.amountFen;
    bill.paidFen -= part.amountFen;
    const postings = part.paymentId ? toPayments : toCredit;
    postings.push({ account: receivable, amountFen: part.amountFen });
    postings.push({
      account: Accounts.prepayment(bill.communityId, bill.unitId, part.payerPersonId),
      amountFen: -part.amountFen,
    });
    if (!part.paymentId) continue;
    const payment = await em.findOneOrFail(
      Payment,
      { id: part.paymentId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, filters: false },
    );
    payment.creditFen += part.amountFen;
    em.create(PaymentAllocation, {
      id: newId(),
      companyId: bill.companyId,
      paymentId: part.paymentId,
      billId: bill.id,
      billLineId: line.id,
      amountFen: -part.amountFen,
      at,
    });
  }
  bill.status = 'open';
  await em.flush();
  const movement = { companyId: bill.companyId, communityId: bill.communityId, referenceId: bill.id, at };
  // Credit paid at issue goes back as the application undone (decision 0202's movement, reversed).
  if (toCredit.length > 0)
    await post(em, {
      ...movement,
      kind: 'credit-applied',
      description: `${bill.number} 冲销退回余额：${reason}`,
      postings: toCredit,
    });
  if (toPayments.length > 0)
    await post(em, {
      ...movement,
      kind: 'credit-note',
      description: `${bill.number} 冲销，已缴转入余额：${reason}`,
      postings: toPayments,
    });
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
