import type { EntityManager } from '@mikro-orm/postgresql';
import { UnitUpdated } from '@pcs/contracts';
import type { Outbox } from '@pcs/platform';
import type { Unit } from './unit.entity.js';

/** `unit.updated`: the unit as it now is, so replicas (billing's areas, maintenance's handover dates) take it. */
export async function publishUnitUpdated(
  em: EntityManager,
  outbox: Outbox,
  unit: Unit,
  changedFields: string[],
  reason: string,
  at: Date,
): Promise<void> {
  await outbox.stage(em, UnitUpdated, {
    aggregateId: unit.id,
    companyId: unit.companyId,
    communityId: unit.communityId,
    time: at,
    data: {
      unitId: unit.id,
      buildingId: unit.buildingId,
      label: unit.label,
      type: unit.type,
      grossAreaCentiM2: unit.grossAreaCentiM2,
      ...(unit.handoverDate ? { handoverDate: unit.handoverDate } : {}),
      changedFields,
      reason,
    },
  });
}
