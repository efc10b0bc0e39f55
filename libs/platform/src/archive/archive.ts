import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@pcs/contracts';
import { CallContext } from '../context/call-context.js';
import { newId } from '../ids/new-id.js';
import { assertInTransaction } from '../persistence/transaction-guard.js';
import { RecordHistory } from './record-history.entity.js';

export interface ArchiveEntry {
  companyId: string;
  communityId: string;
  recordType: string;
  recordId: string;
  action: string;
  /** What changed: new values, or `{ field: { from, to } }`. Never phone or ID numbers in full. */
  changes?: Record<string, unknown>;
  reason?: string;
  at?: Date;
}

/**
 * GEN-3: records who did what to a record, when and why, in the caller's transaction. The
 * actor is the caller's, or the one given: work started by an event has no caller (the system acts).
 */
export function archive(
  em: EntityManager,
  entry: ArchiveEntry,
  actor: Pick<Actor, 'sub' | 'name'> = CallContext.actor(),
): RecordHistory {
  assertInTransaction(em, 'archive');
  return em.create(RecordHistory, {
    id: newId(),
    companyId: entry.companyId,
    communityId: entry.communityId,
    recordType: entry.recordType,
    recordId: entry.recordId,
    action: entry.action,
    actorId: actor.sub,
    actorName: actor.name,
    at: entry.at ?? new Date(),
    changes: entry.changes,
    reason: entry.reason,
  });
}
