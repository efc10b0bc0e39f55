import { HasText } from '../validation/text.js';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../common/ids.js';
import { IsInstant, IsPhoneNumber } from '../validation/validators.js';
import { ComplainantIntent, ComplaintCategory, ComplaintChannel, ComplaintKind } from './complaint-codes.js';

/** The customer as recorded at intake: a surname and a contact, or anonymous (CMP-1). */
export class ComplaintCustomerV1 {
  /** True when the customer did not give a name or a contact. */
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean = false;

  /** Surname (姓), e.g. `王`; required unless anonymous. */
  @ValidateIf((c: ComplaintCustomerV1) => c.anonymous !== true || c.surname !== undefined)
  @IsString()
  @HasText(1, 20)
  surname?: string;

  /** A mobile or landline number to call back; required unless anonymous. */
  @ValidateIf((c: ComplaintCustomerV1) => c.anonymous !== true || c.phone !== undefined)
  @IsString()
  @IsPhoneNumber()
  phone?: string;
}

/** CMP-1: register a complaint, suggestion or praise received by the front desk. */
export class RegisterComplaintV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId!: string;

  @IsOptional()
  @IsIn(ComplaintKind.codes)
  kind?: ComplaintKind = 'complaint';

  @IsIn(ComplaintChannel.codes)
  channel!: ComplaintChannel;

  @IsObject()
  @ValidateNested()
  @Type(() => ComplaintCustomerV1)
  customer!: ComplaintCustomerV1;

  /** The unit concerned, when there is one. */
  @IsOptional()
  @IsUUID()
  unitId?: string;

  /** Where it happened, when not (only) a unit, e.g. `3栋地下车库B区`; required without a unit. */
  @ValidateIf((c: RegisterComplaintV1) => c.unitId === undefined || c.location !== undefined)
  @IsString()
  @HasText(1, 200)
  location?: string;

  /** What happened, in the customer's words. */
  @IsString()
  @HasText(1, 2000)
  description!: string;

  /** What the customer wants to achieve (诉求). */
  @IsString()
  @HasText(1, 1000)
  demand!: string;

  /** When the call, visit or letter was received. */
  @IsInstant()
  receivedAt!: string;

  @IsOptional()
  @IsIn(ComplaintCategory.codes)
  category?: ComplaintCategory;

  @IsOptional()
  @IsIn(ComplainantIntent.codes)
  intent?: ComplainantIntent;

  /** The resident on file, when the desk identified the caller: their preferences apply (RES-7, CMP-10). */
  @IsOptional()
  @IsUUID()
  personId?: string;

  /** CMP-2: the complaint needs a repair; maintenance opens a repair request for it. Implied for kind `repair`. */
  @IsOptional()
  @IsBoolean()
  needsRepair?: boolean;

  /** DESK-2: an enquiry answered on the spot is registered answered. Only for kind `enquiry`. */
  @ValidateIf((c: RegisterComplaintV1) => c.kind === 'enquiry' || c.answer !== undefined)
  @IsString()
  @HasText(1, 2000)
  answer?: string;
}
