import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsUUID, ValidateNested } from 'class-validator';
import { IsInstant } from '../../validation/validators.js';
import { DefectSeverity, RepairTrade } from '../residents-codes.js';
import { HasText } from '../../validation/text.js';

export class HandoverDefectV1 {
  /** 主卧窗台 */
  @HasText(1, 100)
  location!: string;

  /** 窗台渗水，墙面有水渍 */
  @HasText(1, 500)
  description!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsIn(RepairTrade.codes, { each: true })
  trades!: RepairTrade[];

  @IsIn(DefectSeverity.codes)
  severity!: DefectSeverity;
}

/** The inspection as the HTTP body under `/units/{id}/handover-inspections` carries it. */
export class HandoverInspectionDetailsV1 {
  /** The owner who inspected the unit with staff (验房). */
  @IsUUID()
  ownerPersonId!: string;

  @IsInstant()
  inspectedAt!: string;

  /** Every defect found becomes a repair request in maintenance (warranty type A). Empty: none found. */
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => HandoverDefectV1)
  defects!: HandoverDefectV1[];
}

/** RES-3: record the handover inspection (验房/接楼) of a unit. */
export class RecordHandoverInspectionV1 extends HandoverInspectionDetailsV1 {
  @IsUUID()
  unitId!: string;
}
