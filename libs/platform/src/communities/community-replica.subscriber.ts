import { Injectable } from '@nestjs/common';
import { CommunityCreated, ResidentsBus } from '@pcs/contracts';
import { ConsumesEvents, type EventSubscriber } from '../inbox/consumes-events.js';
import { onEvent, type EventHandler } from '../inbox/event-consumer.js';

/**
 * Keeps the community replica from the residents service's community events. Needs no order: each
 * event carries the community's whole state and its version, and the newest version wins.
 */
@Injectable()
@ConsumesEvents({
  name: 'communities',
  stream: ResidentsBus.stream,
  filterSubject: ResidentsBus.events.communityCreated,
})
export class CommunityReplicaSubscriber implements EventSubscriber {
  handlers(): EventHandler[] {
    return [
      onEvent(CommunityCreated, async (event, em) => {
        const { communityId, name, timeZone } = event.data;
        await em.execute(
          `insert into community_replica (company_id, community_id, name, time_zone, version)
           values (?, ?, ?, ?, ?)
           on conflict (company_id, community_id) do update
             set name = excluded.name, time_zone = excluded.time_zone, version = excluded.version
           where community_replica.version < excluded.version`,
          [event.companyid, communityId, name, timeZone, event.aggregateversion ?? 1],
        );
      }),
    ];
  }
}
