import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  AcknowledgeMoveIn,
  CancelMoveIn,
  CompleteMoveIn,
  DomainError,
  MoveInCancelled,
  MoveInRequested,
  StartTenantMoveIn,
  RecordMoveInKeys,
  StartMoveIn,
  UnitMovedIn,
  type CancelMoveInV1,
  type ChargeRequestStatus,
  type CompleteMoveInV1,
  type KeyHandoverV1,
  type ListMoveInsV1,
  type Page,
  type MoveInRefV1,
  type MoveInView,
  type RecordKeysHandedOverV1,
  type RecordMoveInAcknowledgementsV1,
  type MoveInKind,
  type StartMoveInV1,
  type StartTenantMoveInV1,
} from '@pcs/contracts';
import {
  archiveRecord,
  assertRecordedTime,
  lockRecord,
  newId,
  Outbox,
  pageQuery,
  pageWindow,
  type RecordEntry,
  runCommand,
  toPage,
} from '@pcs/platform';
import { dateRange } from '../history/date-range.js';
import { BillingQueries } from '../billing/billing-queries.js';
import { ChargeRequest } from '../billing/charge-request.entity.js';
import { raiseChargeRequest, withdrawChargeRequest } from '../billing/charge-requests.js';
import { localDateOf } from '@pcs/work-calendar';
import {
  assertWithinPlanHorizon,
  communityTimeZone,
  communityToday,
} from '../communities/community-calendar.js';
import { changeUnitStatusAfterWorks } from '../decorations/unit-status-after-works.js';
import { lockUnit } from '../units/unit-lock.js';
import { MoveOut } from '../move-outs/move-out.entity.js';
import { Occupancy } from '../occupancies/occupancy.entity.js';
import { Person } from '../people/person.entity.js';
import { currentOccupancies } from '../units/current-occupancies.js';
import { MoveIn } from './move-in.entity.js';
import { assertMoveInOpen, missingMoveInRequirements, type MoveInFacts } from './move-in.state.js';
import { procedureNames } from '../units/procedure-names.js';
import {
  MOVE_IN_RECORD,
  moveInIncompleteDetail,
  moveInRequirementWording,
  toMoveInView,
} from './move-in.view.js';
import { HandoverInspection } from '../handover/handover-inspection.entity.js';

interface OpeningSpec {
  kind: MoveInKind;
  unitId: string;
  personIds: string[];
  /** The body field that named them, for errors. */
  field: string;
  plannedDate: string;
  contractDepositFen?: number;
}

/** RES-4: the move-in procedure, completed only when every step is done and billing says paid. */
@Injectable()
export class MoveInService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly billing: BillingQueries,
  ) {}

  /**
   * Opens the move-in of a unit for its current owners and asks billing, once, for the move-in
   * charges (payer: the first owner).
   */
  start(command: StartMoveInV1): Promise<MoveInView> {
    return runCommand(this.em, StartMoveIn, command, {
      change: (em) =>
        this.open(em, {
          kind: 'owner',
          unitId: command.unitId,
          personIds: command.ownerPersonIds,
          field: 'ownerPersonIds',
          plannedDate: command.plannedDate,
        }),
      view: (em, m) => this.view(em, m),
    });
  }

  /**
   * RES-4 for tenants: after the lease is signed (the tenants hold current tenant occupancies), the
   * same procedure, with the contract deposit (合同押金) asked of billing instead of the move-in fees.
   */
  startTenant(command: StartTenantMoveInV1): Promise<MoveInView> {
    return runCommand(this.em, StartTenantMoveIn, command, {
      change: (em) =>
        this.open(em, {
          kind: 'tenant',
          unitId: command.unitId,
          personIds: command.tenantPersonIds,
          field: 'tenantPersonIds',
          plannedDate: command.plannedDate,
          contractDepositFen: command.contractDepositFen,
        }),
      view: (em, m) => this.view(em, m),
    });
  }

  /**
   * A move-in opened by mistake would block the unit for ever: cancelled with a reason, its charge
   * request is withdrawn (billing cancels what is unpaid) and departments are told to stand down.
   */
  cancel(command: CancelMoveInV1): Promise<MoveInView> {
    return runCommand(this.em, CancelMoveIn, command, {
      change: async (em) => {
        const m = await lockMoveIn(em, command.moveInId);
        assertMoveInOpen(m.status, 'cancel');
        const now = new Date();
        m.status = 'cancelled';
        m.cancelReason = command.reason;
        m.cancelledAt = now;
        this.touch(em, m, {
          action: 'cancelled',
          changes: { status: { from: 'open', to: 'cancelled' } },
          reason: command.reason,
          at: now,
        });
        await withdrawChargeRequest(em, this.outbox, m.chargeRequestId, command.reason);
        await this.outbox.stage(em, MoveInCancelled, {
          aggregateId: m.id,
          companyId: m.companyId,
          communityId: m.communityId,
          time: now,
          data: { moveInId: m.id, unitId: m.unitId, reason: command.reason, cancelledAt: now.toISOString() },
        });
        return m;
      },
      view: (em, m) => this.view(em, m),
    });
  }

  private async open(em: EntityManager, spec: OpeningSpec): Promise<MoveIn> {
    const { kind, personIds, field } = spec;
    if (new Set(personIds).size !== personIds.length) {
      throw DomainError.validation([{ field, message: `${field} must not name a person twice` }]);
    }
    // Locked: starts for one unit queue, so two cannot both find no open move-in.
    const unit = await lockUnit(em, spec.unitId);
    assertWithinPlanHorizon({ plannedDate: spec.plannedDate }, await communityToday(em, unit));
    const holdings = await moversHoldings(em, unit.id, kind, personIds, field);
    const [payer] = personIds;
    if (payer === undefined) {
      throw DomainError.validation([{ field, message: `${field} must name at least one person` }]);
    }
    const open = await em.findOne(MoveIn, { unitId: unit.id, status: 'open' });
    if (open) {
      throw new DomainError('BUSINESS_RULE_VIOLATED', '该房屋已有办理中的入住手续', { moveInId: open.id });
    }
    // Decision 222: people who already moved in under their current occupancy do not move in again
    // (their move-in charges would be billed twice). Decision 0275: "under it" is read from when the
    // move-in was opened as well as from the typed movedInAt, so a mistyped date cannot defeat it.
    const timeZone = await communityTimeZone(em, unit);
    const done = await em.find(MoveIn, { unitId: unit.id, kind, status: 'completed' });
    const movedIn = personIds.filter((id) => {
      const since = holdings.get(id)?.startDate ?? '';
      return done.some(
        (m) =>
          m.personIds.includes(id) &&
          (localDateOf(m.createdAt, timeZone) >= since ||
            (m.movedInAt !== undefined && localDateOf(m.movedInAt, timeZone) >= since)),
      );
    });
    if (movedIn.length > 0) {
      const names = await personNames(em, movedIn);
      throw new DomainError(
        'BUSINESS_RULE_VIOLATED',
        `以下人员已办结该房屋的入住手续：${movedIn.map((id) => names.get(id) ?? id).join('、')}`,
        { field, personIds: movedIn },
      );
    }
    const now = new Date();
    const id = newId();
    const request = await raiseChargeRequest(em, this.outbox, {
      companyId: unit.companyId,
      communityId: unit.communityId,
      unitId: unit.id,
      purpose: kind === 'owner' ? 'move-in' : 'tenant-move-in',
      reference: { kind: 'move-in', id },
      payerPersonId: payer,
      items:
        kind === 'owner'
          ? [{ code: 'move-in-fees', description: `入住费用（${unit.label}）` }]
          : [
              {
                code: 'contract-deposit',
                description: `租户合同押金（${unit.label}）`,
                amountFen: spec.contractDepositFen,
              },
            ],
      at: now,
    });
    const moveIn = em.create(MoveIn, {
      id,
      companyId: unit.companyId,
      communityId: unit.communityId,
      unitId: unit.id,
      kind,
      personIds,
      contractDepositFen: spec.contractDepositFen,
      plannedDate: spec.plannedDate,
      status: 'open',
      handbookAcknowledged: false,
      decorationRulesAcknowledged: false,
      keys: [],
      chargeRequestId: request.id,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    archiveRecord(em, MOVE_IN_RECORD, moveIn, {
      action: 'started',
      changes: {
        status: 'open',
        kind,
        personIds,
        plannedDate: spec.plannedDate,
        chargeRequestId: request.id,
        ...(spec.contractDepositFen !== undefined ? { contractDepositFen: spec.contractDepositFen } : {}),
      },
      at: now,
    });
    // The manuals' 工作联系单: departments prepare for the date as soon as the move-in is requested.
    await this.outbox.stage(em, MoveInRequested, {
      aggregateId: moveIn.id,
      companyId: moveIn.companyId,
      communityId: moveIn.communityId,
      time: now,
      data: {
        moveInId: moveIn.id,
        kind,
        unitId: unit.id,
        unitLabel: unit.label,
        plannedDate: spec.plannedDate,
        requestedAt: now.toISOString(),
      },
    });
    return moveIn;
  }

  /** The handbook and the decoration rules handed over (or a correction of what was recorded). */
  acknowledge(command: RecordMoveInAcknowledgementsV1): Promise<MoveInView> {
    return runCommand(this.em, AcknowledgeMoveIn, command, {
      change: async (em) => {
        const m = await lockMoveIn(em, command.moveInId);
        assertMoveInOpen(m.status, 'acknowledge');
        const changes: Record<string, unknown> = {};
        if (m.handbookAcknowledged !== command.handbook) {
          changes['handbookAcknowledged'] = { from: m.handbookAcknowledged, to: command.handbook };
        }
        if (m.decorationRulesAcknowledged !== command.decorationRules) {
          changes['decorationRulesAcknowledged'] = {
            from: m.decorationRulesAcknowledged,
            to: command.decorationRules,
          };
        }
        m.handbookAcknowledged = command.handbook;
        m.decorationRulesAcknowledged = command.decorationRules;
        this.touch(em, m, { action: 'acknowledged', changes });
        return m;
      },
      view: (em, m) => this.view(em, m),
    });
  }

  /** The keys and cards handed over: the whole list, so a repeated call records nothing twice. */
  recordKeys(command: RecordKeysHandedOverV1): Promise<MoveInView> {
    return runCommand(this.em, RecordMoveInKeys, command, {
      change: async (em) => {
        const m = await lockMoveIn(em, command.moveInId);
        assertMoveInOpen(m.status, 'record-keys');
        const keys = sumByKind(command.keys);
        this.touch(em, m, { action: 'keys-recorded', changes: { keys: { from: m.keys, to: keys } } });
        m.keys = keys;
        return m;
      },
      view: (em, m) => this.view(em, m),
    });
  }

  /**
   * RES-4: completes only when every owner's identity is on file, both acknowledgements and the keys
   * are recorded, the unit's handover inspection is recorded (RES-3, decisions 0368 and 0383, for
   * tenants too), and billing (asked now, not assumed) says the move-in charges are settled; otherwise
   * MOVE_IN_INCOMPLETE lists what is missing and nothing changes.
   */
  complete(command: CompleteMoveInV1): Promise<MoveInView> {
    return runCommand(this.em, CompleteMoveIn, command, {
      change: async (em) => {
        const m = await lockMoveIn(em, command.moveInId);
        assertMoveInOpen(m.status, 'complete');
        const movedInAt = new Date(command.movedInAt);
        // Not bounded by the record's start: a move made before the record was kept is entered as of
        // when it happened (demo data, a company's first weeks on the system; decision 0198).
        assertRecordedTime('movedInAt', movedInAt, new Date());
        // RES-4 (decision 0277): the people still hold the occupancy the move-in was opened for.
        const field = m.kind === 'owner' ? 'ownerPersonIds' : 'tenantPersonIds';
        const holdings = await moversHoldings(em, m.unitId, m.kind, m.personIds, field);
        // Decision 0275: nobody moves in before their occupancy began (decision 222 counts from it).
        assertMovedInDuringOccupancy(movedInAt, holdings, await communityTimeZone(em, m));
        const chargeStatus = await this.billing.chargeRequestStatus(m.chargeRequestId);
        const facts = await this.facts(em, m, chargeStatus);
        const missing = missingMoveInRequirements(facts);
        if (missing.length > 0) {
          // Decision 0381: the sentence names what is missing; each step keeps its checklist label.
          throw new DomainError('MOVE_IN_INCOMPLETE', moveInIncompleteDetail(m.kind, missing), {
            missing,
            // Decision 0368: each step named for the desk (Chinese) and the UI developer (English),
            // in the words of the move-in's kind (decision 0381).
            missingSteps: missing.map((code) => {
              const { label, description } = moveInRequirementWording(m.kind, code);
              return { code, label, description };
            }),
            ...(missing.includes('handover') ? { unitId: m.unitId } : {}),
            ...(facts.ownersWithoutIdentity.length > 0
              ? { ownersWithoutIdentity: [...facts.ownersWithoutIdentity] }
              : {}),
          });
        }
        // Locked and re-read: billing's settled notice may be marking it in another transaction
        // right now; reading it unlocked would make this completion fail on a version conflict.
        const charge = await em.findOne(
          ChargeRequest,
          { id: m.chargeRequestId },
          { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
        );
        if (charge && charge.status !== 'settled') {
          archiveRecord(em, 'charge-request', charge, {
            action: 'settled',
            changes: { status: { from: charge.status, to: 'settled' } },
            reason: '办结入住时计费服务确认已缴清',
          });
          charge.status = 'settled';
          charge.updatedAt = new Date();
        }
        m.status = 'completed';
        m.movedInAt = movedInAt;
        this.touch(em, m, {
          action: 'completed',
          changes: { status: { from: 'open', to: 'completed' }, movedInAt: movedInAt.toISOString() },
        });
        await changeUnitStatusAfterWorks(
          em,
          this.outbox,
          m.unitId,
          'occupied',
          m.kind === 'owner' ? '业主办结入住手续' : '租户办结入住手续',
        );
        await this.outbox.stage(em, UnitMovedIn, {
          aggregateId: m.id,
          companyId: m.companyId,
          communityId: m.communityId,
          data: {
            moveInId: m.id,
            unitId: m.unitId,
            ownerPersonIds: m.kind === 'owner' ? m.personIds : [],
            ...(m.kind === 'tenant' ? { tenantPersonIds: m.personIds } : {}),
            movedInAt: movedInAt.toISOString(),
          },
        });
        return m;
      },
      view: (em, m) => this.view(em, m),
    });
  }

  /** Newest first, from the last known charge statuses; another community's are simply not there (GEN-5). */
  async list(query: ListMoveInsV1): Promise<Page<MoveInView>> {
    const planned = dateRange(query);
    const window = pageWindow(query);
    const { where, options } = pageQuery(window, 'desc');
    const rows = await this.em.find(
      MoveIn,
      {
        ...(query.communityId ? { communityId: query.communityId } : {}),
        ...(query.unitId ? { unitId: query.unitId } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
        ...(planned ? { plannedDate: planned } : {}),
        ...where,
      },
      options,
    );
    return toPage(rows, window, (shown) => Promise.all(shown.map((m) => this.view(this.em, m))));
  }

  /** The move-in with what is missing, from the last known charge status (billing is not asked). */
  async get(query: MoveInRefV1): Promise<MoveInView> {
    const m = await this.em.findOne(MoveIn, { id: query.moveInId });
    if (!m) throw DomainError.notFound('MOVE_IN_NOT_FOUND');
    return this.view(this.em, m);
  }

  private async view(em: EntityManager, m: MoveIn): Promise<MoveInView> {
    const charge = await em.findOne(ChargeRequest, { id: m.chargeRequestId });
    const chargeStatus = charge?.status ?? 'unknown';
    return toMoveInView(
      m,
      chargeStatus,
      missingMoveInRequirements(await this.facts(em, m, chargeStatus)),
      await procedureNames(em, [m.unitId], m.personIds),
    );
  }

  private async facts(em: EntityManager, m: MoveIn, chargeStatus: ChargeRequestStatus): Promise<MoveInFacts> {
    const people = await em.find(Person, { id: { $in: m.personIds } });
    const identified = new Set(people.filter((p) => p.idDocumentType && p.idNumber).map((p) => p.id));
    return {
      kind: m.kind,
      ownersWithoutIdentity: m.personIds.filter((id) => !identified.has(id)),
      handbookAcknowledged: m.handbookAcknowledged,
      decorationRulesAcknowledged: m.decorationRulesAcknowledged,
      keysRecorded: m.keys.length > 0,
      // RES-3 (decision 0368): the unit's one handover inspection (decision 0281), whoever of its
      // owners it was recorded with: co-owners accept the unit together, and a later owner (a resale)
      // takes the unit as it was handed over; what they find is a repair request (MNT-1). A tenant
      // moves into a unit its owner accepted: the same inspection (decision 0383).
      handedOver: (await em.count(HandoverInspection, { unitId: m.unitId })) > 0,
      chargeStatus,
    };
  }

  private touch(em: EntityManager, m: MoveIn, entry: RecordEntry): void {
    m.updatedAt = new Date();
    archiveRecord(em, MOVE_IN_RECORD, m, entry);
  }
}

/**
 * RES-4: the current occupancies of the kind (owner or tenant) the people moving in hold on the unit,
 * by person.
 * Someone without one (never, or no longer), or whose occupancy has a completed move-out (ahead of its
 * date, decision 220; decision 0278), does not move in: 422 naming the field and the people.
 */
async function moversHoldings(
  em: EntityManager,
  unitId: string,
  kind: MoveInKind,
  personIds: readonly string[],
  field: string,
): Promise<Map<string, Occupancy>> {
  const holdings = new Map(
    (await currentOccupancies(em, unitId))
      .filter((o) => o.role === kind && personIds.includes(o.personId))
      .map((o) => [o.personId, o]),
  );
  const notHolders = personIds.filter((id) => !holdings.has(id));
  if (notHolders.length > 0) {
    const names = await personNames(em, notHolders);
    throw new DomainError(
      'BUSINESS_RULE_VIOLATED',
      `以下人员不是该房屋的现${kind === 'owner' ? '业主' : '租户'}：${notHolders.map((id) => names.get(id) ?? id).join('、')}`,
      { field, personIds: notHolders },
    );
  }
  const movedOut = (await em.find(MoveOut, { unitId, status: 'completed' })).filter((o) =>
    [...holdings.values()].some((h) => o.occupancyIds.includes(h.id)),
  );
  const leavers = personIds.filter((id) => {
    const held = holdings.get(id);
    return held !== undefined && movedOut.some((o) => o.occupancyIds.includes(held.id));
  });
  if (leavers.length > 0) {
    const names = await personNames(em, leavers);
    throw new DomainError(
      'BUSINESS_RULE_VIOLATED',
      `以下人员已办结迁出，不能再办理入住：${leavers.map((id) => names.get(id) ?? id).join('、')}`,
      { field, personIds: leavers, moveOutIds: movedOut.map((o) => o.id) },
    );
  }
  return holdings;
}

/** Decision 0275: `movedInAt` (its local day) is not before the start of any mover's occupancy. 400 naming it. */
function assertMovedInDuringOccupancy(
  movedInAt: Date,
  holdings: ReadonlyMap<string, Occupancy>,
  timeZone: string,
): void {
  const day = localDateOf(movedInAt, timeZone);
  const latestStart = [...holdings.values()]
    .map((o) => o.startDate)
    .sort()
    .at(-1);
  if (latestStart !== undefined && day < latestStart) {
    throw DomainError.validation([
      {
        field: 'movedInAt',
        message: `movedInAt cannot be before the movers' occupancy began (${latestStart})`,
      },
    ]);
  }
}

function lockMoveIn(em: EntityManager, id: string): Promise<MoveIn> {
  return lockRecord(em, MoveIn, id, 'MOVE_IN_NOT_FOUND');
}

async function personNames(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const people = await em.find(Person, { id: { $in: [...ids] } });
  return new Map(people.map((p) => [p.id, p.name]));
}

/** The same kind listed twice counts once, with both counts. */
function sumByKind(keys: readonly KeyHandoverV1[]): KeyHandoverV1[] {
  const counts = new Map<KeyHandoverV1['kind'], number>();
  for (const k of keys) counts.set(k.kind, (counts.get(k.kind) ?? 0) + k.count);
  return [...counts].map(([kind, count]) => ({ kind, count }));
}
