import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '../common/ids.js';
import { HasText } from '../validation/text.js';
import { IsInstant } from '../validation/validators.js';

/**
 * MNT-7, MNT-13 (decision 0329): a repair team (维修班组) of the company's directory. A work order is
 * dispatched to a team only by its id here, and the team's revolving fund is the one finance set up
 * for that id.
 */
export class CreateRepairTeamV1 {
  /**
   * The team's id, when it is already known elsewhere (e.g. the id finance opened its revolving fund
   * for); absent: a new id is chosen.
   */
  @IsOptional()
  @IsUUID()
  id?: string;

  /**
   * The team's name as staff know it, e.g. `工程维修一队`; stored trimmed, and unique in the company
   * ignoring spaces, full-/half-width forms, case and invisible characters (decision 0377).
   */
  @HasText(1, 100)
  name!: string;

  /** The communities the team serves; absent or empty: every community of the company. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(COMMUNITY_ID_PATTERN, { each: true, message: 'communityIds must be community codes such as GZ01' })
  communityIds?: string[];
}

/**
 * GEN-5 (decision 0378): a community-scoped caller lists the teams serving its communities (the
 * company-wide ones among them); a `communityId` outside its communities is 404.
 */
export class ListRepairTeamsV1 {
  /** Only the teams that serve this community (those of the whole company among them). */
  @IsOptional()
  @IsString()
  @Matches(COMMUNITY_ID_PATTERN, { message: 'communityId must be a community code such as GZ01' })
  communityId?: string;
}

export class RepairTeamView {
  @IsUUID()
  id!: string;

  @IsString()
  name!: string;

  /** The communities the team serves; empty: every community of the company. */
  @IsString({ each: true })
  communityIds!: string[];

  @IsInstant()
  createdAt!: string;
}

export class RepairTeamListView {
  @ValidateNested({ each: true })
  @Type(() => RepairTeamView)
  items!: RepairTeamView[];
}
