import { HasText } from '../../validation/text.js';
import { IsOptional, IsString, IsUUID } from 'class-validator';
import { IsInstant } from '../../validation/validators.js';

/** CMP-3: the customer was told, the same day, when it will be resolved. */
export class CustomerAcknowledgementV1 {
  /** The time promised to the customer. */
  @IsInstant()
  promisedAt!: string;

  @IsOptional()
  @IsString()
  @HasText(1, 500)
  note?: string;
}

export class AcknowledgeComplaintV1 extends CustomerAcknowledgementV1 {
  @IsUUID()
  complaintId!: string;
}
