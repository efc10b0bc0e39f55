import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  CancelReportSubscription,
  canAccessCommunity,
  DomainError,
  hasAnyRole,
  ReportKind,
  ReportSchedule,
  SubscribeReport,
  type CancelReportSubscriptionV1,
  type ComplaintRollupView,
  type GetReportDeliveryV1,
  type ListReportSubscriptionsV1,
  type ReportDeliveryView,
  type ReportSubscriptionListView,
  type ReportSubscriptionView,
  type Role,
  type ReportSubscriptionRequestV1,
  type WeeklyComplaintReportView,
} from '@pcs/contracts';
import { CallContext, Clock, lockRecord, newId, runCommand, knownCommunity } from '@pcs/platform';
import { ReportDelivery, ReportSubscription } from './report-subscription.entity.js';
import { fileOf } from './report-schedule.js';

/** CMP-12: who sets up scheduled reports. */
const SUBSCRIBERS: readonly Role[] = ['cs-supervisor', 'cs-manager', 'deputy-gm', 'gm'];

/** CMP-12: report subscriptions and the reports produced for them (decision 0147). */
@Injectable()
export class ReportSubscriptionService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /**
   * A subscription that already exists, active, for the same report is the answer: nothing doubles.
   * Requests for one report serialise on an advisory lock, so that two at once both find the one
   * the first made, rather than the second breaking the active-subscription unique index (a 500).
   */
  subscribe(command: ReportSubscriptionRequestV1): Promise<ReportSubscriptionView> {
    const actor = CallContext.actor();
    if (!hasAnyRole(actor, SUBSCRIBERS))
      throw new DomainError('FORBIDDEN', '只有客服主管、经理或总经理可以订阅报表');
    return runCommand(this.em, SubscribeReport, command, {
      load: (em) => knownCommunity(em, actor, command.communityId),
      change: async (em) => {
        const same = {
          communityId: command.communityId,
          kind: command.kind,
          schedule: command.schedule,
          format: command.format,
        };
        await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [
          `report-subscription:${actor.companyId}:${same.communityId}:${same.kind}:${same.schedule}:${same.format}`,
        ]);
        const existing = await em.findOne(ReportSubscription, { ...same, cancelledAt: null });
        if (existing) return existing;
        return em.create(ReportSubscription, {
          id: newId(),
          companyId: actor.companyId,
          ...same,
          createdById: actor.sub,
          createdByName: actor.name,
          createdAt: this.clock.now(),
          cancelledAt: null,
        });
      },
      view: (_em, subscription) => toView(subscription),
    });
  }

  cancel(command: CancelReportSubscriptionV1): Promise<ReportSubscriptionView> {
    const actor = CallContext.actor();
    if (!hasAnyRole(actor, SUBSCRIBERS))
      throw new DomainError('FORBIDDEN', '只有客服主管、经理或总经理可以取消订阅');
    return runCommand(this.em, CancelReportSubscription, command, {
      load: (em) => lockRecord(em, ReportSubscription, command.subscriptionId, 'NOT_FOUND'),
      change: (_em, subscription) => {
        subscription.cancelledAt ??= this.clock.now();
        return Promise.resolve(subscription);
      },
      view: (_em, subscription) => toView(subscription),
    });
  }

  async list(query: ListReportSubscriptionsV1): Promise<ReportSubscriptionListView> {
    const actor = CallContext.actor();
    if (query.communityId && !canAccessCommunity(actor, query.communityId)) return { items: [] };
    const items = await this.em.find(
      ReportSubscription,
      query.communityId ? { communityId: query.communityId } : {},
      { orderBy: { communityId: 'asc', createdAt: 'asc' } },
    );
    return { items: items.map(toView) };
  }

  async delivery(query: GetReportDeliveryV1): Promise<ReportDeliveryView> {
    CallContext.actor();
    const delivery = await this.em.findOne(ReportDelivery, { id: query.deliveryId });
    if (!delivery) throw DomainError.notFound('NOT_FOUND');
    return deliveryView(delivery);
  }
}

function toView(s: ReportSubscription): ReportSubscriptionView {
  return {
    id: s.id,
    communityId: s.communityId,
    kind: s.kind,
    kindLabel: ReportKind.label(s.kind),
    schedule: s.schedule,
    scheduleLabel: ReportSchedule.label(s.schedule),
    format: s.format,
    active: !s.cancelledAt,
    createdBy: { staffId: s.createdById, name: s.createdByName },
    createdAt: s.createdAt.toISOString(),
    ...(s.cancelledAt ? { cancelledAt: s.cancelledAt.toISOString() } : {}),
  };
}

export function deliveryView(d: ReportDelivery): ReportDeliveryView {
  return {
    id: d.id,
    subscriptionId: d.subscriptionId,
    communityId: d.communityId,
    kind: d.kind,
    schedule: d.schedule,
    format: d.format,
    period: d.period,
    producedAt: d.producedAt.toISOString(),
    file: fileOf(d),
    ...(d.schedule === 'weekly'
      ? { weekly: d.snapshot as unknown as WeeklyComplaintReportView }
      : { rollup: d.snapshot as unknown as ComplaintRollupView }),
  };
}
