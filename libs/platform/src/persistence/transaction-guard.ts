import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Refuses a helper whose write must commit with the caller's change (an event, a number, a stored
 * response, an archive entry) when it is called outside `em.transactional`: on its own it would
 * commit, or be flushed, apart from the change, and an event could leave without its change.
 */
export function assertInTransaction(em: EntityManager, helper: string): void {
  if (!em.isInTransaction()) {
    throw new Error(
      `${helper} must be called inside em.transactional(), with the transaction's EntityManager`,
    );
  }
}
