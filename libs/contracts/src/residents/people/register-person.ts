import { Type } from 'class-transformer';
import { IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { IsPhoneNumber } from '../../validation/validators.js';
import { ContactPreferencesV1 } from './contact-preferences.js';
import { IdDocumentV1 } from './id-document.js';
import { HasText } from '../../validation/text.js';

/** The fields of a person that staff may set. */
export class PersonDetailsV1 {
  /** Full name: 王建国, or a company's name for an organisation. */
  @HasText(1, 50)
  name!: string;

  @IsString()
  @IsPhoneNumber()
  phone!: string;

  /** Required before a move-in completes (RES-4). */
  @IsOptional()
  @ValidateNested()
  @Type(() => IdDocumentV1)
  idDocument?: IdDocumentV1;

  @IsOptional()
  @HasText(1, 500)
  notes?: string;
}

/**
 * RES-2: register a person in a community's resident file (客户档案). A person who lives in two of the
 * company's communities has a record in each: every record belongs to exactly one community.
 */
export class RegisterPersonV1 extends PersonDetailsV1 {
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => ContactPreferencesV1)
  preferences?: ContactPreferencesV1;
}
