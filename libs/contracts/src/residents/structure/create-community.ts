import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../../common/ids.js';
import { CommunityKind } from '../residents-codes.js';
import { AddressV1 } from './address.js';
import { HasText } from '../../validation/text.js';

/** RES-1: register a community (小区/大厦) of the caller's company. */
export class CreateCommunityV1 {
  /** The community's code, unique in the company; it appears in every record number (`GZ01`). */
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'id must be a community code such as GZ01' })
  id!: string;

  /** 锦绣花园 */
  @HasText(1, 50)
  name!: string;

  @IsIn(CommunityKind.codes)
  kind!: CommunityKind;

  @ValidateNested()
  @Type(() => AddressV1)
  address!: AddressV1;

  /** IANA time zone; deadlines and numbers use its calendar. Default Asia/Shanghai. */
  @IsOptional()
  @IsString()
  @MaxLength(40)
  timeZone?: string;
}
