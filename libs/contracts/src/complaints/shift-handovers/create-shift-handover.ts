import { HasText } from '../../validation/text.js';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { IsInstant } from '../../validation/validators.js';

/** The incoming staff member (a StaffRef), as the desk names them: the id they sign in with and a name. */
export class IncomingStaffV1 {
  @IsString()
  @HasText(1, 100)
  staffId!: string;

  @IsString()
  @HasText(1, 100)
  name!: string;
}

/**
 * DESK-1: the outgoing staff member hands the shift over to the incoming one: what happened and what
 * is pending. The service adds the open items, promised call-backs and active matters as they stand.
 */
export class CreateShiftHandoverV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => IncomingStaffV1)
  to!: IncomingStaffV1;

  /** When the outgoing shift ends (default: now). */
  @IsOptional()
  @IsInstant()
  shiftEndsAt?: string;

  @IsString()
  @HasText(1, 4000)
  summary!: string;

  @IsOptional()
  @IsString()
  @HasText(1, 4000)
  notes?: string;
}
