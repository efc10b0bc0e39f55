import { defineCommand, defineEvent } from '../../events/definitions.js';
import { ResidentsBus } from '../residents.bus.js';
import { EndOccupancyV1 } from './end-occupancy.js';
import { OccupancyEndedV1 } from './occupancy-ended.js';
import { OccupancyStartedV1 } from './occupancy-started.js';
import type { OccupancyView } from './occupancy-view.js';
import { StartOccupancyV1 } from './start-occupancy.js';

/* RES-2: people's relations to units over time. */

const C = ResidentsBus.commands;
const E = ResidentsBus.events;

export const StartOccupancy = defineCommand<StartOccupancyV1, OccupancyView>({
  subject: C.startOccupancy,
  request: StartOccupancyV1,
  summary: 'Link a person to a unit as owner, tenant, household member or emergency contact (RES-2)',
});

export const EndOccupancy = defineCommand<EndOccupancyV1, OccupancyView>({
  subject: C.endOccupancy,
  request: EndOccupancyV1,
  summary: 'End an occupancy; it stays in the history (RES-2)',
});

export const OccupancyStarted = defineEvent({
  subject: E.occupancyStarted,
  type: 'occupancy.started.v1',
  data: OccupancyStartedV1,
  summary: 'A person became owner, tenant, member or contact of a unit',
});

export const OccupancyEnded = defineEvent({
  subject: E.occupancyEnded,
  type: 'occupancy.ended.v1',
  data: OccupancyEndedV1,
  summary: 'An occupancy ended',
});
