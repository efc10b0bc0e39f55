import { IsDefined, IsOptional, IsString, IsUUID, Matches, ValidateIf } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { PageQuery } from '../../common/pagination.js';
import { PHONE_TAIL_PATTERN } from '../../identity/phone-number.js';
import { IsPhoneNumber } from '../../validation/validators.js';
import { HasText } from '../../validation/text.js';

/**
 * GEN-4: finding people needs the `people.search` permission, and a name, phone, phone tail or unit
 * to search by: there is no listing of everybody. Results are masked.
 */
export class SearchPeopleV1 extends PageQuery {
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN)
  communityId?: string;

  /** A name or its beginning: 王, 王建. One of name, phone, phoneTail or unitId is required. */
  @ValidateIf(
    (q: SearchPeopleV1) =>
      q.name !== undefined || (q.phone === undefined && q.phoneTail === undefined && q.unitId === undefined),
  )
  @IsDefined({ message: 'one of name, phone, phoneTail or unitId is required' })
  @HasText(1, 50)
  name?: string;

  /** The full number in any common format (caller ID, `+86 138 0013 8000`, `020-88881234 转 601`). */
  @IsOptional()
  @IsString()
  @IsPhoneNumber()
  phone?: string;

  /** The last four digits (尾号) a caller gives. */
  @IsOptional()
  @IsString()
  @Matches(PHONE_TAIL_PATTERN, { message: 'phoneTail must be the last four digits of a number' })
  phoneTail?: string;

  @IsOptional()
  @IsUUID()
  unitId?: string;
}
