import { archive } from '@pcs/platform';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, type UnitStatus } from '@pcs/contracts';
import type { Outbox } from '@pcs/platform';
import { changeUnitStatus } from '../units/unit-status.js';
import { Unit } from '../units/unit.entity.js';
import { Decoration } from './decoration.entity.js';
import { DECORATION_RECORD } from './decoration.view.js';
import { WORKS_STATUSES } from './decoration.state.js';

/** The unit as the caller sees it; outside their company or communities it does not exist (GEN-5). */
export async function findUnit(em: EntityManager, unitId: string): Promise<Unit> {
  const unit = await em.findOne(Unit, { id: unitId });
  if (!unit) throw DomainError.notFound('UNIT_NOT_FOUND');
  return unit;
}

/**
 * The unit as the caller sees it, locked for the rest of the transaction; outside their company or
 * communities it does not exist (GEN-5). Procedures lock a decoration before its unit, never after.
 */
export async function lockUnit(em: EntityManager, unitId: string): Promise<Unit> {
  const unit = await em.findOne(
    Unit,
    { id: unitId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!unit) throw DomainError.notFound('UNIT_NOT_FOUND');
  return unit;
}

/**
 * Move-in and move-out change the unit's status (occupied, vacant). During decoration works the unit
 * stays `decorating` and the new status is the one it returns to when the inspection passes (RES-5).
 * Returns the unit's status afterwards.
 */
export async function changeUnitStatusAfterWorks(
  em: EntityManager,
  outbox: Outbox,
  unitId: string,
  to: UnitStatus,
  reason: string,
): Promise<UnitStatus> {
  const works = await em.findOne(
    Decoration,
    { unitId, status: { $in: [...WORKS_STATUSES] } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  const unit = await lockUnit(em, unitId);
  if (works && unit.status === 'decorating') {
    if (works.unitStatusBefore !== to) {
      archive(em, {
        companyId: works.companyId,
        communityId: works.communityId,
        recordType: DECORATION_RECORD,
        recordId: works.id,
        action: 'unit-status-after-works-changed',
        changes: { unitStatusAfterWorks: { from: works.unitStatusBefore, to } },
        reason,
      });
      works.unitStatusBefore = to;
      works.updatedAt = new Date();
    }
    return unit.status;
  }
  await changeUnitStatus(em, outbox, unit, to, reason);
  return to;
}
