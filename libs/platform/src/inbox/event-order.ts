import type { EntityManager } from '@mikro-orm/postgresql';

/** Thrown inside the consumer's transaction when an event's predecessor is not applied yet. */
export class AwaitingPredecessor extends Error {
  constructor(
    readonly aggregateId: string,
    readonly version: number,
    readonly applied: number,
  ) {
    super(
      `aggregate ${aggregateId}: version ${version} waits for version ${version - 1} (applied: ${applied})`,
    );
    this.name = 'AwaitingPredecessor';
  }
}

/**
 * Ordered mode: decides, inside the consumer's transaction, whether an aggregate's event may be
 * applied now. The aggregate's position row is locked until the transaction ends, so two replicas
 * handling two versions of one aggregate take turns. Returns false for a version already passed
 * (its effect is in), throws AwaitingPredecessor for one that comes too early, and moves the position
 * on otherwise. `force` (an operator's replay) applies whatever the position.
 */
export async function advancePosition(
  em: EntityManager,
  consumer: string,
  aggregateId: string,
  version: number,
  force = false,
): Promise<boolean> {
  await em.execute(
    `insert into consumer_position (consumer, aggregate_id, version) values (?, ?, 0) on conflict do nothing`,
    [consumer, aggregateId],
    'run',
  );
  const [row] = await em.execute<{ version: string }[]>(
    `select version from consumer_position where consumer = ? and aggregate_id = ? for update`,
    [consumer, aggregateId],
  );
  const applied = Number(row?.version ?? 0);
  if (!force && version <= applied) return false;
  if (!force && version > applied + 1) throw new AwaitingPredecessor(aggregateId, version, applied);
  await em.execute(
    `update consumer_position set version = greatest(version, ?) where consumer = ? and aggregate_id = ?`,
    [version, consumer, aggregateId],
    'run',
  );
  return true;
}
