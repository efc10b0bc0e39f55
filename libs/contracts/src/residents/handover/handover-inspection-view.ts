import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { StaffRef } from '../../identity/staff-ref.js';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';
import { HandoverDefectV1 } from './record-handover-inspection.js';

export class HandoverDefectView extends HandoverDefectV1 {
  @IsUUID()
  id!: string;

  @IsString()
  severityLabel!: string;

  /**
   * The trades' Chinese labels, in the order of `trades`. Residents always gives them; optional
   * because `handover.inspected.v1` carries this class and events of v1 published before it lack them.
   */
  @IsOptional()
  @IsString({ each: true })
  tradeLabels?: string[];
}

export class HandoverInspectionView {
  @IsUUID()
  id!: string;

  @IsString()
  communityId!: string;

  @IsUUID()
  unitId!: string;

  @IsUUID()
  ownerPersonId!: string;

  @IsInstant()
  inspectedAt!: string;

  /** 交付日期: the unit's, or the inspection's day for a unit that had none (then kept on the unit). */
  @IsLocalDate()
  handoverDate!: string;

  @ValidateNested()
  @Type(() => StaffRef)
  inspectedBy!: StaffRef;

  @ValidateNested({ each: true })
  @Type(() => HandoverDefectView)
  defects!: HandoverDefectView[];
}
