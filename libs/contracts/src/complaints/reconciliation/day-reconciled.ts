import { Type } from 'class-transformer';
import { IsInt, IsString, IsUUID, ValidateNested } from 'class-validator';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';
import { LabelledCountView } from '../complaint-summary-view.js';

/**
 * `complaint.day-reconciled.v1` (CMP-6): a supervisor signed a community's day. From then on the day
 * is locked: no entry can be registered as received on it. No customer data (GEN-4).
 */
export class DayReconciledV1 {
  @IsUUID()
  reconciliationId!: string;

  @IsString()
  communityId!: string;

  @IsLocalDate()
  date!: string;

  /** Staff id of the supervisor who signed. */
  @IsString()
  signedBy!: string;

  @IsInstant()
  signedAt!: string;

  @IsInt()
  entryCount!: number;

  @ValidateNested({ each: true })
  @Type(() => LabelledCountView)
  gapCounts!: LabelledCountView[];
}
