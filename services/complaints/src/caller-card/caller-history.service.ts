import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  CALLER_FLAG_RULES,
  DISSATISFIED,
  phoneDigits,
  type CallerHistoryView,
  type GetCallerHistoryV1,
} from '@pcs/contracts';
import { CallContext, Clock, knownCommunity } from '@pcs/platform';
import { SUMMARY_FIELDS, toComplaintSummary } from '../complaints/complaint-summary.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { UNRESOLVED_STATUSES } from '../complaints/complaint.state.js';
import { Incident } from '../incidents/incident.entity.js';
import { incidentView } from '../incidents/incident.view.js';
import { UnitReplica } from '../replicas/unit-replica.entity.js';
import { callerFlags } from './caller-flags.js';

const DAY_MS = 86_400_000;

/**
 * DESK-3: the register's part of the caller card, for a number and the units it belongs to. Every
 * read goes through the tenant filter: nothing of a community the caller may not see (GEN-5), and
 * entries as summaries without the customer's details (GEN-4).
 */
@Injectable()
export class CallerHistoryService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async history(query: GetCallerHistoryV1): Promise<CallerHistoryView> {
    const now = this.clock.now();
    // GEN-5: the card of one community shows that community's history only (decision 0299).
    const community = query.communityId
      ? (await knownCommunity(this.em, CallContext.actor(), query.communityId)).communityId
      : undefined;
    const inCommunity = community ? { communityId: community } : {};
    const digits = query.phone ? phoneDigits(query.phone) : undefined;
    const units = query.unitIds?.length
      ? await this.em.find(
          UnitReplica,
          { unitId: { $in: query.unitIds }, ...inCommunity },
          { orderBy: { label: 'asc' } },
        )
      : [];
    const matches: FilterQuery<Complaint>[] = [];
    if (digits) matches.push({ phoneDigits: digits, ...inCommunity });
    if (units.length) matches.push({ unitId: { $in: units.map((u) => u.unitId) } });
    const unitViews = units.map((u) => ({
      unitId: u.unitId,
      communityId: u.communityId,
      buildingId: u.buildingId,
      label: u.label,
    }));
    if (matches.length === 0) {
      return {
        units: unitViews,
        openEntries: [],
        recentContacts: [],
        complaintsInWindow: 0,
        flags: [],
        incidents: [],
      };
    }
    const mine: FilterQuery<Complaint> = { $or: matches };
    const since = (days: number) => new Date(now.getTime() - days * DAY_MS);
    const [open, recent, complaintsInWindow, majorInYear, dissatisfiedVisits, buildings] = await Promise.all([
      this.em.find(
        Complaint,
        { ...mine, status: { $in: [...UNRESOLVED_STATUSES] } },
        { fields: [...SUMMARY_FIELDS], orderBy: { receivedAt: 'asc', id: 'asc' }, limit: 20 },
      ),
      this.em.find(Complaint, mine, { fields: [...SUMMARY_FIELDS], orderBy: { id: 'desc' }, limit: 10 }),
      this.em.count(Complaint, {
        ...mine,
        kind: 'complaint',
        status: { $ne: 'merged' },
        receivedAt: { $gt: since(CALLER_FLAG_RULES.repeatWindowDays) },
      }),
      this.em.count(Complaint, {
        ...mine,
        major: true,
        receivedAt: { $gt: since(CALLER_FLAG_RULES.majorWindowDays) },
      }),
      this.em.count(Complaint, {
        ...mine,
        satisfaction: { $in: [...DISSATISFIED] },
        visitedAt: { $gt: since(CALLER_FLAG_RULES.repeatWindowDays) },
      }),
      // The buildings the number called about lately, for incidents when it matches no resident.
      this.em.find(
        Complaint,
        { ...mine, buildingId: { $ne: null }, receivedAt: { $gt: since(CALLER_FLAG_RULES.majorWindowDays) } },
        { fields: ['id', 'communityId', 'buildingId'], orderBy: { id: 'desc' }, limit: 50 },
      ),
    ]);
    const places = new Map<string, Set<string>>();
    const note = (communityId: string, buildingId: string) =>
      places.set(communityId, (places.get(communityId) ?? new Set()).add(buildingId));
    for (const u of units) note(u.communityId, u.buildingId);
    for (const c of buildings) if (c.buildingId) note(c.communityId, c.buildingId);
    return {
      units: unitViews,
      openEntries: open.map(toComplaintSummary),
      recentContacts: recent.map(toComplaintSummary),
      complaintsInWindow,
      flags: callerFlags({
        complaintsInWindow,
        majorInYear,
        escalatedOpen: open.filter((c) => c.escalationLevel > 0).length,
        dissatisfiedVisits,
      }),
      incidents: (await this.activeIncidents(places)).map(incidentView),
    };
  }

  /** Active incidents of those communities that affect one of those buildings or the whole community. */
  private async activeIncidents(places: Map<string, Set<string>>): Promise<Incident[]> {
    if (places.size === 0) return [];
    const active = await this.em.find(
      Incident,
      { communityId: { $in: [...places.keys()] }, status: 'active' },
      { orderBy: { id: 'desc' }, limit: 50 },
    );
    return active.filter(
      (i) => i.wholeCommunity || i.buildingIds.some((b) => places.get(i.communityId)?.has(b)),
    );
  }
}
