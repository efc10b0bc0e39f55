import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  AccountCleared,
  BillStatus,
  DepositReceived,
  DomainError,
  PaymentMethod,
  PaymentRecorded,
  PaymentReversed,
  RecordPayment,
  RefundCredit,
  ReversePayment,
  type PaymentView,
  type RecordPaymentV1,
  type RefundCreditV1,
  type ReversePaymentV1,
  type StatementView,
} from '@pcs/contracts';
import {
  archiveRecord,
  assertRecordedTime,
  CallContext,
  CommunityTimeZones,
  lockRecord,
  newId,
  nextRecordNumber,
  Outbox,
  runCommand,
} from '@pcs/platform';
import { BillLine } from '../bills/bill-line.entity.js';
import { Bill } from '../bills/bill.entity.js';
import { BILL_RECORD, outstandingOf } from '../bills/bill.view.js';
import { ChargeRequestSettlement } from '../charge-requests/charge-request-settlement.js';
import { ChargeRequest } from '../charge-requests/charge-request.entity.js';
import { Clock } from '../clock/clock.js';
import { Deposit } from '../deposits/deposit.entity.js';
import { Accounts, type Posting } from '../ledger/ledger.rules.js';
import {
  balanceOf,
  lockAccount,
  lockOpenAccount,
  openPostingAccounts,
  post,
  postMany,
  type Movement,
} from '../ledger/ledger.js';
import { StatementService } from '../statements/statement.service.js';
import { allocatePayment } from './allocation.rules.js';
import { assertPayerOfUnit, lockExternalTransaction, transactionReused } from './money-received.js';
import { PaymentAllocation } from './payment-allocation.entity.js';
import { Payment } from './payment.entity.js';
import { PAYMENT_RECORD, paymentView, paymentViewOf } from './payment.view.js';

/** BIL-5, BIL-6: payments, their reversal, and credit balances paid back. */
@Injectable()
export class PaymentService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly timeZones: CommunityTimeZones,
    private readonly settlement: ChargeRequestSettlement,
    private readonly statements: StatementService,
  ) {}

  /**
   * BIL-5: one payment per Idempotency-Key and per external transaction id; allocated to the payer's
   * (and the unit's) open bills oldest first, or to the bills named; the rest is credit. The payer's
   * account is locked first, so concurrent payments of one payer allocate one after the other.
   */
  record(command: RecordPaymentV1): Promise<PaymentView> {
    // Decision 0345: a payer named in words is for a payment without a payer (one or the other).
    if (command.payerPersonId !== undefined && command.payerName !== undefined)
      return Promise.reject(
        DomainError.validation([
          { field: 'payerName', message: 'payerName is only for a payment without payerPersonId' },
        ]),
      );
    return runCommand(this.em, RecordPayment, command, {
      load: (em) => this.statements.communityOfUnit(em, command.unitId),
      change: async (em, communityId) => {
        const { companyId } = CallContext.actor();
        const now = this.clock.now();
        // Decision 0201: money received is recorded when it came, never ahead of the clock.
        if (command.receivedAt) assertRecordedTime('receivedAt', new Date(command.receivedAt), now);
        const payer = command.payerPersonId;
        const receivable = Accounts.receivable(communityId, command.unitId, payer);
        // A payer with a receivable for the unit is known to it; only another is looked up (bench S9).
        // Decision 0345: a payment without a payer takes the unit's own receivable (its payer-less bills).
        if (!(await lockOpenAccount(em, companyId, receivable))) {
          if (payer) await assertPayerOfUnit(em, companyId, command.unitId, payer);
          await lockAccount(em, companyId, receivable);
        }
        if (command.externalTransactionId) {
          const same = await em.findOne(
            Payment,
            { companyId, method: command.method, externalTransactionId: command.externalTransactionId },
            { filters: false },
          );
          if (same) {
            const identical =
              same.unitId === command.unitId &&
              (same.payerPersonId ?? undefined) === payer &&
              (same.payerName ?? undefined) === command.payerName &&
              same.amountFen === BigInt(command.amountFen);
            if (!identical)
              throw transactionReused(
                '该支付流水号已用于另一笔收款',
                { communityId: same.communityId, number: same.receiptNumber },
                'receiptNumber',
              );
            return { payment: same }; // the same transfer entered twice records one payment (BIL-5)
          }
          await this.refuseDepositsTransaction(em, companyId, command.method, command.externalTransactionId);
        }
        const { lines, openBills } = await this.owedLines(em, companyId, command);
        const amountFen = BigInt(command.amountFen);
        const { allocations, creditFen } = allocatePayment(
          amountFen,
          lines.map(({ line }) => ({ id: line.id, outstandingFen: outstandingOf(line) })),
        );
        // Decision 0345: nobody holds a credit balance, so a payer-less payment is at most what it pays.
        if (!payer && creditFen > 0n) {
          const owedFen = amountFen - creditFen;
          const message = `无缴费人的收款不能超过该房屋无缴费人账单的欠款（${owedFen} 分）`;
          throw new DomainError('AMOUNT_EXCEEDS_BALANCE', message, {
            field: 'amountFen',
            errors: [{ field: 'amountFen', message }],
            owedFen: Number(owedFen),
          });
        }
        const timeZone = await this.timeZones.timeZoneOf(em, companyId, communityId);
        const receivedAt = command.receivedAt ? new Date(command.receivedAt) : now;
        const paymentId = newId();
        const postings: Posting[] = [{ account: Accounts.clearing(command.method), amountFen }];
        const touched = new Map<string, Bill>();
        const allocated: PaymentAllocation[] = [];
        for (const allocation of allocations) {
          const owed = lines.find((l) => l.line.id === allocation.id);
          if (!owed) continue;
          const { line, bill } = owed;
          line.paidFen += allocation.amountFen;
          bill.paidFen += allocation.amountFen;
          touched.set(bill.id, bill);
          allocated.push(
            em.create(PaymentAllocation, {
              id: newId(),
              companyId,
              paymentId,
              billId: bill.id,
              billLineId: line.id,
              amountFen: allocation.amountFen,
              at: now,
            }),
          );
          postings.push(...(await this.settleLine(em, bill, line, allocation.amountFen, now)));
        }
        if (creditFen > 0n && payer)
          postings.push({
            account: Accounts.prepayment(communityId, command.unitId, payer),
            amountFen: -creditFen,
          });
        for (const bill of touched.values()) {
          if (outstandingOf(bill) === 0n) bill.status = 'paid';
        }
        for (const bill of touched.values()) await this.settlement.afterBillChanged(em, bill, now);
        archiveRecord(
          em,
          PAYMENT_RECORD,
          { id: paymentId, companyId, communityId },
          {
            action: 'recorded',
            changes: { amountFen: command.amountFen, method: command.method, creditFen: Number(creditFen) },
            at: now,
          },
        );
        await em.flush();
        // Without named bills every open bill of the unit and payer was loaded (and locked) above.
        const cleared =
          payer !== undefined &&
          touched.size > 0 &&
          (command.billIds
            ? (await this.openBillCount(em, companyId, command.unitId, payer)) === 0
            : openBills.every((bill) => bill.status !== 'open'));
        const accounts = await openPostingAccounts(em, companyId, postings);
        // GEN-2 holds the community's receipt counter from here to commit, so every other payment of
        // the community waits on what follows: only what needs the number comes after it (bench S9).
        const { number } = await nextRecordNumber(em, {
          companyId,
          communityId,
          record: 'receipt',
          at: now,
          timeZone,
        });
        const actor = CallContext.actor();
        const payment = em.create(Payment, {
          id: paymentId,
          receiptNumber: number,
          companyId,
          communityId,
          unitId: command.unitId,
          payerPersonId: payer,
          payerName: payer ? undefined : command.payerName,
          method: command.method,
          amountFen,
          creditFen,
          externalTransactionId: command.externalTransactionId,
          status: 'recorded',
          receivedAt,
          note: command.note,
          recordedById: actor.sub,
          recordedByName: actor.name,
          version: 1,
        });
        await post(
          em,
          {
            companyId,
            communityId,
            kind: 'payment',
            referenceId: payment.id,
            description: `${number} 收款`,
            at: receivedAt,
            postings,
          },
          accounts,
        );
        await this.outbox.stage(em, PaymentRecorded, {
          aggregateId: payment.id,
          companyId,
          communityId,
          time: now,
          data: {
            paymentId: payment.id,
            receiptNumber: number,
            unitId: command.unitId,
            ...(payer ? { payerPersonId: payer } : { payerName: command.payerName }),
            method: command.method,
            amountFen: command.amountFen,
            creditFen: Number(creditFen),
            receivedAt: receivedAt.toISOString(),
          },
        });
        if (cleared && payer)
          await this.outbox.stage(em, AccountCleared, {
            aggregateId: `${command.unitId}:${payer}`,
            companyId,
            communityId,
            time: now,
            data: {
              unitId: command.unitId,
              payerPersonId: payer,
              clearedAt: now.toISOString(),
            },
          });
        // The reply from what is in hand: no reads while the counter is held.
        const billNumbers = new Map([...touched.values()].map((b) => [b.id, b.number]));
        return { payment, view: paymentViewOf(payment, allocated, billNumbers) };
      },
      view: (em, { payment, view }) => view ?? paymentView(em, payment),
    });
  }

  /**
   * BIL-6: the payment is taken back whole by new entries: negative allocations reopen what it paid,
   * the ledger movement is mirrored. Refused when what it paid in has been spent since (a deposit
   * refunded or deducted, a credit balance used or refunded): those are undone first.
   */
  reverse(command: ReversePaymentV1): Promise<PaymentView> {
    return runCommand(this.em, ReversePayment, command, {
      load: (em) => lockRecord(em, Payment, command.paymentId, 'PAYMENT_NOT_FOUND'),
      change: async (em, payment) => {
        if (payment.status !== 'recorded')
          throw new DomainError('INVALID_STATE_TRANSITION', '该笔收款已冲回', { status: payment.status });
        const { companyId } = payment;
        const now = this.clock.now();
        await lockAccount(
          em,
          companyId,
          Accounts.receivable(payment.communityId, payment.unitId, payment.payerPersonId),
        );
        const allocations = await em.find(PaymentAllocation, { paymentId: payment.id }, { filters: false });
        const perLine = new Map<string, { billId: string; amount: bigint }>();
        for (const a of allocations) {
          const seen = perLine.get(a.billLineId) ?? { billId: a.billId, amount: 0n };
          seen.amount += a.amountFen;
          perLine.set(a.billLineId, seen);
        }
        const postings: Posting[] = [
          { account: Accounts.clearing(payment.method), amountFen: -payment.amountFen },
        ];
        if (payment.creditFen > 0n && payment.payerPersonId) {
          const prepayment = Accounts.prepayment(payment.communityId, payment.unitId, payment.payerPersonId);
          const credit = -(await balanceOf(em, companyId, prepayment.key));
          // Decision 0385: credit the payer's new bills took at issue (decision 0202, a re-bill's
          // included, decision 0364) is taken back from them, newest first; they are owed again.
          if (credit < payment.creditFen)
            await this.unapplyCredit(em, payment, payment.creditFen - credit, command.reason, now);
          postings.push({ account: prepayment, amountFen: payment.creditFen });
        }
        const touched = new Map<string, Bill>();
        for (const [lineId, { billId, amount }] of perLine) {
          if (amount === 0n) continue;
          const bill = await em.findOneOrFail(
            Bill,
            { id: billId },
            { lockMode: LockMode.PESSIMISTIC_WRITE, filters: false, refresh: true },
          );
          const line = await em.findOneOrFail(BillLine, { id: lineId }, { filters: false });
          line.paidFen -= amount;
          bill.paidFen -= amount;
          if (bill.status === 'paid') bill.status = 'open';
          touched.set(bill.id, bill);
          em.create(PaymentAllocation, {
            id: newId(),
            companyId,
            paymentId: payment.id,
            billId,
            billLineId: lineId,
            amountFen: -amount,
            at: now,
          });
          if (line.depositId) {
            const deposit = await em.findOneOrFail(
              Deposit,
              { id: line.depositId },
              { lockMode: LockMode.PESSIMISTIC_WRITE, filters: false },
            );
            const balance = deposit.receivedFen - deposit.deductedFen - deposit.refundedFen;
            if (balance < amount)
              throw new DomainError('AMOUNT_EXCEEDS_BALANCE', '押金已扣除或退还，不能冲回该笔收款', {
                field: 'paymentId',
                depositNumber: deposit.number,
              });
            deposit.receivedFen -= amount;
            if (deposit.status === 'held') deposit.status = 'awaiting-payment';
            postings.push({
              account: Accounts.deposit(
                deposit.communityId,
                deposit.unitId,
                deposit.payerPersonId,
                deposit.id,
              ),
              amountFen: amount,
            });
          } else {
            postings.push({
              account: Accounts.receivable(bill.communityId, bill.unitId, bill.payerPersonId),
              amountFen: amount,
            });
          }
          // A settled charge request is owed again; residents already moved on (decision 0102).
          if (bill.chargeRequestId) {
            const request = await em.findOne(ChargeRequest, { id: bill.chargeRequestId }, { filters: false });
            if (request?.status === 'settled') request.status = 'billed';
          }
        }
        payment.status = 'reversed';
        payment.reversalReason = command.reason;
        await em.flush();
        await post(em, {
          companyId,
          communityId: payment.communityId,
          kind: 'payment-reversal',
          referenceId: payment.id,
          description: `${payment.receiptNumber} 冲回：${command.reason}`,
          at: now,
          postings,
        });
        archiveRecord(em, PAYMENT_RECORD, payment, {
          action: 'reversed',
          changes: { status: { from: 'recorded', to: 'reversed' } },
          reason: command.reason,
          at: now,
        });
        await this.outbox.stage(em, PaymentReversed, {
          aggregateId: payment.id,
          companyId,
          communityId: payment.communityId,
          time: now,
          data: {
            paymentId: payment.id,
            receiptNumber: payment.receiptNumber,
            unitId: payment.unitId,
            amountFen: Number(payment.amountFen),
            reason: command.reason,
          },
        });
        return payment;
      },
      view: (em, payment) => paymentView(em, payment),
    });
  }

  /**
   * Decision 0385 (BIL-6): `shortfallFen` of the payer's credit balance, which a reversal of `payment`
   * takes back but bills have used since, taken back from those bills: the ones the payer's credit
   * paid at issue (`credit-applied`, decision 0202), newest first, each by at most what credit paid of
   * it, from its last line up. Each bill is owed that amount again (open; a settled charge request
   * back to billed, decision 0102) by a `credit-unapplied` movement (debit the receivable, credit the
   * prepayment), archived on the bill. Refused, with nothing written, when those bills hold less
   * than the shortfall (the credit was refunded): the refund is undone first. In the reversal's
   * transaction, the payer's receivable locked, as every writer of the payer's credit locks it.
   */
  private async unapplyCredit(
    em: EntityManager,
    payment: Payment,
    shortfallFen: bigint,
    reason: string,
    now: Date,
  ): Promise<void> {
    const { companyId, communityId, unitId } = payment;
    const payer = payment.payerPersonId;
    if (!payer) throw new Error(`payment ${payment.receiptNumber} has credit but no payer`);
    const prepayment = Accounts.prepayment(communityId, unitId, payer);
    const applied = await em.execute<{ bill_id: string; applied: string }[]>(
      `select t.reference_id as bill_id, sum(e.amount_fen)::text as applied
       from ledger_transaction t join ledger_entry e on e.transaction_id = t.id
       join account a on a.id = e.account_id
       join bill b on b.id = t.reference_id
       where t.company_id = ? and t.kind in ('credit-applied', 'credit-unapplied') and a.company_id = ? and a.key = ?
       group by t.reference_id, b.issued_at, b.number
       having sum(e.amount_fen) > 0
       order by b.issued_at desc, b.number desc`,
      [companyId, companyId, prepayment.key],
    );
    const available = applied.reduce((sum, row) => sum + BigInt(row.applied), 0n);
    if (available < shortfallFen)
      throw new DomainError('AMOUNT_EXCEEDS_BALANCE', '该笔收款形成的余额已退还，不能冲回', {
        field: 'paymentId',
        creditFen: Number(payment.creditFen - shortfallFen),
        appliedFen: Number(available),
      });
    const receivable = Accounts.receivable(communityId, unitId, payer);
    const movements: Movement[] = [];
    let left = shortfallFen;
    for (const row of applied) {
      if (left === 0n) break;
      const bill = await em.findOneOrFail(
        Bill,
        { id: row.bill_id },
        { lockMode: LockMode.PESSIMISTIC_WRITE, filters: false, refresh: true },
      );
      const lines = await em.find(
        BillLine,
        { billId: bill.id },
        { orderBy: { lineNo: 'desc' }, filters: false, refresh: true },
      );
      const allocated = new Map(
        (
          await em.execute<{ bill_line_id: string; amount: string }[]>(
            `select bill_line_id, sum(amount_fen)::text as amount from payment_allocation
             where bill_id = ? group by bill_line_id`,
            [bill.id],
          )
        ).map((r) => [r.bill_line_id, BigInt(r.amount)]),
      );
      const take = BigInt(row.applied) < left ? BigInt(row.applied) : left;
      let rest = take;
      for (const line of lines) {
        // What credit paid of the line: its paid amount less what payments paid of it.
        const fromCredit = line.paidFen - (allocated.get(line.id) ?? 0n);
        const part = fromCredit < rest ? fromCredit : rest;
        if (part <= 0n) continue;
        line.paidFen -= part;
        rest -= part;
      }
      if (rest > 0n) throw new Error(`credit applied to ${bill.number} is not on its lines`);
      const wasPaid = bill.status === 'paid';
      bill.paidFen -= take;
      if (outstandingOf(bill) > 0n) bill.status = 'open';
      if (bill.chargeRequestId) {
        const request = await em.findOne(ChargeRequest, { id: bill.chargeRequestId }, { filters: false });
        if (request?.status === 'settled') request.status = 'billed';
      }
      const description = `${bill.number} 撤销余额抵扣：${payment.receiptNumber} 冲回（${reason}）`;
      movements.push({
        companyId,
        communityId: bill.communityId,
        kind: 'credit-unapplied',
        referenceId: bill.id,
        description,
        at: now,
        postings: [
          { account: receivable, amountFen: take },
          { account: prepayment, amountFen: -take },
        ],
      });
      archiveRecord(em, BILL_RECORD, bill, {
        action: 'credit-unapplied',
        changes: {
          paidFen: { from: Number(bill.paidFen + take), to: Number(bill.paidFen) },
          ...(wasPaid && bill.status === 'open' ? { status: { from: 'paid', to: 'open' } } : {}),
          receiptNumber: payment.receiptNumber,
        },
        reason: description,
        at: now,
      });
      left -= take;
    }
    await em.flush();
    await postMany(em, movements);
  }

  /** BIL-5, BIL-6: part or all of a payer's credit balance paid back; never more than it holds. */
  refundCredit(command: RefundCreditV1): Promise<StatementView> {
    return runCommand(this.em, RefundCredit, command, {
      load: (em) => this.statements.communityOfUnit(em, command.unitId),
      change: async (em, communityId) => {
        const { companyId } = CallContext.actor();
        const now = this.clock.now();
        const prepayment = Accounts.prepayment(communityId, command.unitId, command.payerPersonId);
        // The payer's receivable first, as a payment and a bill set against credit take it (decision 0202).
        await lockAccount(
          em,
          companyId,
          Accounts.receivable(communityId, command.unitId, command.payerPersonId),
        );
        await lockAccount(em, companyId, prepayment);
        const credit = -(await balanceOf(em, companyId, prepayment.key));
        if (BigInt(command.amountFen) > credit)
          throw new DomainError('AMOUNT_EXCEEDS_BALANCE', `退款金额超过余额（余额 ${credit} 分）`, {
            field: 'amountFen',
            creditFen: Number(credit),
          });
        await post(em, {
          companyId,
          communityId,
          kind: 'credit-refund',
          referenceId: command.unitId,
          description: `余额退款：${command.reason}`,
          at: now,
          postings: [
            { account: prepayment, amountFen: BigInt(command.amountFen) },
            { account: Accounts.clearing(command.method), amountFen: -BigInt(command.amountFen) },
          ],
        });
        return communityId;
      },
      view: (em) => this.statements.statementIn(em, command.unitId, undefined, this.clock.now()),
    });
  }

  /** The lines a payment pays, in order, with their bills (locked, and in `openBills`). */
  private async owedLines(
    em: EntityManager,
    companyId: string,
    command: RecordPaymentV1,
  ): Promise<{ lines: { bill: Bill; line: BillLine }[]; openBills: Bill[] }> {
    let bills: Bill[];
    if (command.billIds) {
      const found = await em.find(
        Bill,
        { id: { $in: command.billIds }, unitId: command.unitId },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      const missing = command.billIds.find((id) => !found.some((b) => b.id === id));
      if (missing) throw new DomainError('BILL_NOT_FOUND', undefined, { field: 'billIds', billId: missing });
      // Decision 0345: a payment without a payer pays only the unit's bills without one.
      const payers = !command.payerPersonId && found.find((b) => b.payerPersonId);
      if (payers) {
        const message = `账单 ${payers.number} 有缴费人，须由缴费人付款（payerPersonId）`;
        throw new DomainError('PAYER_NOT_OF_UNIT', message, {
          field: 'billIds',
          errors: [{ field: 'billIds', message }],
          billId: payers.id,
          billNumber: payers.number,
        });
      }
      // Decision 0201: money meant for a bill that owes nothing is refused, never turned into credit.
      const settled = found.find((b) => b.status !== 'open' || outstandingOf(b) === 0n);
      if (settled) {
        const message = `账单 ${settled.number} ${BillStatus.label(settled.status)}，不能再收款`;
        throw new DomainError('BILL_NOT_OPEN', message, {
          field: 'billIds',
          errors: [{ field: 'billIds', message }],
          billId: settled.id,
          billNumber: settled.number,
          status: settled.status,
        });
      }
      bills = command.billIds.flatMap((id) => found.filter((b) => b.id === id));
    } else {
      bills = await em.find(
        Bill,
        {
          companyId,
          unitId: command.unitId,
          status: 'open',
          ...(command.payerPersonId
            ? { $or: [{ payerPersonId: command.payerPersonId }, { payerPersonId: null }] }
            : { payerPersonId: null }),
        },
        {
          orderBy: { dueDate: 'asc', issuedAt: 'asc', number: 'asc' },
          lockMode: LockMode.PESSIMISTIC_WRITE,
          refresh: true,
          filters: false,
        },
      );
    }
    const open = bills.filter((b) => b.status === 'open');
    if (open.length === 0) return { lines: [], openBills: [] };
    const lines = await em.find(
      BillLine,
      { billId: { $in: open.map((b) => b.id) } },
      { orderBy: { lineNo: 'asc' }, filters: false },
    );
    return {
      lines: open.flatMap((bill) =>
        lines.filter((l) => l.billId === bill.id).map((line) => ({ bill, line })),
      ),
      openBills: open,
    };
  }

  /** What paying `amount` of a line moves: a fee line settles the receivable, a deposit line fills its deposit. */
  private async settleLine(
    em: EntityManager,
    bill: Bill,
    line: BillLine,
    amount: bigint,
    now: Date,
  ): Promise<Posting[]> {
    if (!line.depositId)
      return [
        {
          account: Accounts.receivable(bill.communityId, bill.unitId, bill.payerPersonId),
          amountFen: -amount,
        },
      ];
    const deposit = await em.findOneOrFail(
      Deposit,
      { id: line.depositId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, filters: false },
    );
    deposit.receivedFen += amount;
    if (deposit.receivedFen >= deposit.requiredFen && deposit.status === 'awaiting-payment') {
      deposit.status = 'held';
      await this.outbox.stage(em, DepositReceived, {
        aggregateId: deposit.id,
        companyId: deposit.companyId,
        communityId: deposit.communityId,
        time: now,
        data: {
          depositId: deposit.id,
          number: deposit.number,
          unitId: deposit.unitId,
          kind: deposit.kind,
          amountFen: Number(deposit.receivedFen),
          receivedAt: now.toISOString(),
        },
      });
    }
    return [
      {
        account: Accounts.deposit(deposit.communityId, deposit.unitId, deposit.payerPersonId, deposit.id),
        amountFen: -amount,
      },
    ];
  }

  /** Decision 0209: a transfer a deposit was received by at the cashier pays no payment as well. */
  private async refuseDepositsTransaction(
    em: EntityManager,
    companyId: string,
    method: PaymentMethod,
    externalTransactionId: string,
  ): Promise<void> {
    await lockExternalTransaction(em, companyId, method, externalTransactionId);
    const deposit = await em.findOne(
      Deposit,
      { companyId, method, externalTransactionId },
      { filters: false, fields: ['number', 'communityId'] },
    );
    if (deposit) throw transactionReused('该支付流水号已用于一笔押金', deposit, 'depositNumber');
  }

  private async openBillCount(em: EntityManager, companyId: string, unitId: string, payer: string) {
    return em.count(
      Bill,
      { companyId, unitId, status: 'open', $or: [{ payerPersonId: payer }, { payerPersonId: null }] },
      { filters: false },
    );
  }
}
