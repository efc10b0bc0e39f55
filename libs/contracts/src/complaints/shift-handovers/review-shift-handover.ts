import { HasText } from '../../validation/text.js';
import { IsString, IsUUID } from 'class-validator';

/** DESK-1: the supervisor's daily review of an accepted or refused handover. */
export class ShiftHandoverReviewV1 {
  @IsString()
  @HasText(1, 1000)
  note!: string;
}

export class ReviewShiftHandoverV1 extends ShiftHandoverReviewV1 {
  @IsUUID()
  handoverId!: string;
}
