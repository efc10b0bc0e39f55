import { IsString, IsUUID } from 'class-validator';
import { IsInstant } from '../../validation/validators.js';

/**
 * `shift-handover.refused.v1` (DESK-1): the incoming staff member refused a handover; the refusal goes
 * to the supervisor, who finds it in the day's review.
 */
export class ShiftHandoverRefusedV1 {
  @IsUUID()
  handoverId!: string;

  @IsString()
  communityId!: string;

  /** Staff id of the outgoing staff member. */
  @IsString()
  fromStaffId!: string;

  /** Staff id of the incoming staff member, who refused. */
  @IsString()
  toStaffId!: string;

  @IsString()
  reason!: string;

  @IsInstant()
  refusedAt!: string;
}
