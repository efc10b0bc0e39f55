import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { OccupancyRole } from '../../residents/residents-codes.js';
import { RepairProgress, RepairUrgency } from '../../maintenance/maintenance-codes.js';
import { IsFen, IsInstant, IsPhoneNumber } from '../../validation/validators.js';
import { ComplaintSummaryView } from '../complaint-summary-view.js';
import { IncidentView } from '../incidents/incident.js';
import { CallerFlagView } from './caller-history.js';
import { IncomingCallView } from './incoming-call.js';

/** DESK-3: the number as the phone shows it or the caller says it, in any common format. */
export class GetCallerCardV1 {
  @IsString()
  @IsPhoneNumber()
  phone!: string;

  /** The desk's community, to look only there; without it, every community the caller may see. */
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;
}

export class CallerRoleView {
  @IsUUID()
  unitId!: string;

  @IsString()
  unitLabel!: string;

  @IsIn(OccupancyRole.codes)
  role!: OccupancyRole;

  @IsString()
  roleLabel!: string;
}

/** A person the number belongs to, masked (GEN-4). */
export class CallerPersonView {
  @IsUUID()
  personId!: string;

  @IsString()
  name!: string;

  @IsString()
  communityId!: string;

  /** Masked: `138****5678`. */
  @IsString()
  phone!: string;

  @ValidateNested({ each: true })
  @Type(() => CallerRoleView)
  roles!: CallerRoleView[];
}

export class CallerRepairView {
  @IsUUID()
  repairRequestId!: string;

  @IsString()
  number!: string;

  @IsIn(RepairProgress.codes)
  progress!: RepairProgress;

  @IsString()
  progressLabel!: string;

  @IsIn(RepairUrgency.codes)
  urgency!: RepairUrgency;

  @IsString()
  description!: string;

  @IsInstant()
  receivedAt!: string;
}

/** BIL-11: whether the unit owes anything, and how much of it is past due. */
export class CallerAccountView {
  @IsBoolean()
  clear!: boolean;

  @IsFen()
  owedFen!: number;

  @IsFen()
  overdueFen!: number;
}

export class CallerHouseholdView {
  @IsUUID()
  unitId!: string;

  @IsString()
  unitLabel!: string;

  @IsString()
  communityId!: string;

  @IsOptional()
  @IsUUID()
  buildingId?: string;

  @ValidateNested({ each: true })
  @Type(() => CallerRepairView)
  openRepairs!: CallerRepairView[];

  /** Absent when billing did not answer (see `unavailable`) or the caller may not read accounts. */
  @IsOptional()
  @ValidateNested()
  @Type(() => CallerAccountView)
  account?: CallerAccountView;
}

export class CallerDraftCustomerV1 {
  @IsOptional()
  @IsString()
  surname?: string;

  @IsString()
  phone!: string;
}

/**
 * DESK-3 → CMP-1: the register entry the card starts, ready to complete and send to
 * `POST /api/v1/complaints` (the desk adds what the caller says). The number is the one the desk
 * looked up, not revealed from a record.
 */
export class CallerRegisterDraftView {
  @IsOptional()
  @IsString()
  communityId?: string;

  @IsIn(['call'])
  channel!: 'call';

  @ValidateNested()
  @Type(() => CallerDraftCustomerV1)
  customer!: CallerDraftCustomerV1;

  @IsOptional()
  @IsUUID()
  unitId?: string;

  @IsOptional()
  @IsUUID()
  personId?: string;
}

/**
 * DESK-3: who this may be, in one answer, composed from the owning services over the bus: the people
 * and roles matching the number, their households' open repairs and accounts, the register's open
 * entries and recent contacts, flags and active incidents. Masked (GEN-4) and scoped (GEN-5).
 */
export class CallerCardView {
  /** The number looked up, masked. */
  @IsString()
  phone!: string;

  @IsInstant()
  lookedUpAt!: string;

  @ValidateNested({ each: true })
  @Type(() => CallerPersonView)
  people!: CallerPersonView[];

  @ValidateNested({ each: true })
  @Type(() => CallerHouseholdView)
  households!: CallerHouseholdView[];

  @ValidateNested({ each: true })
  @Type(() => ComplaintSummaryView)
  openEntries!: ComplaintSummaryView[];

  @ValidateNested({ each: true })
  @Type(() => ComplaintSummaryView)
  recentContacts!: ComplaintSummaryView[];

  @ValidateNested({ each: true })
  @Type(() => CallerFlagView)
  flags!: CallerFlagView[];

  @ValidateNested({ each: true })
  @Type(() => IncidentView)
  incidents!: IncidentView[];

  @ValidateNested()
  @Type(() => CallerRegisterDraftView)
  registerEntry!: CallerRegisterDraftView;

  /** The ringing call the card is for, when the desk took one (DESK-3). */
  @IsOptional()
  @ValidateNested()
  @Type(() => IncomingCallView)
  incomingCall?: IncomingCallView;

  /** Parts a service could not give in time (`maintenance`, `billing`): the rest is still shown. */
  @IsString({ each: true })
  unavailable!: string[];
}
