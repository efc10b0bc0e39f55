import { HasText } from '../../validation/text.js';
import { ArrayMaxSize, ArrayMinSize, IsString, IsUUID } from 'class-validator';
import { IsInstant } from '../../validation/validators.js';

/** CMP-5: the special meeting record (专题会议纪要) a major complaint needs before it closes. */
export class MeetingRecordV1 {
  @IsInstant()
  heldAt!: string;

  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @HasText(1, 40, { each: true })
  attendees!: string[];

  @IsString()
  @HasText(1, 5000)
  minutes!: string;
}

export class RecordComplaintMeetingV1 extends MeetingRecordV1 {
  @IsUUID()
  complaintId!: string;
}
