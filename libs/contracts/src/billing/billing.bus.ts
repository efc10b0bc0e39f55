/** Everything the billing service serves on the bus and publishes to its stream. */
export const BillingBus = {
  service: 'billing',
  stream: 'BILLING',
  streamSubjects: 'billing.events.>',
  commands: {},
  queries: {},
  events: {},
} as const;
