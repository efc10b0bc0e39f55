import type { EntityManager } from '@mikro-orm/postgresql';
import { PersonUpdated } from '@pcs/contracts';
import { archiveRecord, type Outbox } from '@pcs/platform';
import type { Person } from './person.entity.js';
import { preferencesOf } from './person.view.js';

export type FieldChange = { from: unknown; to: unknown };

export interface PersonChange {
  action: 'updated' | 'preferences-changed';
  /** Field by field, with numbers already masked (GEN-4). */
  changes: Record<string, FieldChange>;
  reason?: string;
}

/**
 * GEN-3, RES-2, RES-7: archives a change to a person and publishes `person.updated` with the
 * preferences now in force, in the caller's transaction. The event carries the reason of a record
 * update; a preference change publishes only the fields and the preferences.
 */
export async function recordPersonChange(
  em: EntityManager,
  outbox: Outbox,
  person: Person,
  change: PersonChange,
): Promise<void> {
  const now = new Date();
  person.updatedAt = now;
  archiveRecord(em, 'person', person, {
    action: change.action,
    changes: change.changes,
    reason: change.reason,
    at: now,
  });
  await outbox.stage(em, PersonUpdated, {
    aggregateId: person.id,
    companyId: person.companyId,
    communityId: person.communityId,
    time: now,
    data: {
      personId: person.id,
      name: person.name,
      changedFields: Object.keys(change.changes),
      preferences: preferencesOf(person),
      ...(change.action === 'updated' ? { reason: change.reason } : {}),
    },
  });
}
