import { HasText } from '../../validation/text.js';
import { IsIn, IsOptional, IsString, IsUUID, ValidateIf } from 'class-validator';
import { ReturnVisitExemption, ReturnVisitMethod, Satisfaction } from '../complaint-codes.js';

/** CMP-9: a return visit that reached the customer, with their satisfaction. */
export class ReturnVisitV1 {
  @IsIn(ReturnVisitMethod.codes)
  method!: ReturnVisitMethod;

  @IsIn(Satisfaction.codes)
  satisfaction!: Satisfaction;

  @IsOptional()
  @IsString()
  @HasText(1, 2000)
  comments?: string;
}

export class RecordReturnVisitV1 extends ReturnVisitV1 {
  @IsUUID()
  complaintId!: string;
}

/** DESK-4: an attempt that did not reach the customer. */
export class VisitAttemptV1 {
  @IsIn(ReturnVisitMethod.codes)
  method!: ReturnVisitMethod;

  @IsOptional()
  @IsString()
  @HasText(1, 500)
  note?: string;
}

export class RecordVisitAttemptV1 extends VisitAttemptV1 {
  @IsUUID()
  complaintId!: string;
}

/** CMP-9: an exemption from the return visit, with its reason. */
export class VisitExemptionV1 {
  @IsIn(ReturnVisitExemption.codes.filter((e) => e !== 'unreachable' && e !== 'refused-visits'))
  exemption!: ReturnVisitExemption;

  @IsString()
  @HasText(1, 500)
  note!: string;

  /**
   * CMP-9: resolved on the spot *with the customer satisfied*: the satisfaction the customer stated,
   * required with `resolved-on-the-spot` and only with it (decision 0216).
   */
  @ValidateIf((v: VisitExemptionV1) => v.exemption === 'resolved-on-the-spot' || v.satisfaction !== undefined)
  @IsIn(['very-satisfied', 'satisfied'], {
    message: 'satisfaction must be very-satisfied or satisfied: only a satisfied customer is not visited',
  })
  satisfaction?: Satisfaction;
}

export class ExemptReturnVisitV1 extends VisitExemptionV1 {
  @IsUUID()
  complaintId!: string;
}
