import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { StaffRef } from '../identity/staff-ref.js';
import { IsInstant } from '../validation/validators.js';
import { MeetingRecordV1 } from './actions/record-meeting.js';
import {
  ComplainantIntent,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintKind,
  ComplaintStatus,
  DeadlineKind,
  Department,
  EscalationLevel,
  MajorReason,
  PauseReason,
  ReturnVisitExemption,
  ReturnVisitStatus,
  Satisfaction,
} from './complaint-codes.js';

/** One clock on an entry (CMP-3, CMP-4, CMP-9, CMP-14), as staff see it. */
export class DeadlineView {
  @IsIn(DeadlineKind.codes)
  kind!: DeadlineKind;

  @IsString()
  kindLabel!: string;

  /** For an escalation acknowledgement: the level that must acknowledge. */
  @IsOptional()
  @IsIn(EscalationLevel.codes)
  level?: EscalationLevel;

  @IsOptional()
  @IsString()
  levelLabel?: string;

  @IsInstant()
  dueAt!: string;

  /** When the handler is (or was) warned (CMP-14). */
  @IsInstant()
  warnAt!: string;

  @IsBoolean()
  paused!: boolean;

  /** Past due and neither met nor cancelled (as of the answer). */
  @IsBoolean()
  overdue!: boolean;

  @IsOptional()
  @IsInstant()
  metAt?: string;

  @IsOptional()
  @IsInstant()
  cancelledAt?: string;
}

/** CMP-8: a department's acknowledgement of the record (签字认可). */
export class SignOffView {
  @IsIn(Department.codes)
  department!: Department;

  @IsString()
  departmentLabel!: string;

  @ValidateNested()
  @Type(() => StaffRef)
  by!: StaffRef;

  @IsInstant()
  at!: string;
}

/** CMP-9, CMP-10, DESK-4: where the return visit stands. */
export class ReturnVisitView {
  @IsIn(ReturnVisitStatus.codes)
  status!: ReturnVisitStatus;

  @IsString()
  statusLabel!: string;

  @IsInt()
  attempts!: number;

  /** DESK-4: the distinct working days the failed attempts fell on (unreachable needs two). */
  @IsInt()
  attemptDays!: number;

  @IsOptional()
  @IsIn(ReturnVisitExemption.codes)
  exemption?: ReturnVisitExemption;

  @IsOptional()
  @IsString()
  exemptionLabel?: string;

  @IsOptional()
  @IsIn(Satisfaction.codes)
  satisfaction?: Satisfaction;

  @IsOptional()
  @IsString()
  satisfactionLabel?: string;

  @IsOptional()
  @IsInstant()
  visitedAt?: string;
}

export class ComplaintCustomerView {
  @IsBoolean()
  anonymous!: boolean;

  @IsOptional()
  @IsString()
  surname?: string;

  /** Masked, e.g. `138****5678` (GEN-4). */
  @IsOptional()
  @IsString()
  phone?: string;
}

/**
 * A complaint as staff see it: every code with its Chinese label, the phone masked (GEN-4).
 * The decorators document the shape (OpenAPI) and let tests check replies against it.
 */
export class ComplaintView {
  @IsUUID()
  id!: string;

  /** GEN-2 number, e.g. `TS-GZ01-2026-000123`. */
  @IsString()
  number!: string;

  @IsString()
  companyId!: string;

  @IsString()
  communityId!: string;

  @IsIn(ComplaintKind.codes)
  kind!: ComplaintKind;

  @IsString()
  kindLabel!: string;

  @IsIn(ComplaintChannel.codes)
  channel!: ComplaintChannel;

  @IsString()
  channelLabel!: string;

  @IsIn(ComplaintStatus.codes)
  status!: ComplaintStatus;

  @IsString()
  statusLabel!: string;

  @ValidateNested()
  @Type(() => ComplaintCustomerView)
  customer!: ComplaintCustomerView;

  @IsOptional()
  @IsUUID()
  unitId?: string;

  @IsOptional()
  @IsString()
  location?: string;

  @IsString()
  description!: string;

  @IsString()
  demand!: string;

  @IsOptional()
  @IsIn(ComplaintCategory.codes)
  category?: ComplaintCategory;

  @IsOptional()
  @IsString()
  categoryLabel?: string;

  @IsOptional()
  @IsIn(ComplainantIntent.codes)
  intent?: ComplainantIntent;

  @IsOptional()
  @IsString()
  intentLabel?: string;

  @IsInstant()
  receivedAt!: string;

  @ValidateNested()
  @Type(() => StaffRef)
  receivedBy!: StaffRef;

  @IsOptional()
  @IsUUID()
  buildingId?: string;

  @IsOptional()
  @IsUUID()
  personId?: string;

  /** CMP-2: the responsible department and the named handler. */
  @IsOptional()
  @IsIn(Department.codes)
  department?: Department;

  @IsOptional()
  @IsString()
  departmentLabel?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => StaffRef)
  handler?: StaffRef;

  @IsOptional()
  @IsInstant()
  assignedAt?: string;

  /** CMP-3: when the customer was told, and the time promised. */
  @IsOptional()
  @IsInstant()
  acknowledgedAt?: string;

  @IsOptional()
  @IsInstant()
  promisedAt?: string;

  @IsOptional()
  @IsString()
  feedback?: string;

  @IsOptional()
  @IsInstant()
  feedbackAt?: string;

  /** CMP-4: who holds the entry now. */
  @IsIn(EscalationLevel.codes)
  escalationLevel!: EscalationLevel;

  @IsString()
  escalationLevelLabel!: string;

  /** CMP-5. */
  @IsBoolean()
  major!: boolean;

  @IsOptional()
  @IsIn(MajorReason.codes, { each: true })
  majorReasons?: MajorReason[];

  /** The reasons' labels, in the same order. */
  @IsOptional()
  @IsString({ each: true })
  majorReasonLabels?: string[];

  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingRecordV1)
  meeting?: MeetingRecordV1;

  /** CMP-14. */
  @IsBoolean()
  paused!: boolean;

  @IsOptional()
  @IsIn(PauseReason.codes)
  pauseReason?: PauseReason;

  @IsOptional()
  @IsString()
  pauseReasonLabel?: string;

  /** CMP-8. */
  @IsOptional()
  @IsString()
  measures?: string;

  @IsOptional()
  @IsString()
  result?: string;

  @IsOptional()
  @IsInstant()
  resolvedAt?: string;

  @IsOptional()
  @IsString()
  explanation?: string;

  @ValidateNested({ each: true })
  @Type(() => SignOffView)
  signOffs!: SignOffView[];

  @ValidateNested()
  @Type(() => ReturnVisitView)
  returnVisit!: ReturnVisitView;

  @IsInt()
  reopenCount!: number;

  /** CMP-13: the answer to a suggestion, praise or enquiry. */
  @IsOptional()
  @IsString()
  answer?: string;

  @IsOptional()
  @IsInstant()
  closedAt?: string;

  /** CMP-16: the entry this one was merged into, and the entries merged into this one. */
  @IsOptional()
  @IsUUID()
  mergedIntoId?: string;

  @IsUUID(undefined, { each: true })
  mergedFromIds!: string[];

  /** CMP-2: a repair request was handed to maintenance, and its latest progress. */
  @IsBoolean()
  repairRequested!: boolean;

  /** CMP-2: the repair request maintenance opened for it, once maintenance reported it. */
  @IsOptional()
  @IsUUID()
  repairRequestId?: string;

  /** Its number, e.g. `BX-GZ01-2026-000123` (GEN-2). */
  @IsOptional()
  @IsString()
  repairRequestNumber?: string;

  @IsOptional()
  @IsString()
  repairStatus?: string;

  @IsOptional()
  @IsString()
  repairStatusLabel?: string;

  /** A deadline has passed unmet (the overdue list). */
  @IsBoolean()
  overdue!: boolean;

  @ValidateNested({ each: true })
  @Type(() => DeadlineView)
  deadlines!: DeadlineView[];

  @IsInstant()
  createdAt!: string;

  @IsInstant()
  updatedAt!: string;

  @IsInt()
  version!: number;
}
