import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type {
  EmergencyKind,
  RepairProgress,
  RepairSource,
  RepairTrade,
  RepairUrgency,
  ResponsibleParty,
  SurveyRole,
  WarrantyComponent,
  WorkOrderType,
} from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/** MNT-2: the signed survey record, as stored. */
export interface SurveyRecord {
  surveyedAt: string;
  participants: { role: SurveyRole; name: string }[];
  findings: string;
  estimateFen: number;
  component: WarrantyComponent;
  responsibleParty: ResponsibleParty;
  underWarranty: boolean;
  warrantyReason: string;
  warrantyLastDay?: string;
  workOrderType?: WorkOrderType;
  contractorId?: string;
  contractorName?: string;
}

/** MNT-1: a repair request, from the desk, a complaint (CMP-2), a handover inspection (RES-3) or a patrol. */
@Entity({ tableName: 'repair_request' })
@CommunityScoped()
@Unique({ properties: ['companyId', 'number'] })
// RES-3, CMP-2: one request per source item (a defect, a register entry), however often it is delivered.
@Unique({ properties: ['companyId', 'source', 'sourceKey'] })
@Index({
  name: 'repair_request_list_index',
  properties: ['companyId', 'communityId', 'id'],
  expression:
    'create index "repair_request_list_index" on "repair_request" ("company_id", "community_id", "id" desc)',
})
@Index({
  name: 'repair_request_open_clock_index',
  properties: ['overdueSince'],
  expression:
    'create index "repair_request_open_clock_index" on "repair_request" ("company_id", "id") where "overdue_since" is null and "progress" in (\'accepted\', \'surveyed\')',
})
// DESK-3: a unit's requests on the caller card.
@Index({
  name: 'repair_request_unit_index',
  properties: ['companyId', 'unitId', 'id'],
  expression:
    'create index "repair_request_unit_index" on "repair_request" ("company_id", "unit_id", "id" desc) where "unit_id" is not null',
})
export class RepairRequest {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** GEN-2, e.g. `BX-GZ01-2026-000012`. */
  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'text' })
  source!: RepairSource;

  /** What it came from: the complaint's id, the handover defect's id; null from the desk or a patrol. */
  @Property({ type: 'text', nullable: true })
  sourceKey?: string | null;

  @Property({ type: 'uuid', nullable: true })
  complaintId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  unitId?: string | null;

  @Property({ type: 'text', nullable: true })
  location?: string | null;

  @Property({ type: 'json' })
  trades!: RepairTrade[];

  @Property({ type: 'text' })
  urgency!: RepairUrgency;

  @Property({ type: 'text', nullable: true })
  emergencyKind?: EmergencyKind | null;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'uuid', nullable: true })
  personId?: string | null;

  @Property({ type: 'text', nullable: true })
  contactSurname?: string | null;

  @Property({ type: 'text', nullable: true })
  contactPhone?: string | null;

  /**
   * MNT-10 (decision 0321): opened from a complaint whose caller left a contact, which the complaint
   * keeps (decision 0007): the customer can be reached, so the return visit is not exempt as anonymous.
   */
  @Property({ type: 'boolean', default: false })
  reachableThroughComplaint: boolean = false;

  @Property({ type: 'text' })
  progress!: RepairProgress;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  onSiteDueAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  arrivedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  madeSafeDueAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  madeSafeAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  surveyDueAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  surveyedAt?: Date | null;

  @Property({ type: 'json', nullable: true })
  survey?: SurveyRecord | null;

  /** MNT-4: `a` from the start for a handover defect (RES-3); otherwise set by the survey. */
  @Property({ type: 'text', nullable: true })
  workOrderType?: WorkOrderType | null;

  @Property({ type: 'uuid', nullable: true })
  workOrderId?: string | null;

  /** Set by the deadline monitor when a clock of MNT-1/MNT-2 passed unmet. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  overdueSince?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
