import type { EntityManager } from '@mikro-orm/postgresql';
import { UnitStatusChanged, type UnitStatus } from '@pcs/contracts';
import { archiveRecord, type Outbox } from '@pcs/platform';
import type { Unit } from './unit.entity.js';

/**
 * Moves a unit to another status (vacant, occupied, decorating) with its archive entry and its
 * `unit.status-changed` event, in the caller's transaction. No-op when it already has that status.
 */
export async function changeUnitStatus(
  em: EntityManager,
  outbox: Outbox,
  unit: Unit,
  to: UnitStatus,
  reason: string,
): Promise<void> {
  const from = unit.status;
  if (from === to) return;
  unit.status = to;
  unit.updatedAt = new Date();
  archiveRecord(em, 'unit', unit, {
    action: 'status-changed',
    changes: { status: { from, to } },
    reason,
  });
  await outbox.stage(em, UnitStatusChanged, {
    aggregateId: unit.id,
    companyId: unit.companyId,
    communityId: unit.communityId,
    data: { unitId: unit.id, from, to },
  });
}
