import { expect } from '@jest/globals';
import { MikroORM } from '@mikro-orm/core';
import { CommunityCreated, ResidentsBus } from '@pcs/contracts';
import { CommunityReplica } from '@pcs/platform';
import { eventually, type ServiceFixture } from '@pcs/testing';

/**
 * Stands in for residents announcing the communities: reconciliations and handovers exist only for
 * communities residents announced (decision 0086). Resolves once the replica has them all.
 */
export async function announceCommunities(
  fixture: ServiceFixture,
  communityIds: readonly string[],
): Promise<void> {
  for (const communityId of communityIds) {
    await fixture.bus.publishEvent(CommunityCreated, ResidentsBus, {
      source: 'residents',
      subject: communityId,
      companyid: 'HRX',
      communityid: communityId,
      aggregateversion: 1,
      data: { communityId, name: `${communityId}花园`, kind: 'residential', timeZone: 'Asia/Shanghai' },
    });
  }
  const em = fixture.service.app.get(MikroORM).em.fork();
  await eventually(async () =>
    expect(await em.count(CommunityReplica, { companyId: 'HRX' }, { filters: false })).toBe(
      communityIds.length,
    ),
  );
}
