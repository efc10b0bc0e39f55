import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { DeadlineKind } from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';
import type { PauseSpan } from './deadline-clock.js';

/** A deadline rule as stored: instants as ISO strings (JSON). */
export type StoredRule =
  | { unit: 'working-days' | 'calendar-days'; amount: number; from: string }
  | { unit: 'end-of-day'; from: string }
  | { unit: 'fixed'; at: string };

/**
 * One clock on a register entry (CMP-3, CMP-4, CMP-9, CMP-14): what it is for, how its due time is
 * computed, and what became of it. Open while neither met nor cancelled; the scheduler escalates an
 * open one once its due time passes (`escalatedAt`) and warns the handler before (`warnedAt`).
 * The partial indexes in the migration serve exactly those two scans.
 */
@Entity({ tableName: 'complaint_deadline' })
@CommunityScoped()
@Index({
  name: 'complaint_deadline_complaint_index',
  properties: ['complaintId'],
  expression: 'create index "complaint_deadline_complaint_index" on "complaint_deadline" ("complaint_id")',
})
@Index({
  name: 'complaint_deadline_due_index',
  properties: ['dueAt'],
  expression:
    'create index "complaint_deadline_due_index" on "complaint_deadline" ("due_at") where "met_at" is null and "cancelled_at" is null and "escalated_at" is null and "paused_since" is null',
})
@Index({
  name: 'complaint_deadline_warn_index',
  properties: ['warnAt'],
  expression:
    'create index "complaint_deadline_warn_index" on "complaint_deadline" ("warn_at") where "met_at" is null and "cancelled_at" is null and "warned_at" is null and "paused_since" is null',
})
@Index({
  name: 'complaint_deadline_company_open_index',
  properties: ['companyId'],
  expression:
    'create index "complaint_deadline_company_open_index" on "complaint_deadline" ("company_id") where "met_at" is null and "cancelled_at" is null',
})
// One open clock per kind and level: a second scheduler can never open the same escalation twice.
@Index({
  name: 'complaint_deadline_open_unique',
  properties: ['complaintId', 'kind', 'level'],
  expression:
    'create unique index "complaint_deadline_open_unique" on "complaint_deadline" ("complaint_id", "kind", "level") where "met_at" is null and "cancelled_at" is null',
})
export class ComplaintDeadline {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  complaintId!: string;

  @Property({ type: 'text' })
  kind!: DeadlineKind;

  /** For escalation acknowledgements, the level that must acknowledge (1-3); 0 otherwise. */
  @Property({ type: 'integer' })
  level!: number;

  @Property({ type: 'json' })
  rule!: StoredRule;

  @Property({ type: 'json' })
  pauses!: PauseSpan[];

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  openedAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  dueAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  warnAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  pausedSince?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  warnedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  escalatedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  metAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  cancelledAt?: Date | null;
}
