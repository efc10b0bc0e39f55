import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type {
  ComplainantIntent,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintKind,
  ComplaintStatus,
  Department,
  MajorReason,
  PauseReason,
  ReturnVisitExemption,
  ReturnVisitStatus,
  Satisfaction,
} from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';
import type { ComplaintFacts, MeetingRecord, SignOff } from './complaint.rules.js';

@Entity({ tableName: 'complaint' })
@CommunityScoped()
@Unique({ properties: ['companyId', 'number'] })
@Index({ properties: ['companyId', 'communityId', 'receivedAt'] })
// The register's lists, each by keyset on the id (decision 0081); see the migration.
@Index({
  name: 'complaint_list_index',
  properties: ['companyId', 'communityId', 'id'],
  expression: 'create index "complaint_list_index" on "complaint" ("company_id", "community_id", "id" desc)',
})
@Index({
  name: 'complaint_status_index',
  properties: ['companyId', 'communityId', 'status', 'id'],
  expression:
    'create index "complaint_status_index" on "complaint" ("company_id", "community_id", "status", "id" desc)',
})
@Index({
  name: 'complaint_handler_index',
  properties: ['companyId', 'handlerId', 'id'],
  expression:
    'create index "complaint_handler_index" on "complaint" ("company_id", "handler_id", "id" desc) where "handler_id" is not null',
})
@Index({
  name: 'complaint_phone_index',
  properties: ['companyId', 'phoneDigits', 'id'],
  expression:
    'create index "complaint_phone_index" on "complaint" ("company_id", "phone_digits", "id" desc) where "phone_digits" is not null',
})
@Index({
  name: 'complaint_unit_index',
  properties: ['companyId', 'unitId', 'id'],
  expression:
    'create index "complaint_unit_index" on "complaint" ("company_id", "unit_id", "id" desc) where "unit_id" is not null',
})
@Index({
  name: 'complaint_building_index',
  properties: ['companyId', 'buildingId', 'id'],
  expression:
    'create index "complaint_building_index" on "complaint" ("company_id", "building_id", "id" desc) where "building_id" is not null',
})
@Index({
  name: 'complaint_overdue_index',
  properties: ['companyId', 'communityId', 'id'],
  expression:
    'create index "complaint_overdue_index" on "complaint" ("company_id", "community_id", "id" desc) where "overdue_since" is not null',
})
@Index({
  name: 'complaint_visit_queue_index',
  properties: ['companyId', 'communityId', 'id'],
  expression:
    'create index "complaint_visit_queue_index" on "complaint" ("company_id", "community_id", "id") where "return_visit_status" = \'due\'',
})
@Index({
  name: 'complaint_merged_into_index',
  properties: ['mergedIntoId'],
  expression:
    'create index "complaint_merged_into_index" on "complaint" ("merged_into_id") where "merged_into_id" is not null',
})
// DESK-1: promises to customers still ahead, and the active matters a shift hands over (decision 0088).
@Index({
  name: 'complaint_promise_index',
  properties: ['companyId', 'communityId', 'promisedAt'],
  expression:
    'create index "complaint_promise_index" on "complaint" ("company_id", "community_id", "promised_at") where "promised_at" is not null and "status" in (\'registered\', \'assigned\', \'in-progress\', \'negotiating\', \'reopened\')',
})
@Index({
  name: 'complaint_active_index',
  properties: ['companyId', 'communityId', 'receivedAt'],
  expression:
    'create index "complaint_active_index" on "complaint" ("company_id", "community_id", "received_at") where "status" not in (\'closed\', \'explained\', \'answered\', \'merged\') and ("escalation_level" > 0 or "major" or "overdue_since" is not null)',
})
// DESK-2: the queue's counts read only open entries, however long the history grows.
@Index({
  name: 'complaint_open_counts_index',
  properties: ['companyId', 'communityId', 'status'],
  expression:
    'create index "complaint_open_counts_index" on "complaint" ("company_id", "community_id", "status") include ("overdue_since", "escalation_level", "major") where "status" not in (\'closed\', \'explained\', \'answered\', \'merged\')',
})
// CMP-11: the complaints of one category about one building within a window.
@Index({
  name: 'complaint_warning_window_index',
  properties: ['companyId', 'buildingId', 'category', 'receivedAt'],
  expression:
    'create index "complaint_warning_window_index" on "complaint" ("company_id", "building_id", "category", "received_at") where "kind" = \'complaint\' and "building_id" is not null and "category" is not null',
})
// CMP-15: an incident's complaints.
@Index({
  name: 'complaint_incident_index',
  properties: ['incidentId'],
  expression:
    'create index "complaint_incident_index" on "complaint" ("incident_id") where "incident_id" is not null',
})
export class Complaint implements ComplaintFacts {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** GEN-2 number, e.g. `TS-GZ01-2026-000123`. */
  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'text' })
  kind!: ComplaintKind;

  @Property({ type: 'text' })
  channel!: ComplaintChannel;

  @Property({ type: 'text' })
  status!: ComplaintStatus;

  @Property({ type: 'boolean' })
  customerAnonymous!: boolean;

  @Property({ type: 'text', nullable: true })
  customerSurname?: string;

  @Property({ type: 'text', nullable: true })
  customerPhone?: string;

  @Property({ type: 'uuid', nullable: true })
  unitId?: string;

  @Property({ type: 'text', nullable: true })
  location?: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'text' })
  demand!: string;

  @Property({ type: 'text', nullable: true })
  category?: ComplaintCategory;

  @Property({ type: 'text', nullable: true })
  intent?: ComplainantIntent;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt!: Date;

  @Property({ type: 'text' })
  receivedById!: string;

  @Property({ type: 'text' })
  receivedByName!: string;

  /** The caller's number as digits only (GEN-4: answers mask it), so any format finds it (DESK-3). */
  @Property({ type: 'text', nullable: true })
  phoneDigits?: string;

  /** The resident on file, when the desk identified them: their preferences apply (RES-7, CMP-10). */
  @Property({ type: 'uuid', nullable: true })
  personId?: string;

  /** From the unit replica, so the register can be searched by building. */
  @Property({ type: 'uuid', nullable: true })
  buildingId?: string;

  @Property({ type: 'text', nullable: true })
  department?: Department;

  @Property({ type: 'text', nullable: true })
  handlerId?: string;

  @Property({ type: 'text', nullable: true })
  handlerName?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  assignedAt?: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  acknowledgedAt?: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  promisedAt?: Date;

  @Property({ type: 'text', nullable: true })
  feedback?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  feedbackAt?: Date;

  /** CMP-4: 0 handler, 1 supervisor, 2 manager, 3 general manager. */
  @Property({ type: 'integer', default: 0 })
  escalationLevel!: number;

  @Property({ type: 'boolean', default: false })
  major!: boolean;

  @Property({ type: 'json', nullable: true })
  majorReasons?: MajorReason[];

  @Property({ type: 'json', nullable: true })
  meeting?: MeetingRecord;

  @Property({ type: 'boolean', default: false })
  paused!: boolean;

  @Property({ type: 'text', nullable: true })
  pauseReason?: PauseReason | null;

  @Property({ type: 'text', nullable: true })
  measures?: string;

  @Property({ type: 'text', nullable: true })
  result?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  resolvedAt?: Date;

  @Property({ type: 'text', nullable: true })
  explanation?: string;

  @Property({ type: 'json', default: '[]' })
  signOffs!: SignOff[];

  @Property({ type: 'text', default: 'not-due' })
  returnVisitStatus!: ReturnVisitStatus;

  @Property({ type: 'integer', default: 0 })
  returnVisitAttempts!: number;

  /**
   * DESK-4: the distinct working days the failed attempts fell on (null: none yet), and the latest of
   * them as a local date. Left unset at registration, so that its insert is the one bench S1 measures.
   */
  @Property({ type: 'integer', nullable: true })
  returnVisitAttemptDays?: number | null;

  @Property({ type: 'text', nullable: true })
  returnVisitLastAttemptOn?: string | null;

  @Property({ type: 'text', nullable: true })
  returnVisitExemption?: ReturnVisitExemption | null;

  @Property({ type: 'text', nullable: true })
  satisfaction?: Satisfaction | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  visitedAt?: Date | null;

  @Property({ type: 'integer', default: 0 })
  reopenCount!: number;

  @Property({ type: 'text', nullable: true })
  answer?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  answeredAt?: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  /** CMP-16: the entry this one was merged into. */
  @Property({ type: 'uuid', nullable: true })
  mergedIntoId?: string;

  /** CMP-2: a repair request was opened in maintenance for it. */
  @Property({ type: 'boolean', default: false })
  repairRequested!: boolean;

  /** The latest progress maintenance reported on that repair request. */
  @Property({ type: 'text', nullable: true })
  repairStatus?: string;

  /** CMP-2: maintenance's repair request for it and its number (`BX-GZ01-2026-000123`), once reported. */
  @Property({ type: 'uuid', nullable: true })
  repairRequestId?: string;

  @Property({ type: 'text', nullable: true })
  repairRequestNumber?: string;

  /** CMP-11: the early warning that counted it. */
  @Property({ type: 'uuid', nullable: true })
  warningId?: string | null;

  /** CMP-15: the incident it is attached to. */
  @Property({ type: 'uuid', nullable: true })
  incidentId?: string | null;

  /** CMP-15: when closing its incident resolved it (once, however often the closing is delivered). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  incidentResolvedAt?: Date | null;

  /** Since when a deadline of the entry has been overdue (set by the scheduler), for the overdue list. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  overdueSince?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
