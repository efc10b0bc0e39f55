import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  DeductDeposit,
  DepositKind,
  DepositReceived,
  DepositRefunded,
  DomainError,
  ReceiveDeposit,
  RefundDeposit,
  type DeductDepositV1,
  type DepositView,
  type ReceiveDepositV1,
  type RefundDepositV1,
} from '@pcs/contracts';
import {
  archive,
  assertRecordedTime,
  CallContext,
  CommunityTimeZones,
  lockRecord,
  newId,
  nextRecordNumber,
  Outbox,
  runCommand,
  type ArchiveEntry,
} from '@pcs/platform';
import { localDateOf } from '@pcs/work-calendar';
import { BillIssuer } from '../bills/bill-issuer.js';
import { BillLine } from '../bills/bill-line.entity.js';
import { Bill } from '../bills/bill.entity.js';
import { Clock } from '../clock/clock.js';
import { Accounts } from '../ledger/ledger.rules.js';
import { post } from '../ledger/ledger.js';
import { assertPayerOfUnit, lockExternalTransaction, transactionReused } from '../payments/money-received.js';
import { Payment } from '../payments/payment.entity.js';
import { StatementService } from '../statements/statement.service.js';
import { Deposit } from './deposit.entity.js';
import { DEPOSIT_RECORD, depositBalance, depositView } from './deposit.view.js';

/** Billing, as the archive names it when an event (not a person) changes a deposit (GEN-3). */
export const BILLING_ACTOR = { sub: 'system:billing', name: '收费系统' };

export interface Deduction {
  amountFen: bigint;
  reason: string;
  /** Names the bill for the part the deposit cannot cover, so a retry charges it once. */
  shortfallKey: string;
  foundBy?: string;
  at: Date;
}

/** BIL-8, BIL-9: deductions from deposits and refunds of their balance. */
@Injectable()
export class DepositService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly issuer: BillIssuer,
    private readonly timeZones: CommunityTimeZones,
    private readonly statements: StatementService,
  ) {}

  /**
   * BIL-8, decision 0207: a deposit received at the cashier (`POST /api/v1/deposits`), held at once:
   * numbered (GEN-2), its money moved from the method's clearing account into the deposit's own
   * (BIL-12), announced by DepositReceived as a deposit paid through its bill is. One per
   * Idempotency-Key and per external transaction id. Only a contract deposit, and none while one of
   * the payer's awaits payment on a bill (decision 0208).
   */
  receive(command: ReceiveDepositV1): Promise<DepositView> {
    return runCommand(this.em, ReceiveDeposit, command, {
      // GEN-5 on every call, a replay included: a unit outside the caller's communities is 404.
      load: (em) => this.statements.communityOfUnit(em, command.unitId),
      change: async (em, communityId) => {
        const { companyId } = CallContext.actor();
        const now = this.clock.now();
        const receivedAt = command.receivedAt ? new Date(command.receivedAt) : now;
        // Money received is recorded when it came, never ahead of the clock (as a payment, 0201).
        assertRecordedTime('receivedAt', receivedAt, now);
        if (command.kind === 'decoration')
          throw new DomainError(
            'BUSINESS_RULE_VIOLATED',
            '装修押金随装修申请收取（RES-5），请在该装修的账单上收款',
            {
              errors: [
                {
                  field: 'kind',
                  message:
                    "a decoration deposit is asked for by its decoration (RES-5): pay it on that decoration's bill with POST /api/v1/payments",
                },
              ],
            },
          );
        if (command.externalTransactionId) {
          const same = await this.sameTransaction(em, companyId, command, command.externalTransactionId);
          if (same) return same; // the same transfer entered twice receives one deposit
        }
        await assertPayerOfUnit(em, companyId, command.unitId, command.payerPersonId);
        await this.refuseWhileAwaiting(em, companyId, command);
        const timeZone = await this.timeZones.timeZoneOf(em, companyId, communityId);
        const amountFen = BigInt(command.amountFen);
        const depositId = newId();
        const account = Accounts.deposit(communityId, command.unitId, command.payerPersonId, depositId);
        // GEN-2 holds the community's deposit counter until commit: only what needs the number follows.
        const { number } = await nextRecordNumber(em, {
          companyId,
          communityId,
          record: 'deposit',
          at: now,
          timeZone,
        });
        const deposit = em.create(Deposit, {
          id: depositId,
          number,
          companyId,
          communityId,
          unitId: command.unitId,
          payerPersonId: command.payerPersonId,
          kind: command.kind,
          requiredFen: amountFen,
          receivedFen: amountFen,
          deductedFen: 0n,
          refundedFen: 0n,
          status: 'held',
          method: command.method,
          externalTransactionId: command.externalTransactionId,
          createdAt: now,
          version: 1,
        });
        await em.flush();
        await post(em, {
          companyId,
          communityId,
          kind: 'deposit-received',
          referenceId: depositId,
          description: `${number} 收取${DepositKind.label(command.kind)}${command.note ? `：${command.note}` : ''}`,
          at: receivedAt,
          postings: [
            { account: Accounts.clearing(command.method), amountFen },
            { account, amountFen: -amountFen },
          ],
        });
        archive(em, {
          companyId,
          communityId,
          recordType: DEPOSIT_RECORD,
          recordId: depositId,
          action: 'received',
          changes: {
            kind: command.kind,
            amountFen: command.amountFen,
            method: command.method,
            ...(command.externalTransactionId
              ? { externalTransactionId: command.externalTransactionId }
              : {}),
            receivedAt: receivedAt.toISOString(),
          },
          ...(command.note ? { reason: command.note } : {}),
          at: now,
        });
        await this.outbox.stage(em, DepositReceived, {
          aggregateId: depositId,
          companyId,
          communityId,
          time: now,
          data: {
            depositId,
            number,
            unitId: command.unitId,
            kind: command.kind,
            amountFen: command.amountFen,
            receivedAt: receivedAt.toISOString(),
          },
        });
        return deposit;
      },
      view: (_em, deposit) => depositView(deposit),
    });
  }

  /**
   * The deposit this transaction id already received, when the entry is the same one again (unit,
   * payer, kind, amount); refused when the id paid a payment or another deposit. Serialised per id,
   * so two cashiers entering one transfer at once receive one deposit.
   */
  private async sameTransaction(
    em: EntityManager,
    companyId: string,
    command: ReceiveDepositV1,
    externalTransactionId: string,
  ): Promise<Deposit | undefined> {
    const { method } = command;
    await lockExternalTransaction(em, companyId, method, externalTransactionId);
    const payment = await em.findOne(
      Payment,
      { companyId, method, externalTransactionId },
      { filters: false, fields: ['receiptNumber', 'communityId'] },
    );
    if (payment)
      throw transactionReused(
        '该支付流水号已用于一笔收款',
        { communityId: payment.communityId, number: payment.receiptNumber },
        'receiptNumber',
      );
    const same = await em.findOne(Deposit, { companyId, method, externalTransactionId }, { filters: false });
    if (!same) return undefined;
    const identical =
      same.unitId === command.unitId &&
      same.payerPersonId === command.payerPersonId &&
      same.kind === command.kind &&
      same.requiredFen === BigInt(command.amountFen);
    if (!identical) throw transactionReused('该支付流水号已用于另一笔押金', same, 'depositNumber');
    return same;
  }

  /**
   * Decision 0208: a deposit of this kind the payer was already asked for (a move-in's 合同押金 on its
   * bill) is paid on that bill; receiving it here too would hold it twice.
   */
  private async refuseWhileAwaiting(
    em: EntityManager,
    companyId: string,
    command: ReceiveDepositV1,
  ): Promise<void> {
    const awaiting = await em.findOne(
      Deposit,
      {
        companyId,
        unitId: command.unitId,
        payerPersonId: command.payerPersonId,
        kind: command.kind,
        status: 'awaiting-payment',
      },
      { filters: false, orderBy: { createdAt: 'asc' } },
    );
    if (!awaiting) return;
    // The bill asking for it: one of the unit's charge-request bills (bill lines are found by bill).
    const bills = await em.find(
      Bill,
      { companyId, unitId: command.unitId, source: 'charge-request' },
      { filters: false, fields: ['id', 'number'] },
    );
    const line = bills.length
      ? await em.findOne(
          BillLine,
          { billId: { $in: bills.map((b) => b.id) }, depositId: awaiting.id },
          { filters: false },
        )
      : null;
    const bill = bills.find((b) => b.id === line?.billId);
    throw new DomainError(
      'BUSINESS_RULE_VIOLATED',
      `押金 ${awaiting.number} 待缴纳${bill ? `（账单 ${bill.number}）` : ''}，请在该账单上收款`,
      {
        errors: [
          {
            field: 'kind',
            message: `the payer's ${command.kind} deposit ${awaiting.number} awaits payment${
              bill ? ` on bill ${bill.number}` : ''
            }: pay that bill with POST /api/v1/payments`,
          },
        ],
        depositNumber: awaiting.number,
        ...(bill ? { billId: bill.id, billNumber: bill.number } : {}),
      },
    );
  }

  deduct(command: DeductDepositV1): Promise<DepositView> {
    return runCommand(this.em, DeductDeposit, command, {
      load: (em) => lockRecord(em, Deposit, command.depositId, 'DEPOSIT_NOT_FOUND'),
      change: async (em, deposit) => {
        await this.deductFrom(em, deposit, {
          amountFen: BigInt(command.amountFen),
          reason: command.reason,
          // BIL-8: each deduction is damage of its own, so its shortfall bill is keyed by the
          // deduction, never by the deposit's row (whose version stands still once the deposit is
          // empty: decision 0246). A retry with the Idempotency-Key replays and charges nothing more.
          shortfallKey: `${deposit.id}:deduction:${newId()}`,
          foundBy: command.foundBy,
          at: this.clock.now(),
        });
        return deposit;
      },
      view: (_em, deposit) => depositView(deposit),
    });
  }

  /**
   * BIL-8: takes damage from a held deposit, never below zero; what the balance cannot cover is
   * charged to the unit's account as a bill of its own. Call with the deposit locked.
   */
  async deductFrom(
    em: EntityManager,
    deposit: Deposit,
    deduction: Deduction,
    actor = undefined as undefined | typeof BILLING_ACTOR,
  ): Promise<void> {
    if (deposit.status !== 'held' && deposit.status !== 'awaiting-payment')
      throw new DomainError('INVALID_STATE_TRANSITION', '押金已退还或取消，不能扣除', {
        status: deposit.status,
      });
    const balance = depositBalance(deposit);
    const taken = deduction.amountFen < balance ? deduction.amountFen : balance;
    const rest = deduction.amountFen - taken;
    if (taken > 0n) {
      deposit.deductedFen += taken;
      await post(em, {
        companyId: deposit.companyId,
        communityId: deposit.communityId,
        kind: 'deposit-deduction',
        referenceId: deposit.id,
        description: `${deposit.number} 扣除：${deduction.reason}`,
        at: deduction.at,
        postings: [
          {
            account: Accounts.deposit(deposit.communityId, deposit.unitId, deposit.payerPersonId, deposit.id),
            amountFen: taken,
          },
          { account: Accounts.income('damage-from-deposit'), amountFen: -taken },
        ],
      });
    }
    if (rest > 0n)
      await this.issuer.issue(em, {
        companyId: deposit.companyId,
        communityId: deposit.communityId,
        unitId: deposit.unitId,
        payerPersonId: deposit.payerPersonId,
        source: 'deposit-shortfall',
        sourceKey: deduction.shortfallKey,
        description: `损坏赔偿超出押金部分：${deduction.reason}`,
        lines: [{ itemCode: 'damage-to-account', description: deduction.reason, amountFen: rest }],
        at: deduction.at,
      });
    const entry: ArchiveEntry = {
      companyId: deposit.companyId,
      communityId: deposit.communityId,
      recordType: DEPOSIT_RECORD,
      recordId: deposit.id,
      action: 'deducted',
      changes: {
        deductedFen: Number(taken),
        chargedToAccountFen: Number(rest),
        ...(deduction.foundBy ? { foundBy: deduction.foundBy } : {}),
      },
      reason: deduction.reason,
      at: deduction.at,
    };
    if (actor) archive(em, entry, actor);
    else archive(em, entry);
    await em.flush();
  }

  /**
   * BIL-8: the balance paid back, once. BIL-9: a decoration deposit only from 90 days after its passed
   * completion inspection (residents sends the day), never before.
   */
  refund(command: RefundDepositV1): Promise<DepositView> {
    return runCommand(this.em, RefundDeposit, command, {
      load: (em) => lockRecord(em, Deposit, command.depositId, 'DEPOSIT_NOT_FOUND'),
      change: async (em, deposit) => {
        if (deposit.status !== 'held')
          throw new DomainError('INVALID_STATE_TRANSITION', '押金不在持有状态，不能退还', {
            status: deposit.status,
          });
        const now = this.clock.now();
        if (deposit.kind === 'decoration') {
          const timeZone = await this.timeZones.timeZoneOf(em, deposit.companyId, deposit.communityId);
          const today = localDateOf(now, timeZone);
          if (!deposit.refundableFrom || today < deposit.refundableFrom)
            throw new DomainError(
              'DEPOSIT_NOT_REFUNDABLE',
              deposit.refundableFrom
                ? `装修押金自 ${deposit.refundableFrom} 起方可退还（验收合格后90天）`
                : '装修尚未验收合格，押金不可退还',
              { ...(deposit.refundableFrom ? { refundableFrom: deposit.refundableFrom } : {}) },
            );
        }
        const balance = depositBalance(deposit);
        if (balance > 0n)
          await post(em, {
            companyId: deposit.companyId,
            communityId: deposit.communityId,
            kind: 'deposit-refund',
            referenceId: deposit.id,
            description: `${deposit.number} 退还：${command.reason}`,
            at: now,
            postings: [
              {
                account: Accounts.deposit(
                  deposit.communityId,
                  deposit.unitId,
                  deposit.payerPersonId,
                  deposit.id,
                ),
                amountFen: balance,
              },
              { account: Accounts.clearing(command.method), amountFen: -balance },
            ],
          });
        deposit.refundedFen += balance;
        deposit.status = 'refunded';
        archive(em, {
          companyId: deposit.companyId,
          communityId: deposit.communityId,
          recordType: DEPOSIT_RECORD,
          recordId: deposit.id,
          action: 'refunded',
          changes: { refundedFen: Number(balance), method: command.method },
          reason: command.reason,
          at: now,
        });
        await this.outbox.stage(em, DepositRefunded, {
          aggregateId: deposit.id,
          companyId: deposit.companyId,
          communityId: deposit.communityId,
          time: now,
          data: {
            depositId: deposit.id,
            number: deposit.number,
            unitId: deposit.unitId,
            amountFen: Number(balance),
            refundedAt: now.toISOString(),
          },
        });
        return deposit;
      },
      view: (_em, deposit) => depositView(deposit),
    });
  }
}
