import { HasText } from '../../validation/text.js';
import { IsString, IsUUID } from 'class-validator';

/** DESK-1: the incoming staff member refuses the handover, saying why; it goes to the supervisor. */
export class ShiftHandoverRefusalV1 {
  @IsString()
  @HasText(1, 1000)
  reason!: string;
}

export class RefuseShiftHandoverV1 extends ShiftHandoverRefusalV1 {
  @IsUUID()
  handoverId!: string;
}
