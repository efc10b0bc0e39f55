import { announceCommunities as announce, type ServiceFixture } from '@pcs/testing';

/** Residents announcing `communityIds` to the complaints service of `fixture` (decisions 0086, 0194). */
export function announceCommunities(fixture: ServiceFixture, communityIds: readonly string[]): Promise<void> {
  return announce(fixture.bus, fixture.service.database, communityIds);
}
