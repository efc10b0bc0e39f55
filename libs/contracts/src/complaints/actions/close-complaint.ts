import { HasText } from '../../validation/text.js';
import { IsOptional, IsString, IsUUID } from 'class-validator';

/** CMP-9: a resolved complaint reopened, by hand or by a dissatisfied return visit. */
export class ReopeningV1 {
  @IsString()
  @HasText(1, 1000)
  reason!: string;
}

export class ReopenComplaintV1 extends ReopeningV1 {
  @IsUUID()
  complaintId!: string;
}

/** Closing a resolved complaint whose return visit was made or exempted. */
export class ClosingV1 {
  @IsOptional()
  @IsString()
  @HasText(1, 500)
  note?: string;
}

export class CloseComplaintV1 extends ClosingV1 {
  @IsUUID()
  complaintId!: string;
}

/** CMP-13, DESK-2: the answer to a suggestion, praise or enquiry. */
export class AnswerV1 {
  @IsString()
  @HasText(1, 2000)
  answer!: string;
}

export class AnswerComplaintV1 extends AnswerV1 {
  @IsUUID()
  complaintId!: string;
}

/** CMP-16: this entry is about the same matter as `intoId`, which stays. */
export class MergeV1 {
  @IsUUID()
  intoId!: string;

  @IsString()
  @HasText(1, 500)
  reason!: string;
}

export class MergeComplaintV1 extends MergeV1 {
  @IsUUID()
  complaintId!: string;
}
