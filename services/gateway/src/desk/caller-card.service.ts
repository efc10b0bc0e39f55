import { Injectable } from '@nestjs/common';
import {
  DomainError,
  formatPhone,
  GetCallerHistory,
  GetClearance,
  ListRepairRequests,
  maskPhone,
  SearchPeople,
  TakeIncomingCall,
  type CallerAccountView,
  type CallerCardView,
  type CallerHistoryView,
  type CallerHouseholdView,
  type CallerPersonView,
  type CallerRepairView,
  type ClearanceView,
  type GetCallerCardV1,
  type Page,
  type PersonView,
  type RepairRequestView,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';

/** The most households one card shows: a number shared by more is a switchboard, not a household. */
const MAX_HOUSEHOLDS = 10;
/** The optional parts wait this long; a slow service leaves its part out rather than the desk waiting. */
const PART_TIMEOUT_MS = 2_000;
/** Where a due date is read (the card answers before it knows the community's zone). */
const ACCOUNT_ZONE = 'Asia/Shanghai';

type Part = 'residents' | 'complaints' | 'maintenance' | 'billing';

/**
 * DESK-3: the caller card, composed from the owning services over the bus, each under the caller's
 * own identity, so each applies its scope (GEN-5) and masking (GEN-4): residents find the people and
 * their units by the number, then complaints (open entries, recent contacts, flags, incidents),
 * maintenance (open repairs) and billing (what each unit owes) answer side by side. A part that fails
 * or is slow is listed in `unavailable`; the rest of the card is still shown.
 */
@Injectable()
export class CallerCardService {
  constructor(private readonly bus: BusClient) {}

  /** DESK-3: the desk takes a ringing call (first come, first served) and sees its card. */
  async takeCall(incomingCallId: string): Promise<CallerCardView> {
    const taken = await this.bus.request(TakeIncomingCall, { incomingCallId });
    const card = await this.card({ phone: taken.number, communityId: taken.call.communityId });
    return { ...card, incomingCall: taken.call };
  }

  async card(query: GetCallerCardV1, now = new Date()): Promise<CallerCardView> {
    const unavailable = new Set<Part>();
    let firstFailure: unknown;
    const part = async <T>(name: Part, call: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await call();
      } catch (error) {
        // GEN-5: a community outside the caller's scope or unknown is no outage: 404 (decision 0299).
        if (error instanceof DomainError && error.code === 'COMMUNITY_NOT_FOUND') throw error;
        // A unit billing has never heard of owes nothing; anything else makes the part unavailable.
        if (error instanceof DomainError && error.code.endsWith('_NOT_FOUND') && name === 'billing')
          return undefined;
        unavailable.add(name);
        firstFailure ??= error;
        return undefined;
      }
    };
    const options = { timeoutMs: PART_TIMEOUT_MS };
    const page = await part('residents', () =>
      this.bus.request(
        SearchPeople,
        { phone: query.phone, ...(query.communityId ? { communityId: query.communityId } : {}), limit: 20 },
        options,
      ),
    );
    const shown = communityFilter(query.communityId);
    const people = personViews(page).filter((p) => shown(p.communityId));
    const households = householdsOf(people);
    const unitIds = households.map((h) => h.unitId);
    const [history, repairs, accounts] = await Promise.all([
      part('complaints', () =>
        this.bus.request(
          GetCallerHistory,
          {
            phone: query.phone,
            ...(unitIds.length ? { unitIds } : {}),
            ...(query.communityId ? { communityId: query.communityId } : {}),
          },
          options,
        ),
      ),
      Promise.all(
        unitIds.map((unitId) =>
          part('maintenance', () =>
            this.bus.request(ListRepairRequests, { unitId, open: 'true', limit: 10 }, options),
          ),
        ),
      ),
      Promise.all(
        unitIds.map((unitId) => part('billing', () => this.bus.request(GetClearance, { unitId }, options))),
      ),
    ]);
    // Neither who it is nor what they called about: there is no card, only the failure (503, 504).
    if (unavailable.has('residents') && unavailable.has('complaints')) throw firstFailure;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: ACCOUNT_ZONE }).format(now);
    const complaints = historyOf(history);
    const buildings = new Map(complaints.units.map((u) => [u.unitId, u.buildingId]));
    return {
      phone: maskPhone(formatPhone(query.phone) ?? query.phone),
      lookedUpAt: now.toISOString(),
      people,
      households: households.map((h, i) => ({
        ...h,
        ...(buildings.get(h.unitId) ? { buildingId: buildings.get(h.unitId) } : {}),
        openRepairs: repairViews(repairs[i]),
        ...(accountOf(accounts[i], today) ? { account: accountOf(accounts[i], today) } : {}),
      })),
      openEntries: complaints.openEntries,
      recentContacts: complaints.recentContacts,
      flags: complaints.flags,
      incidents: complaints.incidents,
      registerEntry: draftOf(query, people, households),
      unavailable: [...unavailable].sort(),
    };
  }
}

function communityFilter(communityId: string | undefined): (c: string) => boolean {
  return (c) => !communityId || c === communityId;
}

function personViews(page: Page<PersonView> | undefined): CallerPersonView[] {
  return (page?.items ?? []).map((p) => ({
    personId: p.id,
    name: p.name,
    communityId: p.communityId,
    phone: p.phone,
    // The roles held now: an ended occupancy is history, not who is calling.
    roles: (p.occupancies ?? [])
      .filter((o) => !o.endDate)
      .map((o) => ({ unitId: o.unitId, unitLabel: o.unitLabel, role: o.role, roleLabel: o.roleLabel })),
  }));
}

function householdsOf(people: CallerPersonView[]): Omit<CallerHouseholdView, 'openRepairs'>[] {
  const units = new Map<string, Omit<CallerHouseholdView, 'openRepairs'>>();
  for (const person of people) {
    for (const role of person.roles) {
      if (!units.has(role.unitId)) {
        units.set(role.unitId, {
          unitId: role.unitId,
          unitLabel: role.unitLabel,
          communityId: person.communityId,
        });
      }
    }
  }
  return [...units.values()].slice(0, MAX_HOUSEHOLDS);
}

function historyOf(history: CallerHistoryView | undefined): CallerHistoryView {
  return {
    units: history?.units ?? [],
    openEntries: history?.openEntries ?? [],
    recentContacts: history?.recentContacts ?? [],
    complaintsInWindow: history?.complaintsInWindow ?? 0,
    flags: history?.flags ?? [],
    incidents: history?.incidents ?? [],
  };
}

function repairViews(page: Page<RepairRequestView> | undefined): CallerRepairView[] {
  return (page?.items ?? []).map((r) => ({
    repairRequestId: r.id,
    number: r.number,
    progress: r.progress,
    progressLabel: r.progressLabel,
    urgency: r.urgency,
    description: r.description,
    receivedAt: r.receivedAt,
  }));
}

/** BIL-11: what the unit owes, and how much of it was due before today. */
function accountOf(clearance: ClearanceView | undefined, today: string): CallerAccountView | undefined {
  if (!clearance) return undefined;
  return {
    clear: clearance.clear,
    owedFen: clearance.totalOwedFen,
    overdueFen: (clearance.openItems ?? [])
      .filter((item) => item.dueDate !== undefined && item.dueDate < today)
      .reduce((sum, item) => sum + item.amountFen, 0),
  };
}

/**
 * CMP-1: the entry the card starts. What is certain is filled in: the number the desk looked up,
 * the community, and the person and unit when the number names exactly one.
 */
function draftOf(
  query: GetCallerCardV1,
  people: CallerPersonView[],
  households: Omit<CallerHouseholdView, 'openRepairs'>[],
): CallerCardView['registerEntry'] {
  const only = <T>(items: T[]): T | undefined => (items.length === 1 ? items[0] : undefined);
  const person = only(people);
  const household = only(households);
  const communities = [...new Set(people.map((p) => p.communityId))];
  const communityId = query.communityId ?? only(communities);
  return {
    ...(communityId ? { communityId } : {}),
    channel: 'call',
    customer: {
      ...(person ? { surname: [...person.name][0] } : {}),
      phone: formatPhone(query.phone) ?? query.phone,
    },
    ...(household ? { unitId: household.unitId } : {}),
    ...(person ? { personId: person.personId } : {}),
  };
}
