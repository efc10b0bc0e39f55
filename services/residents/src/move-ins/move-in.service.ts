import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  AcknowledgeMoveIn,
  CompleteMoveIn,
  DomainError,
  RecordMoveInKeys,
  StartMoveIn,
  UnitMovedIn,
  type ChargeRequestStatus,
  type CompleteMoveInV1,
  type KeyHandoverV1,
  type MoveInRefV1,
  type MoveInView,
  type RecordKeysHandedOverV1,
  type RecordMoveInAcknowledgementsV1,
  type StartMoveInV1,
} from '@pcs/contracts';
import { archiveRecord, lockRecord, newId, Outbox, runCommand, type RecordEntry } from '@pcs/platform';
import { BillingQueries } from '../billing/billing-queries.js';
import { ChargeRequest } from '../billing/charge-request.entity.js';
import { raiseChargeRequest } from '../billing/charge-requests.js';
import { changeUnitStatusAfterWorks } from '../decorations/unit-status-after-works.js';
import { lockUnit } from '../units/unit-lock.js';
import { Person } from '../people/person.entity.js';
import { currentOccupancies } from '../units/current-occupancies.js';
import { MoveIn } from './move-in.entity.js';
import {
  assertMoveInOpen,
  missingMoveInRequirements,
  MoveInRequirement,
  type MoveInFacts,
} from './move-in.state.js';
import { MOVE_IN_RECORD, toMoveInView } from './move-in.view.js';

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
      change: async (em) => {
        if (new Set(command.ownerPersonIds).size !== command.ownerPersonIds.length) {
          throw DomainError.validation([
            { field: 'ownerPersonIds', message: 'ownerPersonIds must not name a person twice' },
          ]);
        }
        // Locked: starts for one unit queue, so two cannot both find no open move-in.
        const unit = await lockUnit(em, command.unitId);
        const owners = new Set(
          (await currentOccupancies(em, unit.id)).filter((o) => o.role === 'owner').map((o) => o.personId),
        );
        const [payer] = command.ownerPersonIds;
        const notOwners = command.ownerPersonIds.filter((id) => !owners.has(id));
        if (payer === undefined || notOwners.length > 0) {
          const names = await personNames(em, notOwners);
          throw new DomainError(
            'BUSINESS_RULE_VIOLATED',
            `以下人员不是该房屋的现业主：${notOwners.map((id) => names.get(id) ?? id).join('、')}`,
            { field: 'ownerPersonIds', personIds: notOwners },
          );
        }
        const open = await em.findOne(MoveIn, { unitId: unit.id, status: 'open' });
        if (open) {
          throw new DomainError('BUSINESS_RULE_VIOLATED', '该房屋已有办理中的入住手续', {
            moveInId: open.id,
          });
        }
        const now = new Date();
        const id = newId();
        const request = await raiseChargeRequest(em, this.outbox, {
          companyId: unit.companyId,
          communityId: unit.communityId,
          unitId: unit.id,
          purpose: 'move-in',
          reference: { kind: 'move-in', id },
          payerPersonId: payer,
          items: [{ code: 'move-in-fees', description: `入住费用（${unit.label}）` }],
          at: now,
        });
        const moveIn = em.create(MoveIn, {
          id,
          companyId: unit.companyId,
          communityId: unit.communityId,
          unitId: unit.id,
          ownerPersonIds: command.ownerPersonIds,
          plannedDate: command.plannedDate,
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
            ownerPersonIds: command.ownerPersonIds,
            plannedDate: command.plannedDate,
            chargeRequestId: request.id,
          },
          at: now,
        });
        return moveIn;
      },
      view: (em, m) => this.view(em, m),
    });
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
   * are recorded, and billing (asked now, not assumed) says the move-in charges are settled;
   * otherwise MOVE_IN_INCOMPLETE lists what is missing and nothing changes.
   */
  complete(command: CompleteMoveInV1): Promise<MoveInView> {
    return runCommand(this.em, CompleteMoveIn, command, {
      change: async (em) => {
        const m = await lockMoveIn(em, command.moveInId);
        assertMoveInOpen(m.status, 'complete');
        const chargeStatus = await this.billing.chargeRequestStatus(m.chargeRequestId);
        const facts = await this.facts(em, m, chargeStatus);
        const missing = missingMoveInRequirements(facts);
        if (missing.length > 0) {
          throw new DomainError(
            'MOVE_IN_INCOMPLETE',
            `入住手续尚未办齐：${missing.map((c) => MoveInRequirement.label(c)).join('、')}`,
            {
              missing,
              ...(facts.ownersWithoutIdentity.length > 0
                ? { ownersWithoutIdentity: [...facts.ownersWithoutIdentity] }
                : {}),
            },
          );
        }
        const charge = await em.findOne(ChargeRequest, { id: m.chargeRequestId });
        if (charge && charge.status !== 'settled') {
          archiveRecord(em, 'charge-request', charge, {
            action: 'settled',
            changes: { status: { from: charge.status, to: 'settled' } },
            reason: '办结入住时计费服务确认已缴清',
          });
          charge.status = 'settled';
          charge.updatedAt = new Date();
        }
        const movedInAt = new Date(command.movedInAt);
        m.status = 'completed';
        m.movedInAt = movedInAt;
        this.touch(em, m, {
          action: 'completed',
          changes: { status: { from: 'open', to: 'completed' }, movedInAt: movedInAt.toISOString() },
        });
        await changeUnitStatusAfterWorks(em, this.outbox, m.unitId, 'occupied', '业主办结入住手续');
        await this.outbox.stage(em, UnitMovedIn, {
          aggregateId: m.id,
          companyId: m.companyId,
          communityId: m.communityId,
          data: {
            moveInId: m.id,
            unitId: m.unitId,
            ownerPersonIds: m.ownerPersonIds,
            movedInAt: movedInAt.toISOString(),
          },
        });
        return m;
      },
      view: (em, m) => this.view(em, m),
    });
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
    return toMoveInView(m, chargeStatus, missingMoveInRequirements(await this.facts(em, m, chargeStatus)));
  }

  private async facts(em: EntityManager, m: MoveIn, chargeStatus: ChargeRequestStatus): Promise<MoveInFacts> {
    const people = await em.find(Person, { id: { $in: m.ownerPersonIds } });
    const identified = new Set(people.filter((p) => p.idDocumentType && p.idNumber).map((p) => p.id));
    return {
      ownersWithoutIdentity: m.ownerPersonIds.filter((id) => !identified.has(id)),
      handbookAcknowledged: m.handbookAcknowledged,
      decorationRulesAcknowledged: m.decorationRulesAcknowledged,
      keysRecorded: m.keys.length > 0,
      chargeStatus,
    };
  }

  private touch(em: EntityManager, m: MoveIn, entry: RecordEntry): void {
    m.updatedAt = new Date();
    archiveRecord(em, MOVE_IN_RECORD, m, entry);
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
