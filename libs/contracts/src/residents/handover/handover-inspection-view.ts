import { Type } from 'class-transformer';
import { IsString, IsUUID, ValidateNested } from 'class-validator';
import { StaffRef } from '../../identity/staff-ref.js';
import { IsInstant } from '../../validation/validators.js';
import { HandoverDefectV1 } from './record-handover-inspection.js';

export class HandoverDefectView extends HandoverDefectV1 {
  @IsUUID()
  id!: string;

  @IsString()
  severityLabel!: string;
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

  @ValidateNested()
  @Type(() => StaffRef)
  inspectedBy!: StaffRef;

  @ValidateNested({ each: true })
  @Type(() => HandoverDefectView)
  defects!: HandoverDefectView[];
}
