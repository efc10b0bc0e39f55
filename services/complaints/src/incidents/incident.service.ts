import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  AttachIncidentComplaints,
  CloseIncident,
  DomainError,
  IncidentClosed,
  IncidentOpened,
  OpenIncident,
  OpenIncidentFromWarning,
  type Actor,
  type AttachIncidentComplaintsV1,
  type CloseIncidentV1,
  type GetIncidentV1,
  type IncidentCause,
  type IncidentDetailsV1,
  type IncidentView,
  type ListIncidentsV1,
  type OpenIncidentFromWarningV1,
  type OpenIncidentV1,
  type Page,
} from '@pcs/contracts';
import {
  archiveRecord,
  CallContext,
  Clock,
  CommunityTimeZones,
  lockRecord,
  newId,
  nextRecordNumber,
  Outbox,
  pageQuery,
  pageWindow,
  runCommand,
  toPage,
  knownCommunity,
} from '@pcs/platform';
import { refuseBeyondHorizon } from '../complaints/complaint.rules.js';
import { EarlyWarning } from './early-warning.entity.js';
import { EARLY_WARNING_RECORD } from './early-warnings.js';
import { attachComplaints } from './incident-complaints.js';
import { Incident } from './incident.entity.js';
import { incidentView } from './incident.view.js';
import { listedCommunity } from '../replicas/listed-community.js';

export const INCIDENT_RECORD = 'incident';

interface IncidentScope {
  communityId: string;
  cause: IncidentCause;
  buildingIds: string[];
  complaintIds: string[];
  warningId?: string;
}

/** CMP-15: incidents: opened for an outage or from a warning, complaints attached, closed once. */
@Injectable()
export class IncidentService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly communities: CommunityTimeZones,
    private readonly clock: Clock,
  ) {}

  open(command: OpenIncidentV1): Promise<IncidentView> {
    const actor = CallContext.actor();
    return runCommand(this.em, OpenIncident, command, {
      load: (em) => knownCommunity(em, actor, command.communityId),
      change: (em) =>
        this.create(em, actor, command, {
          communityId: command.communityId,
          cause: command.cause,
          buildingIds: command.buildingIds,
          complaintIds: command.complaintIds ?? [],
        }),
      view: (_em, incident) => incidentView(incident),
    });
  }

  /** CMP-11 → CMP-15: the warning's building, and those of its complaints still open, in one step. */
  openFromWarning(command: OpenIncidentFromWarningV1): Promise<IncidentView> {
    const actor = CallContext.actor();
    return runCommand(this.em, OpenIncidentFromWarning, command, {
      load: (em) => lockRecord(em, EarlyWarning, command.warningId, 'EARLY_WARNING_NOT_FOUND'),
      change: async (em, warning) => {
        if (warning.status !== 'open') {
          throw new DomainError(
            'INVALID_STATE_TRANSITION',
            warning.status === 'incident' ? '预警已转为突发事件' : '预警已处理，不能再转为突发事件',
            { status: warning.status, incidentId: warning.incidentId },
          );
        }
        const incident = await this.create(em, actor, command, {
          communityId: warning.communityId,
          cause: command.cause ?? 'early-warning',
          buildingIds: [warning.buildingId],
          complaintIds: warning.complaints.map((c) => c.id),
          warningId: warning.id,
        });
        const now = incident.openedAt;
        warning.status = 'incident';
        warning.incidentId = incident.id;
        warning.actions = [
          ...warning.actions,
          {
            at: now.toISOString(),
            byId: actor.sub,
            byName: actor.name,
            note: `转为突发事件 ${incident.number}`,
          },
        ];
        warning.updatedAt = now;
        archiveRecord(em, EARLY_WARNING_RECORD, warning, {
          action: 'incident-opened',
          changes: { status: 'incident', incidentId: incident.id },
          at: now,
        });
        return incident;
      },
      view: (_em, incident) => incidentView(incident),
    });
  }

  attach(command: AttachIncidentComplaintsV1): Promise<IncidentView> {
    return runCommand(this.em, AttachIncidentComplaints, command, {
      load: (em) => this.lockActive(em, command.incidentId, '已关闭的突发事件不能再关联投诉'),
      change: async (em, incident) => {
        const now = this.clock.now();
        await attachComplaints(em, incident, command.complaintIds, { strict: true, now });
        incident.updatedAt = now;
        return incident;
      },
      view: (_em, incident) => incidentView(incident),
    });
  }

  /** Closing records what was done; the complaints are resolved from `incident.closed` (once). */
  close(command: CloseIncidentV1): Promise<IncidentView> {
    const actor = CallContext.actor();
    return runCommand(this.em, CloseIncident, command, {
      load: (em) => this.lockActive(em, command.incidentId, '突发事件已关闭'),
      change: async (em, incident) => {
        const now = this.clock.now();
        Object.assign(incident, {
          status: 'closed',
          closedAt: now,
          closedById: actor.sub,
          closedByName: actor.name,
          measures: command.measures,
          result: command.result,
          updatedAt: now,
        });
        archiveRecord(em, INCIDENT_RECORD, incident, {
          action: 'closed',
          changes: { status: 'closed', measures: command.measures, result: command.result },
          at: now,
        });
        await this.outbox.stage(em, IncidentClosed, {
          aggregateId: incident.id,
          companyId: incident.companyId,
          communityId: incident.communityId,
          time: now,
          data: {
            incidentId: incident.id,
            number: incident.number,
            communityId: incident.communityId,
            measures: command.measures,
            result: command.result,
            closedBy: { staffId: actor.sub, name: actor.name },
            closedAt: now.toISOString(),
          },
        });
        return incident;
      },
      view: (_em, incident) => incidentView(incident),
    });
  }

  async get(query: GetIncidentV1): Promise<IncidentView> {
    const incident = await this.em.findOne(Incident, { id: query.id });
    if (!incident) throw DomainError.notFound('INCIDENT_NOT_FOUND');
    return incidentView(incident);
  }

  async list(query: ListIncidentsV1): Promise<Page<IncidentView>> {
    const window = pageWindow(query);
    const page = pageQuery(window, 'desc');
    const where: FilterQuery<Incident> = { ...page.where };
    // GEN-5: a community outside the caller's scope or unknown is 404, not an empty list (decision 0302).
    if (query.communityId) where.communityId = await listedCommunity(this.em, query.communityId);
    if (query.status) where.status = query.status;
    if (query.buildingId) {
      where.$or = [{ wholeCommunity: true }, { buildingIds: { $contains: [query.buildingId] } }];
    }
    const rows = await this.em.find(Incident, where, page.options);
    return toPage(rows, window, (shown) => shown.map(incidentView));
  }

  private async lockActive(em: EntityManager, id: string, refusal: string): Promise<Incident> {
    const incident = await lockRecord(em, Incident, id, 'INCIDENT_NOT_FOUND');
    if (incident.status !== 'active') {
      throw new DomainError('INVALID_STATE_TRANSITION', refusal, { status: incident.status });
    }
    return incident;
  }

  /**
   * A new incident with its number (GEN-2), its households counted from the unit replica, its
   * complaints attached, and the one notice (`incident.opened`) staged (CMP-15).
   */
  private async create(
    em: EntityManager,
    actor: Actor,
    details: IncidentDetailsV1,
    scope: IncidentScope,
  ): Promise<Incident> {
    const now = this.clock.now();
    if (details.expectedEndAt) {
      // CMP-15: the households' notice says when it ends: after the incident opens (decision 0300).
      if (new Date(details.expectedEndAt) <= now) {
        throw DomainError.validation([
          { field: 'expectedEndAt', message: 'expectedEndAt must be after the incident opens' },
        ]);
      }
      refuseBeyondHorizon(new Date(details.expectedEndAt), now, 'expectedEndAt');
    }
    const { communityId, buildingIds } = scope;
    const householdCount = await this.households(em, actor.companyId, communityId, buildingIds);
    const timeZone = await this.communities.timeZoneOf(em, actor.companyId, communityId);
    const { number } = await nextRecordNumber(em, {
      companyId: actor.companyId,
      communityId,
      record: 'incident',
      at: now,
      timeZone,
    });
    const incident = em.create(Incident, {
      id: newId(),
      number,
      companyId: actor.companyId,
      communityId,
      buildingIds,
      wholeCommunity: buildingIds.length === 0,
      cause: scope.cause,
      title: details.title,
      description: details.description,
      notice: details.notice,
      expectedEndAt: details.expectedEndAt ? new Date(details.expectedEndAt) : null,
      status: 'active',
      warningId: scope.warningId ?? null,
      householdCount,
      complaintCount: 0,
      resolvedComplaintCount: 0,
      openedAt: now,
      openedById: actor.sub,
      openedByName: actor.name,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    // From a warning, what is no longer open is left out; complaints named by the desk must all attach.
    await attachComplaints(em, incident, scope.complaintIds, { strict: !scope.warningId, now });
    archiveRecord(em, INCIDENT_RECORD, incident, {
      action: 'opened',
      changes: {
        number,
        cause: scope.cause,
        buildingIds,
        householdCount,
        complaintCount: incident.complaintCount,
      },
      at: now,
    });
    await this.outbox.stage(em, IncidentOpened, {
      aggregateId: incident.id,
      companyId: incident.companyId,
      communityId,
      time: now,
      data: {
        incidentId: incident.id,
        number,
        communityId,
        buildingIds,
        cause: scope.cause,
        title: details.title,
        notice: details.notice,
        householdCount,
        openedAt: now.toISOString(),
      },
    });
    return incident;
  }

  /**
   * The households the notice goes to: the units complaints knows in the affected buildings. A
   * building it knows no unit of is refused, naming it: a typo must not send a notice to nobody.
   */
  private async households(
    em: EntityManager,
    companyId: string,
    communityId: string,
    buildingIds: string[],
  ): Promise<number> {
    const rows = await em.execute<{ building_id: string; units: string }[]>(
      `select building_id, count(*) as units from unit_replica
       where company_id = ? and community_id = ?
       ${buildingIds.length ? `and building_id in (${buildingIds.map(() => '?').join(', ')})` : ''}
       group by building_id`,
      [companyId, communityId, ...buildingIds],
    );
    const known = new Set(rows.map((r) => r.building_id));
    const problems = buildingIds
      .map((id, i) => ({ id, i }))
      .filter(({ id }) => !known.has(id))
      .map(({ id, i }) => ({
        field: `buildingIds[${i}]`,
        message: `${id} is not a building of ${communityId}`,
      }));
    if (problems.length) throw DomainError.validation(problems);
    return rows.reduce((sum, r) => sum + Number(r.units), 0);
  }
}
