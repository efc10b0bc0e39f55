import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, type ErrorCode } from '@pcs/contracts';

/**
 * Flushes, turning a unique-key violation into the record's "already exists" error: the check before
 * the insert answers the ordinary case, this one the concurrent duplicate that slipped past it.
 */
export async function flushUnique(em: EntityManager, code: ErrorCode): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new DomainError(code);
    throw error;
  }
}
