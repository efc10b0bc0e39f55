import { HasText } from '../../validation/text.js';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { EscalationLevel, MajorReason } from '../complaint-codes.js';

/** CMP-4: a staff member escalates what exceeds their authority, with a reason. */
export class EscalationV1 {
  @IsString()
  @HasText(1, 500)
  reason!: string;
}

export class EscalateComplaintV1 extends EscalationV1 {
  @IsUUID()
  complaintId!: string;
}

/** CMP-4: the person at a level acknowledges the escalation that reached them. */
export class EscalationAcknowledgementV1 {
  @IsIn(EscalationLevel.codes.filter((l) => l !== 'handler'))
  level!: EscalationLevel;

  @IsOptional()
  @IsString()
  @HasText(1, 500)
  note?: string;
}

export class AcknowledgeComplaintEscalationV1 extends EscalationAcknowledgementV1 {
  @IsUUID()
  complaintId!: string;
}

/** CMP-5: why the complaint is major. */
export class MajorFlagV1 {
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique({ message: 'reasons must not repeat a reason' })
  @IsIn(MajorReason.codes, { each: true })
  reasons!: MajorReason[];

  @IsString()
  @HasText(1, 500)
  note!: string;
}

export class FlagMajorComplaintV1 extends MajorFlagV1 {
  @IsUUID()
  complaintId!: string;
}
