import { HasText } from '../../validation/text.js';
import { IsOptional, IsString, IsUUID } from 'class-validator';

/** DESK-1: the incoming staff member takes the shift over as handed. */
export class ShiftHandoverAcceptanceV1 {
  @IsOptional()
  @IsString()
  @HasText(1, 1000)
  note?: string;
}

export class AcceptShiftHandoverV1 extends ShiftHandoverAcceptanceV1 {
  @IsUUID()
  handoverId!: string;
}
