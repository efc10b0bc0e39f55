import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type {
  AcceptanceSignatureV1,
  ContractorV1,
  DecorationAgreementV1,
  DecorationDamageV1,
  DecorationStatus,
  DocumentRefV1,
  InspectionResult,
  UnitStatus,
} from '@pcs/contracts';
import { CommunityScoped } from '@pcs/platform';

/** A worker on the roster; phone and ID number in full here, masked in every view (GEN-4). */
export interface DecorationWorker {
  name: string;
  phone: string;
  idNumber: string;
  passNumber?: string;
  passValidUntil?: string;
}

export interface DecorationPatrolFinding {
  id: string;
  foundAt: string;
  description: string;
  violation: boolean;
  damage?: DecorationDamageV1;
  recordedById: string;
  recordedBy: string;
  recordedAt: string;
}

export interface DecorationPendingRepair {
  id: string;
  description: string;
  amountFen: number;
  /** The patrol finding or inspection that found it. */
  foundIn: string;
}

export interface DecorationInspection {
  id: string;
  inspectedAt: string;
  result: InspectionResult;
  itemsToFix?: string[];
  damages: DecorationDamageV1[];
  /** The department heads who signed a passed acceptance. */
  signatures?: AcceptanceSignatureV1[];
  inspectedById: string;
  inspectedBy: string;
  recordedAt: string;
}

/**
 * RES-5: a secondary decoration (二次装修) application and its works. The roster, drawings, patrol
 * findings and inspections are jsonb: they are read and written only with their application, whose
 * version guards them, and are never queried on their own. Its history is the GEN-3 archive.
 */
@Entity({ tableName: 'decoration' })
@CommunityScoped()
@Unique({ properties: ['companyId', 'number'] })
@Index({ properties: ['companyId', 'communityId', 'status'] })
@Index({ properties: ['unitId', 'status'] })
export class Decoration {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** GEN-2, e.g. `ZX-GZ01-2026-000012`. */
  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'text' })
  companyId!: string;

  @Property({ type: 'text' })
  communityId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'uuid' })
  applicantPersonId!: string;

  @Property({ type: 'text' })
  status!: DecorationStatus;

  @Property({ type: 'text' })
  scope!: string;

  @Property({ type: 'json' })
  contractor!: ContractorV1;

  @Property({ type: 'date' })
  scheduleStartDate!: string;

  @Property({ type: 'date' })
  scheduleEndDate!: string;

  @Property({ type: 'json' })
  workers!: DecorationWorker[];

  @Property({ type: 'json' })
  drawings!: DocumentRefV1[];

  /** The signed decoration management agreement (装修管理协议), required before review. */
  @Property({ type: 'json', nullable: true })
  agreement?: DecorationAgreementV1;

  /** The request for the deposit and the waste-removal fee, raised at the first submission. */
  @Property({ type: 'uuid', nullable: true })
  chargeRequestId?: string;

  @Property({ type: 'boolean' })
  feesPaid!: boolean;

  /** Why the drawings were last rejected; cleared when they are approved. */
  @Property({ type: 'json', nullable: true })
  rejectionReasons?: string[];

  @Property({ type: 'json' })
  patrolFindings!: DecorationPatrolFinding[];

  @Property({ type: 'json' })
  inspections!: DecorationInspection[];

  /** Damages the resident repairs instead of paying, until a re-inspection confirms them (RES-5). */
  @Property({ type: 'json', default: '[]' })
  pendingRepairs: DecorationPendingRepair[] = [];

  @Property({ type: 'date', nullable: true })
  passesValidUntil?: string;

  /** The unit's status when works started; it returns to it when the inspection passes. */
  @Property({ type: 'text', nullable: true })
  unitStatusBefore?: UnitStatus;

  /** When the worker passes were issued: patrols find nothing before it (GEN-3). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  worksStartedAt?: Date;

  /** When the last (re-)inspection was requested: the inspection is not dated before it (BIL-9). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  inspectionRequestedAt?: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  inspectionPassedAt?: Date;

  /** BIL-9: 90 days after the local day of the passed inspection. */
  @Property({ type: 'date', nullable: true })
  depositRefundableFrom?: string;

  @Property({ type: 'text', nullable: true })
  cancelReason?: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
