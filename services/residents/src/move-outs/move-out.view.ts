import type { EntityManager } from '@mikro-orm/postgresql';
import { DamageChargeTo, MoveOutStatus, UnitStatus, type MoveOutView } from '@pcs/contracts';
import { NO_NAMES, procedureNames, type ProcedureNames } from '../units/procedure-names.js';
import type { MoveOut } from './move-out.entity.js';

export const MOVE_OUT_RECORD = 'move-out';

export function toMoveOutView(m: MoveOut, names: ProcedureNames = NO_NAMES): MoveOutView {
  return {
    id: m.id,
    communityId: m.communityId,
    unitId: m.unitId,
    unitLabel: names.units.get(m.unitId) ?? '',
    occupancyIds: m.occupancyIds,
    personIds: m.personIds,
    personNames: m.personIds.map((id) => names.people.get(id) ?? ''),
    moveOutDate: m.moveOutDate,
    reason: m.reason,
    status: m.status,
    statusLabel: MoveOutStatus.label(m.status),
    ...(m.inspectedAt ? { inspectedAt: m.inspectedAt.toISOString() } : {}),
    damages: m.damages.map((d) => ({ ...d, chargeToLabel: DamageChargeTo.label(d.chargeTo) })),
    ...(m.completedAt ? { completedAt: m.completedAt.toISOString() } : {}),
    ...(m.vacancyDueOn ? { vacancyDueOn: m.vacancyDueOn } : {}),
    ...(m.unitStatusAfter
      ? { unitStatusAfter: m.unitStatusAfter, unitStatusAfterLabel: UnitStatus.label(m.unitStatusAfter) }
      : {}),
    ...(m.cancelReason ? { cancelReason: m.cancelReason } : {}),
    ...(m.cancelledAt ? { cancelledAt: m.cancelledAt.toISOString() } : {}),
    version: m.version,
  };
}

/** Move-outs as replies show them: with the unit's label and the leavers' names (one read each). */
export async function moveOutViews(em: EntityManager, moveOuts: readonly MoveOut[]): Promise<MoveOutView[]> {
  const names = await procedureNames(
    em,
    moveOuts.map((m) => m.unitId),
    moveOuts.flatMap((m) => m.personIds),
  );
  return moveOuts.map((m) => toMoveOutView(m, names));
}

export async function moveOutView(em: EntityManager, m: MoveOut): Promise<MoveOutView> {
  const names = await procedureNames(em, [m.unitId], m.personIds);
  return toMoveOutView(m, names);
}
