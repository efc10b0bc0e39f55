import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { PageQuery } from '../../common/pagination.js';
import { StaffRef } from '../../identity/staff-ref.js';
import { IsReason } from '../../validation/reason.js';
import { IsInstant } from '../../validation/validators.js';
import { IncidentCause, IncidentStatus } from './incident-codes.js';

/** How many complaints one request attaches: a bulk action, bounded like a page. */
export const MAX_ATTACH = 200;

/** What an incident says and to whom; shared by opening one from scratch and from a warning. */
export class IncidentDetailsV1 {
  @IsReason(1, 100)
  title!: string;

  @IsReason(1, 2000)
  description!: string;

  /** The one notice the affected households get (CMP-15), e.g. 停水通知. */
  @IsReason(1, 500)
  notice!: string;

  /** When the cause is expected to be fixed, if known (shown on the caller card). */
  @IsOptional()
  @IsInstant()
  expectedEndAt?: string;
}

/**
 * CMP-15: a known outage or one cause behind many complaints. `buildingIds` are the affected
 * buildings; none means the whole community. Complaints can be attached at once.
 */
export class OpenIncidentV1 extends IncidentDetailsV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;

  @IsIn(IncidentCause.codes)
  cause!: IncidentCause;

  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  buildingIds!: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ATTACH)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  complaintIds?: string[];
}

/** CMP-11 → CMP-15: the warning's building and its open complaints become an incident. */
export class IncidentFromWarningV1 extends IncidentDetailsV1 {
  /** Default `early-warning`; say `water-cut` etc. when the cause is known. */
  @IsOptional()
  @IsIn(IncidentCause.codes)
  cause?: IncidentCause;
}

export class OpenIncidentFromWarningV1 extends IncidentFromWarningV1 {
  @IsUUID()
  warningId!: string;
}

export class IncidentComplaintsV1 {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ATTACH)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  complaintIds!: string[];
}

export class AttachIncidentComplaintsV1 extends IncidentComplaintsV1 {
  @IsUUID()
  incidentId!: string;
}

/** The incident's record: what was done and the outcome; its complaints are resolved with it. */
export class IncidentClosureV1 {
  @IsReason(1, 2000)
  measures!: string;

  @IsReason(1, 2000)
  result!: string;
}

export class CloseIncidentV1 extends IncidentClosureV1 {
  @IsUUID()
  incidentId!: string;
}

export class GetIncidentV1 {
  @IsUUID()
  id!: string;
}

export class ListIncidentsV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;

  @IsOptional()
  @IsIn(IncidentStatus.codes)
  status?: IncidentStatus;

  /** Incidents affecting this building, community-wide ones included. */
  @IsOptional()
  @IsUUID()
  buildingId?: string;
}

export class IncidentView {
  @IsUUID()
  id!: string;

  /** GEN-2, e.g. `TF-GZ01-2026-000004`. */
  @IsString()
  number!: string;

  @IsString()
  communityId!: string;

  @IsArray()
  @IsUUID('all', { each: true })
  buildingIds!: string[];

  @IsIn(IncidentCause.codes)
  cause!: IncidentCause;

  @IsString()
  causeLabel!: string;

  @IsString()
  title!: string;

  @IsString()
  description!: string;

  @IsString()
  notice!: string;

  @IsOptional()
  @IsInstant()
  expectedEndAt?: string;

  @IsIn(IncidentStatus.codes)
  status!: IncidentStatus;

  @IsString()
  statusLabel!: string;

  @IsOptional()
  @IsUUID()
  warningId?: string;

  /** The households the notice went to: the units complaints knows in the affected buildings. */
  @IsInt()
  householdCount!: number;

  @IsInt()
  complaintCount!: number;

  /** Attached complaints the closing has resolved so far. */
  @IsInt()
  resolvedComplaintCount!: number;

  @IsInstant()
  openedAt!: string;

  @ValidateNested()
  @Type(() => StaffRef)
  openedBy!: StaffRef;

  @IsOptional()
  @IsInstant()
  closedAt?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => StaffRef)
  closedBy?: StaffRef;

  @IsOptional()
  @IsString()
  measures?: string;

  @IsOptional()
  @IsString()
  result?: string;
}

/** `incident.opened.v1` (CMP-15): carries the one notice for the affected households. */
export class IncidentOpenedV1 {
  @IsUUID()
  incidentId!: string;

  @IsString()
  number!: string;

  @IsString()
  communityId!: string;

  /** None: the whole community. */
  @IsArray()
  @IsUUID('all', { each: true })
  buildingIds!: string[];

  @IsIn(IncidentCause.codes)
  cause!: IncidentCause;

  @IsString()
  title!: string;

  @IsString()
  notice!: string;

  @IsInt()
  householdCount!: number;

  @IsInstant()
  openedAt!: string;
}

/** `incident.closed.v1` (CMP-15): the attached complaints are resolved with the incident's record. */
export class IncidentClosedV1 {
  @IsUUID()
  incidentId!: string;

  @IsString()
  number!: string;

  @IsString()
  communityId!: string;

  @IsString()
  measures!: string;

  @IsString()
  result!: string;

  @ValidateNested()
  @Type(() => StaffRef)
  closedBy!: StaffRef;

  @IsInstant()
  closedAt!: string;
}
