import { IsBoolean, IsUUID } from 'class-validator';

/** RES-4: the handbook (业户手册) and the decoration rules were handed over and acknowledged. */
export class AcknowledgementsV1 {
  @IsBoolean()
  handbook!: boolean;

  @IsBoolean()
  decorationRules!: boolean;
}

export class RecordMoveInAcknowledgementsV1 extends AcknowledgementsV1 {
  @IsUUID()
  moveInId!: string;
}
