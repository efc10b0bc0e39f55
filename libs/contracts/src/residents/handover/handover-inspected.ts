import { Type } from 'class-transformer';
import { IsInt, IsUUID, ValidateNested } from 'class-validator';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';
import { HandoverDefectView } from './handover-inspection-view.js';

/** `handover.inspected.v1`: maintenance turns each defect into a warranty repair request (RES-3, MNT-4 A). */
export class HandoverInspectedV1 {
  @IsUUID()
  inspectionId!: string;

  @IsUUID()
  unitId!: string;

  @IsUUID()
  ownerPersonId!: string;

  @IsInstant()
  inspectedAt!: string;

  /** For warranty periods (MNT-3). */
  @IsLocalDate()
  handoverDate!: string;

  @IsInt()
  defectCount!: number;

  @ValidateNested({ each: true })
  @Type(() => HandoverDefectView)
  defects!: HandoverDefectView[];
}
