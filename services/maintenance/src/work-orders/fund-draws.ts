import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, DrawRevolvingFund, type Actor } from '@pcs/contracts';
import { archive, BusClient, CallContext, Clock, LOGGER, type RequestOptions } from '@pcs/platform';
import type { Logger } from 'pino';
import { WorkOrder } from './work-order.entity.js';
import { WORK_ORDER_RECORD } from './work-order.view.js';

/** Maintenance acting on its own behalf (a scheduled retry has no caller). */
export function maintenanceActor(companyId: string): Actor {
  return { sub: 'service:maintenance', name: '维修系统', companyId, roles: [], communities: ['*'] };
}

/**
 * MNT-13 (decision 0093): pays the repair team for a settled order from its revolving fund in billing.
 * The settlement is final before billing is asked (a command of another service is never sent inside
 * our transaction): the order records the draw as `pending` with its one draw id, the draw is asked
 * after the commit, and retried by the scheduler or by hand while billing cannot answer. Billing draws
 * once per draw id; an overdraw is recorded as `refused` until finance replenishes the fund and the
 * draw is retried.
 */
@Injectable()
export class FundDraws {
  constructor(
    private readonly em: EntityManager,
    private readonly bus: BusClient,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Asks billing for the draw of one order, if it is still owed; never throws for billing's sake. */
  async attempt(workOrderId: string): Promise<void> {
    const em = this.em.fork();
    const order = await em.findOne(WorkOrder, { id: workOrderId }, { filters: false });
    if (!order || !order.fundDrawId || (order.fundDraw !== 'pending' && order.fundDraw !== 'refused')) return;
    const { teamId, teamName, settledFen, settlementId } = order;
    // A draw is owed only by a certified settlement, which has all four.
    if (!teamId || !teamName || settledFen === undefined || !settlementId) return;
    let outcome: 'drawn' | 'refused';
    let detail: string | undefined;
    try {
      const view = await this.bus.request(
        DrawRevolvingFund,
        {
          drawId: order.fundDrawId,
          teamId,
          teamName,
          amountFen: settledFen,
          settlementId,
          workOrderNumber: order.number,
          note: `维修工程结算 ${order.number}`,
        },
        this.options(order.companyId),
      );
      outcome = 'drawn';
      detail = `周转金余额 ${view.balanceFen} 分`;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'REVOLVING_FUND_OVERDRAWN') {
        outcome = 'refused';
        detail = error.message;
      } else {
        // Billing unavailable or slow: the draw stays pending and is asked again (same draw id).
        this.logger.warn({ err: error, workOrderId }, 'revolving-fund draw not answered; it stays pending');
        return;
      }
    }
    await em.transactional(async (tx) => {
      const locked = await tx.findOne(
        WorkOrder,
        { id: workOrderId, fundDraw: { $in: ['pending', 'refused'] } },
        { filters: false, lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      // Decision 0379: each refusal is archived with billing's words, a retry's as the first.
      if (!locked) return;
      const now = this.clock.now();
      locked.fundDraw = outcome;
      locked.fundDrawMessage = outcome === 'refused' ? (detail ?? null) : null;
      locked.updatedAt = now;
      archive(
        tx,
        {
          companyId: locked.companyId,
          communityId: locked.communityId,
          recordType: WORK_ORDER_RECORD,
          recordId: locked.id,
          action: outcome === 'drawn' ? 'fund-drawn' : 'fund-refused',
          changes: { fundDraw: outcome, drawId: locked.fundDrawId },
          reason: detail,
          at: now,
        },
        CallContext.current()?.actor ?? maintenanceActor(locked.companyId),
      );
    });
  }

  /** MNT-13: the draws billing has not answered yet, oldest first, a few per round. */
  async retryPending(limit = 20): Promise<number> {
    const pending = await this.em
      .fork()
      .find(WorkOrder, { fundDraw: 'pending' }, { filters: false, orderBy: { updatedAt: 'asc' }, limit });
    for (const order of pending) await this.attempt(order.id);
    return pending.length;
  }

  /** The caller's context without its Idempotency-Key; a scheduled retry acts as maintenance itself. */
  private options(companyId: string): RequestOptions {
    const context = CallContext.current();
    if (context?.actor) {
      const { idempotencyKey: _key, ...rest } = context;
      return { context: rest };
    }
    return { context: { correlationId: CallContext.newCorrelationId(), actor: maintenanceActor(companyId) } };
  }
}
