import { BigIntType } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type {
  ContactChannel,
  FundDrawStatus,
  RepairReturnVisitMethod,
  ReturnVisitExemption,
  ReturnVisitStatus,
  Satisfaction,
  SettlementReviewer,
  WorkExecutor,
  WorkOrderStatus,
  WorkOrderType,
} from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';
import type { ApprovalRecord } from './approval.rules.js';
import type { CompletionCheck, Consent, WorkOrderFacts, WorkRecord } from './work-order.rules.js';

/** A line of a type-C order, priced when the order was opened (MNT-4). */
export interface PricedLine {
  code: string;
  name: string;
  /** The price list's unit, e.g. `个`; kept since decision 0270, absent on older orders. */
  unit?: string;
  quantity: number;
  unitPriceFen: number;
}

const fen = () => new BigIntType('number');

/** MNT-4 … MNT-9, MNT-13: a work order (工程派工单), its approvals, execution, check and settlement. */
@Entity({ tableName: 'work_order' })
@CommunityScoped()
@Unique({ properties: ['companyId', 'number'] })
// One work order per repair request (a cancelled or returned one frees the request for another).
@Index({
  name: 'work_order_request_unique',
  properties: ['repairRequestId'],
  expression:
    'create unique index "work_order_request_unique" on "work_order" ("repair_request_id") where "status" not in (\'cancelled\', \'returned\')',
})
@Index({
  name: 'work_order_list_index',
  properties: ['companyId', 'communityId', 'id'],
  expression:
    'create index "work_order_list_index" on "work_order" ("company_id", "community_id", "id" desc)',
})
@Index({
  name: 'work_order_technician_index',
  properties: ['companyId', 'technicianId', 'id'],
  expression:
    'create index "work_order_technician_index" on "work_order" ("company_id", "technician_id", "id" desc) where "technician_id" is not null',
})
export class WorkOrder implements WorkOrderFacts {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** GEN-2, e.g. `PG-GZ01-2026-000031`. */
  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  repairRequestId!: string;

  @Property({ type: 'text' })
  repairRequestNumber!: string;

  @Property({ type: 'uuid', nullable: true })
  unitId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  personId?: string | null;

  @Property({ type: 'text' })
  type!: WorkOrderType;

  @Property({ type: 'text' })
  status!: WorkOrderStatus;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: fen() })
  estimateFen!: number;

  @Property({ type: 'json' })
  paidServices!: PricedLine[];

  /** Type C: the price-list total the resident is charged (BIL-7); else 0. */
  @Property({ type: fen() })
  chargeableFen!: number;

  @Property({ type: 'json' })
  approvals!: ApprovalRecord[];

  @Property({ type: 'text' })
  requestedById!: string;

  @Property({ type: 'text' })
  requestedByName!: string;

  @Property({ type: 'uuid', nullable: true })
  contractorId?: string | null;

  @Property({ type: 'text', nullable: true })
  executor?: WorkExecutor | null;

  @Property({ type: 'uuid', nullable: true })
  teamId?: string | null;

  @Property({ type: 'text', nullable: true })
  teamName?: string | null;

  @Property({ type: 'text', nullable: true })
  technicianId?: string | null;

  @Property({ type: 'text', nullable: true })
  technicianName?: string | null;

  @Property({ type: 'text', nullable: true })
  contractorName?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  dispatchedAt?: Date | null;

  /** MNT-5. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  dueAt!: Date;

  @Property({ type: 'json', nullable: true })
  extensionConsent?: Consent | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  arrivedAt?: Date | null;

  @Property({ type: 'json' })
  work!: WorkRecord[];

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  @Property({ type: 'json' })
  checks!: CompletionCheck[];

  @Property({ type: 'text', nullable: true })
  signedOffBy?: string | null;

  @Property({ type: 'text', nullable: true })
  satisfaction?: Satisfaction | null;

  @Property({ type: 'text', nullable: true })
  opinion?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  /** MNT-9: one settlement per order, its id chosen when the final account is submitted. */
  @Property({ type: 'uuid', nullable: true })
  settlementId?: string | null;

  @Property({ type: fen(), nullable: true })
  finalAccountFen?: number | null;

  /** MNT-9: who submitted the final account; they never review or certify it (decision 0271). */
  @Property({ type: 'text', nullable: true })
  settlementSubmittedById?: string | null;

  @Property({ type: 'text', nullable: true })
  settlementSubmittedByName?: string | null;

  @Property({ type: 'text', nullable: true })
  settlementReviewer?: SettlementReviewer | null;

  @Property({ type: fen(), nullable: true })
  settledFen?: number | null;

  @Property({ type: 'text', nullable: true })
  contractorSignatory?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  certifiedAt?: Date | null;

  /** MNT-13: paying the team from its revolving fund, by `fundDrawId` (decision 0093). */
  @Property({ type: 'text', default: 'not-needed' })
  fundDraw!: FundDrawStatus;

  @Property({ type: 'uuid', nullable: true })
  fundDrawId?: string | null;

  /** MNT-13 (decision 0379): billing's words for the last refusal (amount asked, balance, size). */
  @Property({ type: 'text', nullable: true })
  fundDrawMessage?: string | null;

  /** MNT-10: due 1 working day after completion, unless the resident refused visits (RES-7). */
  @Property({ type: 'text', default: 'not-due' })
  returnVisitStatus!: ReturnVisitStatus;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  returnVisitDueAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  returnVisitExemption?: ReturnVisitExemption | null;

  /** RES-7: the resident's preferred channel when the visit fell due, shown to whoever makes it (0325). */
  @Property({ type: 'text', nullable: true })
  returnVisitChannel?: ContactChannel | null;

  @Property({ type: 'text', nullable: true })
  returnVisitMethod?: RepairReturnVisitMethod | null;

  @Property({ type: 'text', nullable: true })
  returnVisitSatisfaction?: Satisfaction | null;

  @Property({ type: 'text', nullable: true })
  returnVisitComments?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  visitedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  cancelledAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
