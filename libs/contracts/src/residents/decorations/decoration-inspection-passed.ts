import { IsString, IsUUID } from 'class-validator';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';

/**
 * `decoration.inspection-passed.v1`: billing makes the decoration deposit refundable 90 days after
 * `passedAt` (BIL-9), if no deduction is pending.
 */
export class DecorationInspectionPassedV1 {
  @IsUUID()
  decorationId!: string;

  @IsString()
  number!: string;

  @IsUUID()
  unitId!: string;

  @IsUUID()
  applicantPersonId!: string;

  @IsInstant()
  passedAt!: string;

  @IsLocalDate()
  depositRefundableFrom!: string;
}
