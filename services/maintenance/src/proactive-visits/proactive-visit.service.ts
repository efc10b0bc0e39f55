import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import {
  DomainError,
  EquipmentReportStatus,
  ProactiveVisitKind,
  ProactiveVisitStatus,
  ProactiveVisitTrigger,
  RecordProactiveVisit,
  ReturnVisitExemption,
  ReturnVisitMethod,
  Satisfaction,
  SubmitEquipmentReport,
  type EquipmentReportView,
  type GetProactiveVisitV1,
  type ListEquipmentReportsV1,
  type ListProactiveVisitsV1,
  type Page,
  type ProactiveVisitView,
  type RecordProactiveVisitV1,
  type SubmitEquipmentReportV1,
} from '@pcs/contracts';
import {
  archive,
  archiveRecord,
  assertRecordedTime,
  CallContext,
  Clock,
  CommunityTimeZones,
  lockRecord,
  newId,
  pageQuery,
  pageWindow,
  ResidentPreference,
  runCommand,
  toPage,
} from '@pcs/platform';
import { DEFAULT_TIME_ZONE, localDateOf, type LocalDate } from '@pcs/work-calendar';
import { compact, iso, MAINTENANCE_SYSTEM } from '../history/history.js';
import { UnitReplica } from '../replicas/unit-replica.entity.js';
import { addMonths } from '../warranty/warranty.js';
import { EquipmentReport } from './equipment-report.entity.js';
import { equipmentReportDueOn, proactiveVisitSchedule } from './proactive-visit-schedule.js';
import { ProactiveVisit } from './proactive-visit.entity.js';

export const PROACTIVE_VISIT_RECORD = 'proactive-visit';
export const EQUIPMENT_REPORT_RECORD = 'equipment-report';

/** What starts a unit's visits: its handover, or a fit-out that passed its acceptance. */
export interface VisitStart {
  companyId: string;
  communityId: string;
  unitId: string;
  personId: string;
  trigger: ProactiveVisitTrigger;
  /** `handover` for a handover (a unit is handed over once), the decoration's id for a fit-out. */
  sourceKey: string;
  startedOn: LocalDate;
  at: Date;
}

/**
 * MNT-12 (decision 0134): a handover date learned for a unit of the community, from a handover
 * inspection or from the unit's own description (`unit.created`, `unit.updated`, decision 0274): the
 * community's report is due 12 months after the earliest one; a submitted report stays as it is.
 */
export async function noteHandover(
  em: EntityManager,
  companyId: string,
  communityId: string,
  handoverDate: LocalDate,
): Promise<void> {
  await em.execute(
    `insert into equipment_report (id, company_id, community_id, first_handover_on, due_on, status)
     values (?, ?, ?, ?, ?, 'due')
     on conflict (company_id, community_id) do update
       set first_handover_on = excluded.first_handover_on, due_on = excluded.due_on
       where equipment_report.status = 'due'
         and excluded.first_handover_on < equipment_report.first_handover_on`,
    [newId(), companyId, communityId, handoverDate, equipmentReportDueOn(handoverDate)],
  );
}

/** MNT-12 (decision 0320): how long before its due date the first-year report may be submitted. */
export const REPORT_OPENS_MONTHS_BEFORE_DUE = 1;

/** MNT-12: the visits after handover and fit-out, and each community's first-year equipment report. */
@Injectable()
export class ProactiveVisitService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly timeZones: CommunityTimeZones,
  ) {}

  /**
   * Schedules the three visits in the consumer's transaction, once per unit and source however often
   * the event comes. A resident who refused visits is exempt, with the reason (RES-7).
   */
  async schedule(em: EntityManager, start: VisitStart): Promise<void> {
    const preference = await em.findOne(
      ResidentPreference,
      { companyId: start.companyId, personId: start.personId },
      { filters: false },
    );
    const exemption: ReturnVisitExemption | null = preference?.refuseReturnVisits ? 'refused-visits' : null;
    for (const visit of proactiveVisitSchedule(start.startedOn)) {
      const inserted = await em.execute<{ id: string }[]>(
        `insert into proactive_visit (id, company_id, community_id, unit_id, person_id, trigger, source_key,
           started_on, kind, window_start, due_on, status, exemption, created_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         on conflict (company_id, unit_id, source_key, kind) do nothing
         returning id`,
        [
          newId(),
          start.companyId,
          start.communityId,
          start.unitId,
          start.personId,
          start.trigger,
          start.sourceKey,
          start.startedOn,
          visit.kind,
          visit.windowStart,
          visit.dueOn,
          exemption ? 'exempt' : 'scheduled',
          exemption,
          start.at,
        ],
      );
      const id = inserted[0]?.id;
      if (!id) continue;
      // Started by an event: the system acts (GEN-3).
      archive(
        em,
        {
          companyId: start.companyId,
          communityId: start.communityId,
          recordType: PROACTIVE_VISIT_RECORD,
          recordId: id,
          action: exemption ? 'exempt' : 'schedule',
          changes: compact({
            trigger: start.trigger,
            kind: visit.kind,
            windowStart: visit.windowStart,
            dueOn: visit.dueOn,
            exemption,
          }),
          at: start.at,
        },
        MAINTENANCE_SYSTEM,
      );
    }
  }

  /** The community's report is due 12 months after the earliest handover seen; a submitted one stays. */
  noteHandover(em: EntityManager, companyId: string, communityId: string, handoverDate: LocalDate) {
    return noteHandover(em, companyId, communityId, handoverDate);
  }

  async get(query: GetProactiveVisitV1): Promise<ProactiveVisitView> {
    const visit = await this.em.findOne(ProactiveVisit, { id: query.id });
    if (!visit) throw DomainError.notFound('PROACTIVE_VISIT_NOT_FOUND');
    return this.viewOf(visit);
  }

  async list(query: ListProactiveVisitsV1): Promise<Page<ProactiveVisitView>> {
    const window = pageWindow(query);
    const page = pageQuery(window, 'asc');
    const where: FilterQuery<ProactiveVisit> = { ...page.where };
    if (query.communityId) where.communityId = query.communityId;
    if (query.unitId) where.unitId = query.unitId;
    if (query.status) where.status = query.status;
    if (query.kind) where.kind = query.kind;
    if (query.trigger) where.trigger = query.trigger;
    const due: { $lte?: string; $lt?: string; $gte?: string } = {};
    if (query.dueBy) due.$lte = query.dueBy;
    if (query.overdue !== undefined) {
      const today = await this.today(query.communityId);
      if (query.overdue === 'true') {
        if (query.status && query.status !== 'scheduled') return toPage([], window, () => []);
        where.status = 'scheduled';
        due.$lt = today;
      } else {
        where.$or = [{ status: { $ne: 'scheduled' } }, { dueOn: { $gte: today } }];
      }
    }
    if (Object.keys(due).length) where.dueOn = due;
    const rows = await this.em.find(ProactiveVisit, where, page.options);
    return toPage(rows, window, (shown) => this.views(shown));
  }

  /** MNT-12: the visit as made; a visit already recorded or exempt is not recorded again. */
  record(command: RecordProactiveVisitV1): Promise<ProactiveVisitView> {
    return runCommand(this.em, RecordProactiveVisit, command, {
      load: (em) => lockRecord(em, ProactiveVisit, command.visitId, 'PROACTIVE_VISIT_NOT_FOUND'),
      change: async (em, visit) => {
        if (visit.status !== 'scheduled') {
          throw new DomainError(
            'INVALID_STATE_TRANSITION',
            `主动回访当前状态为“${ProactiveVisitStatus.label(visit.status)}”，不能再登记回访`,
            { status: visit.status, statusLabel: ProactiveVisitStatus.label(visit.status), action: 'record' },
          );
        }
        const now = this.clock.now();
        const visitedAt = command.visitedAt ? new Date(command.visitedAt) : now;
        assertRecordedTime('visitedAt', visitedAt, now);
        const timeZone = await this.timeZones.timeZoneOf(em, visit.companyId, visit.communityId);
        if (localDateOf(visitedAt, timeZone) < visit.startedOn) {
          throw DomainError.validation([
            {
              field: 'visitedAt',
              message: `visitedAt cannot be before the visits started on ${visit.startedOn}`,
            },
          ]);
        }
        // MNT-12: a visit counts within its window (decision 0134); made late it is overdue, not
        // refused, but one made before its window opens is not that visit (decision 0269).
        if (localDateOf(visitedAt, timeZone) < visit.windowStart) {
          throw DomainError.onField(
            'BUSINESS_RULE_VIOLATED',
            'visitedAt',
            `回访时间早于本次回访的时间窗（自${visit.windowStart}起），不能登记为该次回访`,
          );
        }
        const actor = CallContext.actor();
        Object.assign(visit, {
          status: 'done',
          method: command.method,
          satisfaction: command.satisfaction,
          findings: command.findings ?? null,
          visitedAt,
          visitedBy: { staffId: actor.sub, name: actor.name },
        });
        archiveRecord(em, PROACTIVE_VISIT_RECORD, visit, {
          action: 'record',
          changes: compact({
            method: command.method,
            satisfaction: command.satisfaction,
            findings: command.findings,
            visitedAt: visitedAt.toISOString(),
          }),
          at: now,
        });
        return visit;
      },
      view: (_, visit) => this.viewOf(visit),
    });
  }

  async listReports(query: ListEquipmentReportsV1): Promise<Page<EquipmentReportView>> {
    const window = pageWindow(query);
    const page = pageQuery(window, 'asc');
    const where: FilterQuery<EquipmentReport> = { ...page.where };
    if (query.communityId) where.communityId = query.communityId;
    if (query.status) where.status = query.status;
    if (query.overdue !== undefined) {
      const today = await this.today(query.communityId);
      if (query.overdue === 'true') {
        if (query.status && query.status !== 'due') return toPage([], window, () => []);
        Object.assign(where, { status: 'due', dueOn: { $lt: today } });
      } else {
        where.$or = [{ status: { $ne: 'due' } }, { dueOn: { $gte: today } }];
      }
    }
    const rows = await this.em.find(EquipmentReport, where, page.options);
    return toPage(rows, window, (shown) => Promise.all(shown.map((r) => this.reportView(this.em, r))));
  }

  submitReport(command: SubmitEquipmentReportV1): Promise<EquipmentReportView> {
    return runCommand(this.em, SubmitEquipmentReport, command, {
      load: (em) => lockRecord(em, EquipmentReport, command.reportId, 'EQUIPMENT_REPORT_NOT_FOUND'),
      change: async (em, report) => {
        if (report.status !== 'due') {
          throw new DomainError('INVALID_STATE_TRANSITION', '设备使用报告已提交，不能再次提交', {
            status: report.status,
            statusLabel: EquipmentReportStatus.label(report.status),
            action: 'submit',
          });
        }
        const now = this.clock.now();
        // MNT-12 (decision 0320): a report on the first year of use is written near its end, not
        // before the year has largely passed: from a month before its due date.
        const opensOn = addMonths(report.dueOn, -REPORT_OPENS_MONTHS_BEFORE_DUE);
        const timeZone = await this.timeZones.timeZoneOf(em, report.companyId, report.communityId);
        if (localDateOf(now, timeZone) < opensOn) {
          throw new DomainError(
            'BUSINESS_RULE_VIOLATED',
            `首年设备使用报告应于到期日（${report.dueOn}）前一个月内提交，${opensOn}起方可提交`,
            {
              field: 'reportId',
              errors: [{ field: 'reportId', message: `the report may be submitted from ${opensOn}` }],
              dueOn: report.dueOn,
              opensOn,
            },
          );
        }
        const actor = CallContext.actor();
        Object.assign(report, {
          status: 'submitted',
          summary: command.summary,
          faultCount: command.faultCount,
          submittedAt: now,
          submittedBy: { staffId: actor.sub, name: actor.name },
        });
        archiveRecord(em, EQUIPMENT_REPORT_RECORD, report, {
          action: 'submit',
          changes: { faultCount: command.faultCount },
          at: now,
        });
        return report;
      },
      view: (em, report) => this.reportView(em, report),
    });
  }

  /** Today where the community is; across communities, in the company's default zone (decision 0134). */
  private async today(communityId?: string): Promise<LocalDate> {
    const { companyId } = CallContext.actor();
    const zone = communityId
      ? await this.timeZones.timeZoneOf(this.em, companyId, communityId)
      : DEFAULT_TIME_ZONE;
    return localDateOf(this.clock.now(), zone);
  }

  private async viewOf(visit: ProactiveVisit): Promise<ProactiveVisitView> {
    const [view] = await this.views([visit]);
    if (!view) throw new Error(`no view of visit ${visit.id}`);
    return view;
  }

  private async views(visits: ProactiveVisit[]): Promise<ProactiveVisitView[]> {
    const todays = new Map<string, LocalDate>();
    const labels = new Map<string, string>();
    const units = visits.length
      ? await this.em.find(
          UnitReplica,
          { unitId: { $in: [...new Set(visits.map((v) => v.unitId))] } },
          { filters: false },
        )
      : [];
    for (const u of units) if (u.label) labels.set(u.unitId, u.label);
    const views: ProactiveVisitView[] = [];
    for (const v of visits) {
      const key = `${v.companyId}/${v.communityId}`;
      let today = todays.get(key);
      if (!today) {
        today = localDateOf(
          this.clock.now(),
          await this.timeZones.timeZoneOf(this.em, v.companyId, v.communityId),
        );
        todays.set(key, today);
      }
      views.push(
        compact({
          id: v.id,
          communityId: v.communityId,
          unitId: v.unitId,
          unitLabel: labels.get(v.unitId),
          personId: v.personId,
          trigger: v.trigger,
          triggerLabel: ProactiveVisitTrigger.label(v.trigger),
          startedOn: v.startedOn,
          kind: v.kind,
          kindLabel: ProactiveVisitKind.label(v.kind),
          windowStart: v.windowStart,
          dueOn: v.dueOn,
          status: v.status,
          statusLabel: ProactiveVisitStatus.label(v.status),
          overdue: v.status === 'scheduled' && v.dueOn < today,
          exemption: v.exemption ?? undefined,
          exemptionLabel: v.exemption ? ReturnVisitExemption.label(v.exemption) : undefined,
          method: v.method ?? undefined,
          methodLabel: v.method ? ReturnVisitMethod.label(v.method) : undefined,
          satisfaction: v.satisfaction ?? undefined,
          satisfactionLabel: v.satisfaction ? Satisfaction.label(v.satisfaction) : undefined,
          findings: v.findings ?? undefined,
          visitedAt: iso(v.visitedAt),
          visitedBy: v.visitedBy ?? undefined,
        }) as ProactiveVisitView,
      );
    }
    return views;
  }

  private async reportView(em: EntityManager, r: EquipmentReport): Promise<EquipmentReportView> {
    const today = localDateOf(
      this.clock.now(),
      await this.timeZones.timeZoneOf(em, r.companyId, r.communityId),
    );
    return compact({
      id: r.id,
      communityId: r.communityId,
      firstHandoverOn: r.firstHandoverOn,
      dueOn: r.dueOn,
      status: r.status,
      statusLabel: EquipmentReportStatus.label(r.status),
      overdue: r.status === 'due' && r.dueOn < today,
      summary: r.summary ?? undefined,
      faultCount: r.faultCount ?? undefined,
      submittedAt: iso(r.submittedAt),
      submittedBy: r.submittedBy ?? undefined,
    }) as EquipmentReportView;
  }
}
