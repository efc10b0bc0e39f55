import { Matches } from 'class-validator';
import { COMMUNITY_ID_PATTERN } from '@pcs/contracts';

/**
 * A path `{id}` of a community: communities are identified by their code (`GZ01`), not a UUID
 * (decision 0001). A malformed one is bad input (400 naming `id`), not a missing community.
 */
export class CommunityIdParam {
  @Matches(COMMUNITY_ID_PATTERN, { message: 'id must be a community code such as GZ01' })
  id!: string;
}
