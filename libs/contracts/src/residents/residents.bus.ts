/** Everything the residents service serves on the bus and publishes to its stream. */
export const ResidentsBus = {
  service: 'residents',
  stream: 'RESIDENTS',
  streamSubjects: 'residents.events.>',
  commands: {},
  queries: {},
  events: {},
} as const;
