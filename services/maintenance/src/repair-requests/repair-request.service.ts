import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import {
  canAccessCommunity,
  CancelRepairRequest,
  DomainError,
  formatPhone,
  RecordArrivalOnSite,
  RecordMadeSafe,
  RecordSurvey,
  RegisterRepairRequest,
  RepairProgress,
  RepairRequestProgressed,
  seesAllCommunities,
  SetWarrantyPeriod,
  WarrantyComponent,
  type Actor,
  type CancelRepairRequestV1,
  type CommandDefinition,
  type EmergencyKind,
  type GetMaintenanceHistoryV1,
  type GetRepairRequestV1,
  type ListRepairRequestsV1,
  type MaintenanceHistoryView,
  type Page,
  type RecordRepairStepV1,
  type RecordSurveyV1,
  type RegisterRepairRequestV1,
  type RepairRequestView,
  type RepairSource,
  type RepairTrade,
  type RepairUrgency,
  type SetWarrantyPeriodV1,
  type WarrantyPeriodView,
} from '@pcs/contracts';
import {
  archive,
  archiveRecord,
  assertRecordedTime,
  BusClient,
  CallContext,
  Clock,
  CommunityTimeZones,
  CompanyCalendars,
  lockRecord,
  newId,
  nextRecordNumber,
  type NotBefore,
  Outbox,
  pageQuery,
  pageWindow,
  runCommand,
  toPage,
  knownCommunity,
} from '@pcs/platform';
import { localDateOf } from '@pcs/work-calendar';
import { historyOf, plainChanges } from '../history/history.js';
import { assertKnownPerson, refuseUnannounced } from '../replicas/known-community.js';
import { UnitReplica } from '../replicas/unit-replica.entity.js';
import { WarrantyPeriod } from '../warranty/warranty-period.entity.js';
import { DEFAULT_WARRANTY_MONTHS, warrantyFinding } from '../warranty/warranty.js';
import { assertPersonOfCommunity } from './person-of-community.js';
import { CLOCKED_PROGRESS, repairDeadlines } from './repair-deadlines.js';
import { RepairRequest, type SurveyRecord } from './repair-request.entity.js';
import { REPAIR_REQUEST_RECORD, repairRequestView } from './repair-request.view.js';
import {
  assertPartyCanBeBilled,
  assertPartyFitsWarranty,
  assertSurveyParticipants,
  workOrderTypeFor,
} from './survey.rules.js';

/** What a new request needs, whatever it came from (MNT-1). */
export interface NewRepairRequest {
  companyId: string;
  communityId: string;
  source: RepairSource;
  sourceKey?: string;
  complaintId?: string;
  unitId?: string;
  location?: string;
  trades: RepairTrade[];
  urgency: RepairUrgency;
  emergencyKind?: EmergencyKind;
  description: string;
  personId?: string;
  contactSurname?: string;
  contactPhone?: string;
  /** From a complaint whose caller left a contact the complaint keeps (decision 0321). */
  reachableThroughComplaint?: boolean;
  receivedAt: Date;
  /** Who opened it: the caller, or the system for requests opened from another service's event. */
  by?: Pick<Actor, 'sub' | 'name'>;
}

/** The archive's record of a warranty period, and the community of the company's own periods. */
export const WARRANTY_PERIOD_RECORD = 'warranty-period';
const COMPANY_WIDE = '*';

/** Where a request is finished with: the caller card's open repairs are the others. */
const CLOSED_PROGRESS: readonly RepairProgress[] = ['completed', 'settled', 'cancelled'];

const HISTORY_LABELS: Record<string, string> = {
  open: '受理报修',
  arrive: '到达现场',
  'make-safe': '排除险情',
  survey: '现场勘察',
  cancel: '取消报修',
  'work-order': '开具派工单',
  'work-order-cancelled': '派工单已取消，待重新派工',
  'work-order-returned': '派工单审批退回，待重新勘察',
  progress: '维修进展',
  overdue: '已超时',
};

/** MNT-1 … MNT-3: repair requests, their clocks, the survey and its warranty finding. */
@Injectable()
export class RepairRequestService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly calendars: CompanyCalendars,
    private readonly communities: CommunityTimeZones,
    private readonly clock: Clock,
    private readonly bus: BusClient,
  ) {}

  /** MNT-1: from the desk or a patrol. */
  async register(command: RegisterRepairRequestV1): Promise<RepairRequestView> {
    const actor = CallContext.actor();
    if (!canAccessCommunity(actor, command.communityId)) throw DomainError.notFound('COMMUNITY_NOT_FOUND');
    // MNT-1: the kinds are the emergencies; a kind on a normal request runs no clocks (decision 0265).
    if (command.emergencyKind !== undefined && command.urgency !== 'emergency') {
      throw DomainError.validation([
        {
          field: 'emergencyKind',
          message: 'emergencyKind is given only for an emergency (urgency emergency)',
        },
      ]);
    }
    // Decision 0272: the resident is one of the request's community (asked of residents, GEN-5).
    if (command.personId) await assertPersonOfCommunity(this.bus, command.personId, command.communityId);
    return runCommand(this.em, RegisterRepairRequest, command, {
      change: async (em) => {
        // MNT-1: only in a community residents announced, and for a resident on file (decision 0210).
        await knownCommunity(em, actor, command.communityId);
        if (command.unitId) await assertUnitIn(em, command.unitId, actor.companyId, command.communityId);
        if (command.personId) await assertKnownPerson(em, actor.companyId, command.personId);
        return this.open(em, {
          companyId: actor.companyId,
          communityId: command.communityId,
          source: command.source,
          unitId: command.unitId,
          location: command.location,
          trades: command.trades,
          urgency: command.urgency,
          emergencyKind: command.emergencyKind,
          description: command.description,
          personId: command.personId,
          contactSurname: command.contactSurname,
          // Decision 0110: kept in the one form complaints and people keep (0267).
          contactPhone: command.contactPhone ? formatPhone(command.contactPhone) : undefined,
          receivedAt: this.clock.now(),
        });
      },
      view: (_, r) => repairRequestView(r, this.clock.now()),
    });
  }

  /**
   * MNT-1: opens a request in the caller's transaction (a command's, or an event's): its number
   * (GEN-2), its clocks, its archive entry (GEN-3) and its first progress event (CMP-2).
   */
  async open(em: EntityManager, input: NewRepairRequest): Promise<RepairRequest> {
    const now = this.clock.now();
    const timeZone = await this.communities.timeZoneOf(em, input.companyId, input.communityId);
    const calendar = await this.calendars.forCompany(em, input.companyId, timeZone);
    const { number } = await nextRecordNumber(em, {
      companyId: input.companyId,
      communityId: input.communityId,
      record: 'repair-request',
      at: now,
      timeZone,
    });
    const deadlines = repairDeadlines(input.urgency, input.receivedAt, calendar);
    const request = em.create(RepairRequest, {
      id: newId(),
      number,
      companyId: input.companyId,
      communityId: input.communityId,
      source: input.source,
      sourceKey: input.sourceKey ?? null,
      complaintId: input.complaintId ?? null,
      unitId: input.unitId ?? null,
      location: input.location ?? null,
      trades: input.trades,
      urgency: input.urgency,
      emergencyKind: input.emergencyKind ?? null,
      description: input.description,
      personId: input.personId ?? null,
      contactSurname: input.contactSurname ?? null,
      contactPhone: input.contactPhone ?? null,
      reachableThroughComplaint: input.reachableThroughComplaint ?? false,
      progress: 'accepted',
      // RES-3: a handover defect is warranty work (type A) from the start.
      workOrderType: input.source === 'handover' ? 'a' : null,
      receivedAt: input.receivedAt,
      onSiteDueAt: deadlines.onSiteDueAt ?? null,
      madeSafeDueAt: deadlines.madeSafeDueAt ?? null,
      surveyDueAt: deadlines.surveyDueAt,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    archive(
      em,
      {
        companyId: request.companyId,
        communityId: request.communityId,
        recordType: REPAIR_REQUEST_RECORD,
        recordId: request.id,
        action: 'open',
        changes: plainChanges({
          number,
          source: input.source,
          urgency: input.urgency,
          trades: input.trades,
          ...deadlines,
        }),
        at: now,
      },
      input.by ?? CallContext.actor(),
    );
    await this.progressed(em, request, 'accepted', now);
    return request;
  }

  recordArrival(command: RecordRepairStepV1): Promise<RepairRequestView> {
    return this.step(RecordArrivalOnSite, command, 'arrive', [], (r, at) => {
      if (r.arrivedAt) throw transition(r, 'arrive');
      r.arrivedAt = at;
    });
  }

  recordMadeSafe(command: RecordRepairStepV1): Promise<RepairRequestView> {
    // Made safe by someone on site: not before they arrived.
    const arrival = (r: RepairRequest): NotBefore => ({ at: r.arrivedAt, what: 'the arrival on site' });
    return this.step(RecordMadeSafe, command, 'make-safe', [arrival], (r, at) => {
      if (r.urgency !== 'emergency' || r.madeSafeAt) throw transition(r, 'make-safe');
      r.madeSafeAt = at;
      if (!r.arrivedAt) r.arrivedAt = at;
    });
  }

  private step(
    definition: CommandDefinition<RecordRepairStepV1, RepairRequestView>,
    command: RecordRepairStepV1,
    action: string,
    after: ((r: RepairRequest) => NotBefore)[],
    apply: (r: RepairRequest, at: Date) => void,
  ): Promise<RepairRequestView> {
    return runCommand(this.em, definition, command, {
      load: (em) => lockRequest(em, command.repairRequestId),
      change: async (em, r) => {
        const now = this.clock.now();
        const at = new Date(command.at);
        assertRecordedTime('at', at, now, received(r), ...after.map((bound) => bound(r)));
        if (r.progress === 'cancelled' || r.progress === 'settled') throw transition(r, action);
        apply(r, at);
        r.updatedAt = now;
        archiveRecord(em, REPAIR_REQUEST_RECORD, r, {
          action,
          changes: { at: at.toISOString() },
          reason: command.note,
          at: now,
        });
        return r;
      },
      view: (_, r) => repairRequestView(r, this.clock.now()),
    });
  }

  /** MNT-2, MNT-3: the signed survey record, the responsible party and the warranty finding. */
  recordSurvey(command: RecordSurveyV1): Promise<RepairRequestView> {
    return runCommand(this.em, RecordSurvey, command, {
      load: (em) => lockRequest(em, command.repairRequestId),
      change: async (em, r) => {
        if (r.progress !== 'accepted') throw transition(r, 'survey');
        const now = this.clock.now();
        const surveyedAt = new Date(command.surveyedAt);
        // MNT-2: the survey's time starts the completion clock (MNT-5) and is judged against the request's.
        assertRecordedTime('surveyedAt', surveyedAt, now, received(r));
        assertSurveyParticipants(command.estimateFen, command.participants);
        assertPartyCanBeBilled(command.responsibleParty, r.unitId);
        const unit = r.unitId
          ? await em.findOne(UnitReplica, { unitId: r.unitId }, { filters: false })
          : null;
        const timeZone = await this.communities.timeZoneOf(em, r.companyId, r.communityId);
        const overrides = await em.find(WarrantyPeriod, { companyId: r.companyId }, { filters: false });
        const finding = warrantyFinding({
          handoverDate: unit?.handoverDate,
          component: command.component,
          communityId: r.communityId,
          surveyDate: localDateOf(surveyedAt, timeZone),
          overrides: overrides.map((o) => ({
            communityId: o.communityId === '*' ? null : o.communityId,
            component: o.component,
            months: o.months,
          })),
          decision: command.warrantyDecision,
        });
        // MNT-3: a unit without a handover date is decided at the survey, with the reason.
        if (!finding) {
          throw DomainError.validation([
            {
              field: 'warrantyDecision',
              message:
                'the unit has no handover date on file: the survey must decide the warranty and say why',
            },
          ]);
        }
        assertPartyFitsWarranty(command.responsibleParty, finding);
        const survey: SurveyRecord = {
          surveyedAt: surveyedAt.toISOString(),
          participants: command.participants.map((p) => ({ role: p.role, name: p.name })),
          findings: command.findings,
          estimateFen: command.estimateFen,
          component: command.component,
          responsibleParty: command.responsibleParty,
          underWarranty: finding.underWarranty,
          warrantyReason: finding.reason,
          ...(finding.lastDay ? { warrantyLastDay: finding.lastDay } : {}),
          ...(workOrderTypeFor(command.responsibleParty)
            ? { workOrderType: workOrderTypeFor(command.responsibleParty) }
            : {}),
          ...(command.contractorId ? { contractorId: command.contractorId } : {}),
          ...(command.contractorName ? { contractorName: command.contractorName } : {}),
        };
        // MNT-5 (decision 0326): the survey states the trades found on site; they set the deadline.
        const trades = command.trades && !sameTrades(command.trades, r.trades) ? command.trades : undefined;
        const tradesChange = trades ? { trades: { from: r.trades, to: trades } } : {};
        if (trades) r.trades = trades;
        Object.assign(r, {
          survey,
          surveyedAt,
          workOrderType: survey.workOrderType ?? null,
          progress: 'surveyed',
          updatedAt: now,
        });
        archiveRecord(em, REPAIR_REQUEST_RECORD, r, {
          action: 'survey',
          changes: { ...survey, ...tradesChange },
          at: now,
        });
        await this.progressed(em, r, 'surveyed', now, finding.reason);
        return r;
      },
      view: (_, r) => repairRequestView(r, this.clock.now()),
    });
  }

  cancel(command: CancelRepairRequestV1): Promise<RepairRequestView> {
    return runCommand(this.em, CancelRepairRequest, command, {
      load: (em) => lockRequest(em, command.repairRequestId),
      change: async (em, r) => {
        if (r.progress !== 'accepted' && r.progress !== 'surveyed') throw transition(r, 'cancel');
        if (r.workOrderId) throw transition(r, 'cancel');
        const now = this.clock.now();
        Object.assign(r, { progress: 'cancelled', updatedAt: now });
        archiveRecord(em, REPAIR_REQUEST_RECORD, r, { action: 'cancel', reason: command.reason, at: now });
        await this.progressed(em, r, 'cancelled', now, command.reason);
        return r;
      },
      view: (_, r) => repairRequestView(r, this.clock.now()),
    });
  }

  /**
   * MNT-6, MNT-2 (decision 0324): an approver sent the estimate of the request's order back: the
   * request is surveyed again, with a new survey record and estimate due within 1 working day; the
   * former survey stays in the history. A handover defect stays warranty work (RES-3).
   */
  async resurvey(
    em: EntityManager,
    r: RepairRequest,
    now: Date,
    order: { id: string; number: string },
    reason: string,
  ) {
    const timeZone = await this.communities.timeZoneOf(em, r.companyId, r.communityId);
    const calendar = await this.calendars.forCompany(em, r.companyId, timeZone);
    const surveyDueAt = calendar.addWorkingDays(now, 1);
    Object.assign(r, {
      progress: 'accepted',
      workOrderId: null,
      survey: null,
      surveyedAt: null,
      workOrderType: r.source === 'handover' ? 'a' : null,
      surveyDueAt,
      overdueSince: null,
      updatedAt: now,
    });
    archiveRecord(em, REPAIR_REQUEST_RECORD, r, {
      action: 'work-order-returned',
      changes: {
        progress: 'accepted',
        workOrderId: null,
        returnedWorkOrderId: order.id,
        workOrderNumber: order.number,
        surveyDueAt: surveyDueAt.toISOString(),
      },
      reason,
      at: now,
    });
    await this.progressed(em, r, 'accepted', now, `派工单${order.number}审批退回，待重新勘察：${reason}`);
  }

  /** CMP-2: each stage of a request is published, so the complaint that asked for it follows it. */
  async progressed(
    em: EntityManager,
    r: RepairRequest,
    progress: RepairProgress,
    at: Date,
    note?: string,
  ): Promise<void> {
    await this.outbox.stage(em, RepairRequestProgressed, {
      aggregateId: r.id,
      companyId: r.companyId,
      communityId: r.communityId,
      time: at,
      data: {
        repairRequestId: r.id,
        ...(r.complaintId ? { complaintId: r.complaintId } : {}),
        number: r.number,
        progress,
        ...(note ? { note: note.slice(0, 500) } : {}),
        at: at.toISOString(),
      },
    });
  }

  async get(query: GetRepairRequestV1): Promise<RepairRequestView> {
    const r = await this.em.findOne(RepairRequest, { id: query.id });
    if (!r) throw DomainError.notFound('REPAIR_REQUEST_NOT_FOUND');
    return repairRequestView(r, this.clock.now());
  }

  async list(query: ListRepairRequestsV1): Promise<Page<RepairRequestView>> {
    const window = pageWindow(query);
    const page = pageQuery(window, 'desc');
    const where: FilterQuery<RepairRequest> = { ...page.where };
    // A community residents never announced has no requests to list: 404, as on registration (0210).
    if (query.communityId) await refuseUnannounced(this.em, query.communityId);
    if (query.communityId) where.communityId = query.communityId;
    if (query.progress) where.progress = query.progress;
    if (query.unitId) where.unitId = query.unitId;
    if (query.open !== undefined) {
      const wanted = RepairProgress.codes.filter(
        (p) => CLOSED_PROGRESS.includes(p) !== (query.open === 'true'),
      );
      where.progress = { $in: query.progress ? wanted.filter((p) => p === query.progress) : wanted };
    }
    // MNT-1, MNT-2 (decision 0350): late while a deadline is missed and unmet, the view's test.
    const now = this.clock.now();
    if (query.overdue !== undefined) {
      where.$and = [query.overdue === 'true' ? overdueAt(now) : notOverdueAt(now)];
    }
    const rows = await this.em.find(RepairRequest, where, page.options);
    return toPage(rows, window, (shown) => shown.map((r) => repairRequestView(r, now)));
  }

  async history(query: GetMaintenanceHistoryV1): Promise<MaintenanceHistoryView> {
    const r = await this.em.findOne(RepairRequest, { id: query.id });
    if (!r) throw DomainError.notFound('REPAIR_REQUEST_NOT_FOUND');
    return historyOf(this.em, REPAIR_REQUEST_RECORD, r.id, (a) => HISTORY_LABELS[a] ?? a);
  }

  /**
   * MNT-3: a company's or a community's own warranty period for a component. The company's period
   * decides every community's findings, so only a caller who sees every community sets it; anyone else
   * is answered as for a community they cannot see (GEN-5, decision 0260). Each change is archived.
   */
  setWarrantyPeriod(command: SetWarrantyPeriodV1): Promise<WarrantyPeriodView> {
    const actor = CallContext.actor();
    const visible = command.communityId
      ? canAccessCommunity(actor, command.communityId)
      : seesAllCommunities(actor);
    if (!visible) throw DomainError.notFound('COMMUNITY_NOT_FOUND');
    const scope = command.communityId ?? COMPANY_WIDE;
    return runCommand(this.em, SetWarrantyPeriod, command, {
      change: async (em) => {
        if (command.communityId) await knownCommunity(em, actor, command.communityId);
        const now = this.clock.now();
        const [before] = await em.execute<{ months: number }[]>(
          `select months from warranty_period
            where company_id = ? and community_id = ? and component = ? for update`,
          [actor.companyId, scope, command.component],
        );
        await em.execute(
          `insert into warranty_period (company_id, community_id, component, months, updated_at)
           values (?, ?, ?, ?, ?)
           on conflict (company_id, community_id, component) do update
             set months = excluded.months, updated_at = excluded.updated_at`,
          [actor.companyId, scope, command.component, command.months, now],
        );
        // GEN-3: who changed which period, when, from what (the default when none was set).
        archive(em, {
          companyId: actor.companyId,
          communityId: scope,
          recordType: WARRANTY_PERIOD_RECORD,
          recordId: `${scope}:${command.component}`,
          action: 'set',
          changes: {
            component: command.component,
            months: {
              from: before?.months ?? DEFAULT_WARRANTY_MONTHS[command.component],
              to: command.months,
            },
            ...(before ? {} : { fromDefault: true }),
          },
          at: now,
        });
        return command;
      },
      view: (_, c) => ({
        ...(c.communityId ? { communityId: c.communityId } : {}),
        component: c.component,
        componentLabel: WarrantyComponent.label(c.component),
        months: c.months,
      }),
    });
  }
}

/** MNT-1, MNT-2: `overdueSince(r, now)` is set, as a query. */
function overdueAt(now: Date): FilterQuery<RepairRequest> {
  return {
    progress: { $in: [...CLOCKED_PROGRESS] },
    $or: [
      { onSiteDueAt: { $lt: now }, arrivedAt: null },
      { madeSafeDueAt: { $lt: now }, madeSafeAt: null },
      { surveyDueAt: { $lt: now }, surveyedAt: null },
    ],
  };
}

/** The complement of `overdueAt`, written out: a deadline that is null is neither passed nor unmet. */
function notOverdueAt(now: Date): FilterQuery<RepairRequest> {
  return {
    $or: [
      { progress: { $nin: [...CLOCKED_PROGRESS] } },
      {
        $and: [
          { $or: [{ onSiteDueAt: null }, { onSiteDueAt: { $gte: now } }, { arrivedAt: { $ne: null } }] },
          { $or: [{ madeSafeDueAt: null }, { madeSafeDueAt: { $gte: now } }, { madeSafeAt: { $ne: null } }] },
          { $or: [{ surveyDueAt: { $gte: now } }, { surveyedAt: { $ne: null } }] },
        ],
      },
    ],
  };
}

function sameTrades(a: readonly RepairTrade[], b: readonly RepairTrade[]): boolean {
  return a.length === b.length && a.every((t) => b.includes(t));
}

/** The request, locked for the rest of the transaction; 404 outside the caller's scope (GEN-5). */
export function lockRequest(em: EntityManager, id: string): Promise<RepairRequest> {
  return lockRecord(em, RepairRequest, id, 'REPAIR_REQUEST_NOT_FOUND');
}

/** MNT-1, MNT-2: nothing is done about a request before it was received. */
function received(r: RepairRequest): NotBefore {
  return { at: r.receivedAt, what: 'the request was received' };
}

function transition(r: RepairRequest, action: string): DomainError {
  return new DomainError(
    'INVALID_STATE_TRANSITION',
    `报修单当前状态为“${RepairProgress.label(r.progress)}”，不能${HISTORY_LABELS[action] ?? action}`,
    { status: r.progress, statusLabel: RepairProgress.label(r.progress), action },
  );
}

/** A unit the replica knows elsewhere is refused; one it does not know yet is taken on trust (decision 0082). */
async function assertUnitIn(em: EntityManager, unitId: string, companyId: string, communityId: string) {
  const unit = await em.findOne(UnitReplica, { unitId }, { filters: false });
  if (unit && (unit.companyId !== companyId || unit.communityId !== communityId)) {
    throw DomainError.validation([{ field: 'unitId', message: 'unitId is not a unit of this community' }]);
  }
}
