import { IsIn, IsString } from 'class-validator';
import { CommunityKind } from '../residents-codes.js';

/** `community.created.v1` */
export class CommunityCreatedV1 {
  @IsString()
  communityId!: string;

  @IsString()
  name!: string;

  @IsIn(CommunityKind.codes)
  kind!: CommunityKind;

  @IsString()
  timeZone!: string;
}
