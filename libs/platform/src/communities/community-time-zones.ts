import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_TIME_ZONE } from '@pcs/work-calendar';
import { CommunityReplica } from './community-replica.entity.js';

/** The time zone of a community, from the local replica. */
@Injectable()
export class CommunityTimeZones {
  /**
   * A community the replica has not heard of yet (its event still on the way) is taken to be in the
   * company's default zone, Asia/Shanghai, where every community is today (decision 0011).
   */
  async timeZoneOf(em: EntityManager, companyId: string, communityId: string): Promise<string> {
    const community = await em.findOne(CommunityReplica, { companyId, communityId }, { filters: false });
    return community?.timeZone ?? DEFAULT_TIME_ZONE;
  }
}
