import { expect } from '@jest/globals';
import { CommunityCreated, ResidentsBus } from '@pcs/contracts';
import { eventually } from './eventually.js';
import type { TestBus } from './test-bus.js';
import { queryDatabase, type TestDatabase } from './test-resources.js';

/**
 * Stands in for residents announcing communities to a service that keeps their replica: records
 * exist only in communities residents announced (decisions 0086, 0194). Resolves once the service's
 * replica (in `database`) has them all.
 */
export async function announceCommunities(
  bus: TestBus,
  database: TestDatabase,
  communityIds: readonly string[],
  companyId = 'HRX',
): Promise<void> {
  for (const communityId of communityIds) {
    await bus.publishEvent(CommunityCreated, ResidentsBus, {
      source: 'residents',
      subject: communityId,
      companyid: companyId,
      communityid: communityId,
      aggregateversion: 1,
      data: { communityId, name: `${communityId}花园`, kind: 'residential', timeZone: 'Asia/Shanghai' },
    });
  }
  await eventually(async () =>
    expect(
      await queryDatabase(
        database.url,
        'select count(*)::int as n from community_replica where company_id = $1 and community_id = any($2)',
        [companyId, communityIds],
      ),
    ).toEqual([{ n: communityIds.length }]),
  );
}
