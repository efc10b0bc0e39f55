import { LockMode, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, type ErrorCode } from '@pcs/contracts';

/**
 * The record as the caller sees it, locked until the transaction ends, so that concurrent commands on
 * it queue instead of deciding on a stale state (decision 0032). Refreshed: a read earlier in the
 * transaction may predate the lock. Outside the caller's company or communities it does not exist
 * (GEN-5), hence `notFound`.
 */
export async function lockRecord<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  id: string,
  notFound: ErrorCode,
): Promise<T> {
  const record = await em.findOne(entity, { id } as FilterQuery<T>, {
    lockMode: LockMode.PESSIMISTIC_WRITE,
    refresh: true,
  });
  if (!record) throw DomainError.notFound(notFound);
  return record as T;
}
