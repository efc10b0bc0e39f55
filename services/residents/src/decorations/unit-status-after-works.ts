import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { UnitStatus } from '@pcs/contracts';
import { archiveRecord, type Outbox } from '@pcs/platform';
import { lockUnit } from '../units/unit-lock.js';
import { changeUnitStatus } from '../units/unit-status.js';
import { Decoration } from './decoration.entity.js';
import { WORKS_STATUSES } from './decoration.state.js';
import { DECORATION_RECORD } from './decoration.view.js';

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
      archiveRecord(em, DECORATION_RECORD, works, {
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
