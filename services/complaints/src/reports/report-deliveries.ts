import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ReportProduced } from '@pcs/contracts';
import { CommunityReplica, CommunityTimeZones, LOGGER, newId, Outbox } from '@pcs/platform';
import { localDateOf } from '@pcs/work-calendar';
import type { Logger } from 'pino';
import { ComplaintReportService } from './complaint-report.service.js';
import { ReportSubscription } from './report-subscription.entity.js';
import { fileOf, lastEndedPeriod } from './report-schedule.js';

/**
 * CMP-12: produces each active subscription's report for the latest ended period, once. The row is
 * inserted with `on conflict do nothing` on (subscription, period) in the transaction that stages
 * the event, so two instances, a restart or a repeated round produce it once (decision 0147).
 */
@Injectable()
export class ReportDeliveries {
  constructor(
    private readonly em: EntityManager,
    private readonly reports: ComplaintReportService,
    private readonly timeZones: CommunityTimeZones,
    private readonly outbox: Outbox,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** One round: how many reports this round produced. */
  async runOnce(now: Date): Promise<number> {
    const subscriptions = await this.em
      .fork()
      .find(ReportSubscription, { cancelledAt: null }, { filters: false, orderBy: { id: 'asc' } });
    let produced = 0;
    for (const subscription of subscriptions) {
      if (await this.produce(subscription, now)) produced++;
    }
    if (produced > 0) this.logger.info({ produced }, 'scheduled reports produced');
    return produced;
  }

  private produce(s: ReportSubscription, now: Date): Promise<boolean> {
    return this.em.fork().transactional(async (em) => {
      const timeZone = await this.timeZones.timeZoneOf(em, s.companyId, s.communityId);
      const period = lastEndedPeriod(s.schedule, localDateOf(now, timeZone));
      // A subscription starts with the first period that ends after it was made: no back-filling.
      if (period.lastDay < localDateOf(s.createdAt, timeZone)) return false;
      const exists = await em.execute<{ id: string }[]>(
        'select id from report_delivery where subscription_id = ? and period = ?',
        [s.id, period.name],
      );
      if (exists.length > 0) return false;
      const community = await em.findOne(
        CommunityReplica,
        { companyId: s.companyId, communityId: s.communityId },
        { filters: false },
      );
      const place = { communityId: s.communityId, name: community?.name ?? s.communityId, timeZone };
      const snapshot =
        s.schedule === 'weekly'
          ? await this.reports.weeklyOf(em, s.companyId, place, period, now)
          : await this.reports.rollupOf(em, s.companyId, [place], period, now);
      const id = newId();
      const inserted = await em.execute<{ id: string }[]>(
        `insert into report_delivery (id, company_id, community_id, subscription_id, kind, schedule, format, period, snapshot, produced_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
         on conflict (subscription_id, period) do nothing returning id`,
        [
          id,
          s.companyId,
          s.communityId,
          s.id,
          s.kind,
          s.schedule,
          s.format,
          period.name,
          JSON.stringify(snapshot),
          now,
        ],
      );
      if (inserted.length === 0) return false;
      const file = fileOf({
        id,
        communityId: s.communityId,
        period: period.name,
        format: s.format,
        schedule: s.schedule,
      });
      await this.outbox.stage(em, ReportProduced, {
        aggregateId: id,
        companyId: s.companyId,
        communityId: s.communityId,
        time: now,
        data: {
          deliveryId: id,
          subscriptionId: s.id,
          communityId: s.communityId,
          kind: s.kind,
          schedule: s.schedule,
          format: s.format,
          period: period.name,
          file,
          producedAt: now.toISOString(),
        },
      });
      return true;
    });
  }
}
