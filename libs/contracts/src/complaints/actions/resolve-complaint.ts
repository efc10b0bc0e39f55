import { HasText } from '../../validation/text.js';
import { IsString, IsUUID } from 'class-validator';

/** CMP-8: the measures taken and the result. */
export class ResolutionV1 {
  @IsString()
  @HasText(1, 2000)
  measures!: string;

  @IsString()
  @HasText(1, 2000)
  result!: string;
}

export class ResolveComplaintV1 extends ResolutionV1 {
  @IsUUID()
  complaintId!: string;
}

/** CMP-8: the customer does not accept the resolution; it goes back to negotiation. */
export class DisagreementV1 {
  @IsString()
  @HasText(1, 1000)
  reason!: string;
}

export class RecordComplaintDisagreementV1 extends DisagreementV1 {
  @IsUUID()
  complaintId!: string;
}

/** CMP-8: an unreasonable complaint closed as explained (无理投诉,已解释). */
export class ExplanationV1 {
  @IsString()
  @HasText(1, 2000)
  explanation!: string;
}

export class CloseComplaintAsExplainedV1 extends ExplanationV1 {
  @IsUUID()
  complaintId!: string;
}
