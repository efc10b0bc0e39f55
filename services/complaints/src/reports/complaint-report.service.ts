import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  canAccessCommunity,
  ComplaintCategory,
  ComplaintStatus,
  DomainError,
  type ComplaintRollupView,
  type GetComplaintRollupV1,
  type GetWeeklyComplaintReportV1,
  type TypicalCaseView,
  type WeeklyComplaintReportView,
} from '@pcs/contracts';
import { CallContext, Clock, CommunityReplica, knownCommunity } from '@pcs/platform';
import { addDays, WorkCalendar } from '@pcs/work-calendar';
import { addFigures, toFigures, type PeriodCounts, type ReceivedGroup } from './report-figures.js';
import { isoWeek, quarterOrYear, type ReportPeriod } from './report-periods.js';

/** A period of one community as instants in its zone: [from, to). */
interface Span {
  companyId: string;
  communityId: string;
  from: Date;
  to: Date;
}

function spanOf(companyId: string, communityId: string, period: ReportPeriod, timeZone: string): Span {
  // Only day boundaries are needed, which holidays do not move.
  const calendar = new WorkCalendar([], timeZone);
  return {
    companyId,
    communityId,
    from: calendar.startOfDay(period.firstDay),
    to: calendar.startOfDay(addDays(period.lastDay, 1)),
  };
}

/**
 * CMP-12: the weekly complaint report of a community and the company's quarterly and yearly roll-ups,
 * counted by the database over the register, its deadlines and the archive's return visits
 * (decision 0145). Only complaints count; merged duplicates do not.
 */
@Injectable()
export class ComplaintReportService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async weekly(query: GetWeeklyComplaintReportV1): Promise<WeeklyComplaintReportView> {
    const actor = CallContext.actor();
    const week = isoWeek(query.week);
    if (!week) {
      throw DomainError.validation([{ field: 'week', message: `${query.week} 不是该年的周次` }]);
    }
    const community = await knownCommunity(this.em, actor, query.communityId);
    return this.weeklyOf(this.em, actor.companyId, community, week, this.clock.now());
  }

  /** The weekly report of a community, for a caller or for a scheduled delivery. */
  async weeklyOf(
    em: EntityManager,
    companyId: string,
    community: Pick<CommunityReplica, 'communityId' | 'timeZone'>,
    week: ReportPeriod,
    asOf: Date,
  ): Promise<WeeklyComplaintReportView> {
    const span = spanOf(companyId, community.communityId, week, community.timeZone);
    const figures = toFigures(await this.count(em, span, asOf));
    return {
      communityId: community.communityId,
      week: week.name,
      timeZone: community.timeZone,
      firstDay: week.firstDay,
      lastDay: week.lastDay,
      from: span.from.toISOString(),
      to: span.to.toISOString(),
      asOf: asOf.toISOString(),
      ...figures,
      typicalCases: await this.typicalCases(em, span),
    };
  }

  async rollup(query: GetComplaintRollupV1): Promise<ComplaintRollupView> {
    const actor = CallContext.actor();
    const period = quarterOrYear(query.period);
    if (!period) {
      throw DomainError.validation([{ field: 'period', message: `${query.period} 不是季度或年份` }]);
    }
    const communities = (
      await this.em.find(
        CommunityReplica,
        { companyId: actor.companyId },
        { filters: false, orderBy: { communityId: 'asc' } },
      )
    ).filter((c) => canAccessCommunity(actor, c.communityId));
    return this.rollupOf(this.em, actor.companyId, communities, period, this.clock.now());
  }

  /** The roll-up of these communities over a quarter or a year. */
  async rollupOf(
    em: EntityManager,
    companyId: string,
    communities: readonly Pick<CommunityReplica, 'communityId' | 'name' | 'timeZone'>[],
    period: ReportPeriod,
    asOf: Date,
  ): Promise<ComplaintRollupView> {
    const lines: ComplaintRollupView['communities'] = [];
    for (const community of communities) {
      const span = spanOf(companyId, community.communityId, period, community.timeZone);
      lines.push({
        communityId: community.communityId,
        communityName: community.name,
        timeZone: community.timeZone,
        from: span.from.toISOString(),
        to: span.to.toISOString(),
        ...toFigures(await this.count(em, span, asOf)),
        typicalCaseCount: await this.typicalCaseCount(em, span),
      });
    }
    return {
      period: period.name,
      firstDay: period.firstDay,
      lastDay: period.lastDay,
      asOf: asOf.toISOString(),
      communities: lines,
      total: addFigures(lines),
      typicalCaseCount: lines.reduce((sum, l) => sum + l.typicalCaseCount, 0),
    };
  }

  private async count(em: EntityManager, span: Span, asOf: Date): Promise<PeriodCounts> {
    const args = [span.companyId, span.communityId, span.from, span.to];
    const received = await em.execute<
      { category: string | null; department: string | null; intent: string | null; n: string }[]
    >(
      `select category, department, intent, count(*) as n from complaint
        where company_id = ? and community_id = ? and received_at >= ? and received_at < ?
          and kind = 'complaint' and status <> 'merged'
        group by category, department, intent`,
      args,
    );
    const [resolved] = await em.execute<{ n: string }[]>(
      `select count(*) as n from complaint
        where company_id = ? and community_id = ? and resolved_at >= ? and resolved_at < ?
          and kind = 'complaint' and status <> 'merged'`,
      args,
    );
    // A deadline missed in the period: it fell due then and was neither met nor cancelled by its due
    // time (nor by now, for one still open). A paused clock waits on the customer and is not late.
    const [overdue] = await em.execute<{ n: string }[]>(
      `select count(distinct d.complaint_id) as n from complaint_deadline d
         join complaint c on c.id = d.complaint_id
        where d.company_id = ? and d.community_id = ? and d.due_at >= ? and d.due_at < ?
          and d.paused_since is null
          and d.due_at < least(coalesce(d.met_at, 'infinity'), coalesce(d.cancelled_at, 'infinity'), ?)
          and c.kind = 'complaint' and c.status <> 'merged'`,
      [...args, asOf],
    );
    // Every return visit made in the period, from the archive: one that reopened the complaint
    // (CMP-9) counts too, though the complaint itself no longer shows its answer.
    const visits = await em.execute<{ satisfaction: string; n: string }[]>(
      `select h.changes->>'satisfaction' as satisfaction, count(*) as n from record_history h
         join complaint c on c.id::text = h.record_id
        where h.company_id = ? and h.community_id = ? and h.at >= ? and h.at < ?
          and h.record_type = 'complaint' and h.action = 'return-visit'
          and h.changes->>'satisfaction' is not null
          and c.kind = 'complaint' and c.status <> 'merged'
        group by 1`,
      args,
    );
    // CMP-13: suggestions and praise are answered, not resolved: how many came, and how many have their answer.
    const answered = await em.execute<{ kind: string; n: string; answered: string }[]>(
      `select kind, count(*) as n, count(answered_at) filter (where answered_at < ?) as answered from complaint
        where company_id = ? and community_id = ? and received_at >= ? and received_at < ?
          and kind in ('suggestion', 'praise') and status <> 'merged'
        group by kind`,
      [asOf, ...args],
    );
    return {
      answered: answered.map((a) => ({ kind: a.kind, received: Number(a.n), answered: Number(a.answered) })),
      received: received.map((r): ReceivedGroup => ({
        category: r.category,
        department: r.department,
        intent: r.intent,
        count: Number(r.n),
      })),
      resolved: Number(resolved?.n ?? 0),
      overdue: Number(overdue?.n ?? 0),
      visits: visits.map((v) => ({ satisfaction: v.satisfaction, count: Number(v.n) })),
    };
  }

  /** CMP-12: the typical cases of the community marked in the period, in the order marked. */
  private async typicalCases(em: EntityManager, span: Span): Promise<TypicalCaseView[]> {
    const rows = await em.execute<
      {
        complaint_id: string;
        number: string;
        community_id: string;
        category: string | null;
        status: ComplaintStatus;
        reason: string;
        marked_by_id: string;
        marked_by_name: string;
        marked_at: Date;
      }[]
    >(
      `select t.complaint_id, c.number, t.community_id, c.category, c.status, t.reason,
              t.marked_by_id, t.marked_by_name, t.marked_at
         from typical_case t join complaint c on c.id = t.complaint_id
        where t.company_id = ? and t.community_id = ? and t.marked_at >= ? and t.marked_at < ?
        order by t.marked_at, t.complaint_id`,
      [span.companyId, span.communityId, span.from, span.to],
    );
    return rows.map((r) => ({
      complaintId: r.complaint_id,
      number: r.number,
      communityId: r.community_id,
      ...(r.category ? { category: r.category, categoryLabel: ComplaintCategory.label(r.category) } : {}),
      status: r.status,
      statusLabel: ComplaintStatus.label(r.status),
      reason: r.reason,
      markedBy: { staffId: r.marked_by_id, name: r.marked_by_name },
      markedAt: new Date(r.marked_at).toISOString(),
    }));
  }

  private async typicalCaseCount(em: EntityManager, span: Span): Promise<number> {
    const [row] = await em.execute<{ n: string }[]>(
      `select count(*) as n from typical_case
        where company_id = ? and community_id = ? and marked_at >= ? and marked_at < ?`,
      [span.companyId, span.communityId, span.from, span.to],
    );
    return Number(row?.n ?? 0);
  }
}
