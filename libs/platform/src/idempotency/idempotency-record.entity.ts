import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';

/**
 * The first response to a write sent with an Idempotency-Key, replayed to its retries. A key belongs
 * to the staff member who sent it: another caller using the same key makes a different request.
 */
@Entity({ tableName: 'idempotency_record' })
@Index({ properties: ['createdAt'] })
export class IdempotencyRecord {
  [PrimaryKeyProp]?: ['companyId', 'actorId', 'key'];

  @PrimaryKey({ type: 'text' })
  companyId!: string;

  /** The caller's staff id (or `service:<name>`). */
  @PrimaryKey({ type: 'text' })
  actorId!: string;

  @PrimaryKey({ type: 'text' })
  key!: string;

  /** The subject of the command the key was first used with. */
  @Property({ type: 'text' })
  operation!: string;

  /** SHA-256 of the canonical JSON of the command, to tell a retry from a different request. */
  @Property({ type: 'text' })
  requestHash!: string;

  /** `json`, not `jsonb`: a replay returns the first response byte for byte, keys in their order. */
  @Property({ type: 'json', columnType: 'json', nullable: true })
  response?: unknown;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt?: Date;
}
