import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  DeductDeposit,
  DepositRefunded,
  DomainError,
  RefundDeposit,
  type DeductDepositV1,
  type DepositView,
  type RefundDepositV1,
} from '@pcs/contracts';
import {
  archive,
  CommunityTimeZones,
  lockRecord,
  Outbox,
  runCommand,
  type ArchiveEntry,
} from '@pcs/platform';
import { localDateOf } from '@pcs/work-calendar';
import { BillIssuer } from '../bills/bill-issuer.js';
import { Clock } from '../clock/clock.js';
import { Accounts } from '../ledger/ledger.rules.js';
import { post } from '../ledger/ledger.js';
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
  ) {}

  deduct(command: DeductDepositV1): Promise<DepositView> {
    return runCommand(this.em, DeductDeposit, command, {
      load: (em) => lockRecord(em, Deposit, command.depositId, 'DEPOSIT_NOT_FOUND'),
      change: async (em, deposit) => {
        await this.deductFrom(em, deposit, {
          amountFen: BigInt(command.amountFen),
          reason: command.reason,
          shortfallKey: `${deposit.id}:${deposit.version}`,
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
