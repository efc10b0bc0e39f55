import { IsDefined, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { PageQuery } from '../../common/pagination.js';
import { PHONE_PATTERN } from '../../validation/validators.js';

/**
 * GEN-4: finding people needs the `people.search` permission, and a name, phone or unit to search by:
 * there is no listing of everybody. Results are masked.
 */
export class SearchPeopleV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId?: string;

  /** A name or its beginning: 王, 王建. One of name, phone or unitId is required. */
  @ValidateIf(
    (q: SearchPeopleV1) => q.name !== undefined || (q.phone === undefined && q.unitId === undefined),
  )
  @IsDefined({ message: 'one of name, phone or unitId is required' })
  @IsString()
  @Length(1, 50)
  name?: string;

  /** The full number (e.g. from caller ID). */
  @IsOptional()
  @IsString()
  @Matches(PHONE_PATTERN, { message: 'phone must be a full mainland mobile or landline number' })
  phone?: string;

  @IsOptional()
  @IsUUID()
  unitId?: string;
}
