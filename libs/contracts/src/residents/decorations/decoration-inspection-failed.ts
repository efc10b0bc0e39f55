import { IsString, IsUUID } from 'class-validator';

/** `decoration.inspection-failed.v1` */
export class DecorationInspectionFailedV1 {
  @IsUUID()
  decorationId!: string;

  @IsUUID()
  unitId!: string;

  @IsString({ each: true })
  itemsToFix!: string[];
}
