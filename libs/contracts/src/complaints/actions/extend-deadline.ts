import { HasText } from '../../validation/text.js';
import { Type } from 'class-transformer';
import { Equals, IsIn, IsObject, IsString, ValidateNested, IsUUID } from 'class-validator';
import { IsInstant } from '../../validation/validators.js';
import { ComplaintChannel } from '../complaint-codes.js';

/** CMP-3: the customer's recorded consent, without which no deadline moves. */
export class CustomerConsentV1 {
  @Equals(true, { message: 'consented must be true: a deadline moves only with the customer’s consent' })
  consented!: boolean;

  @IsInstant()
  consentedAt!: string;

  /** How the consent was given. */
  @IsIn(ComplaintChannel.codes)
  channel!: ComplaintChannel;
}

export class DeadlineExtensionV1 {
  /** The new resolution deadline, later than the current one. */
  @IsInstant()
  until!: string;

  @IsString()
  @HasText(1, 500)
  reason!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => CustomerConsentV1)
  customerConsent!: CustomerConsentV1;
}

export class ExtendComplaintDeadlineV1 extends DeadlineExtensionV1 {
  @IsUUID()
  complaintId!: string;
}
