import { HasText } from '../../validation/text.js';
import { IsString, IsUUID } from 'class-validator';

/** CMP-3: the responsible department's feedback, due 3 working days after assignment. */
export class DepartmentFeedbackV1 {
  @IsString()
  @HasText(1, 2000)
  feedback!: string;
}

export class RecordComplaintFeedbackV1 extends DepartmentFeedbackV1 {
  @IsUUID()
  complaintId!: string;
}
