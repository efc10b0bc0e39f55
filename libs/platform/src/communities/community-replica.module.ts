import { Module } from '@nestjs/common';
import { CommunityReplicaSubscriber } from './community-replica.subscriber.js';
import { CommunityTimeZones } from './community-time-zones.js';

/**
 * For services that number records or take local dates per community (complaints, maintenance):
 * keeps the communities' names and time zones from the residents service's events. List
 * `CommunityReplica` among the service's entities and `Migration20261202010000_CommunityReplica`
 * among its migrations.
 */
@Module({ providers: [CommunityReplicaSubscriber, CommunityTimeZones], exports: [CommunityTimeZones] })
export class CommunityReplicaModule {}
