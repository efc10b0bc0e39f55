import type { EntityManager } from '@mikro-orm/postgresql';
import type { MaintenanceHistoryView } from '@pcs/contracts';
import { RecordHistory } from '@pcs/platform';

/** The system, as the archive names it when an event or a clock acts (GEN-3). */
export const MAINTENANCE_SYSTEM = { sub: 'system:maintenance', name: '维修系统' };

/** GEN-3: a record's history, oldest first, with each action's Chinese label. */
export async function historyOf(
  em: EntityManager,
  recordType: string,
  recordId: string,
  label: (action: string) => string,
): Promise<MaintenanceHistoryView> {
  const rows = await em.find(RecordHistory, { recordType, recordId }, { orderBy: { at: 'asc', id: 'asc' } });
  return {
    recordId,
    entries: rows.map((r) => ({
      id: r.id,
      action: r.action,
      actionLabel: label(r.action),
      actorId: r.actorId,
      actorName: r.actorName,
      at: r.at.toISOString(),
      ...(r.changes ? { changes: r.changes } : {}),
      ...(r.reason ? { reason: r.reason } : {}),
    })),
  };
}

/** GEN-3: what changed, as plain values (instants as ISO strings). */
export function plainChanges(changes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(changes).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
  );
}

/** Drops the keys whose value is undefined or null, so optional fields are absent in views. */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
}

export const iso = (d: Date | null | undefined): string | undefined => (d ? d.toISOString() : undefined);
