/** Everything the maintenance service serves on the bus and publishes to its stream. */
export const MaintenanceBus = {
  service: 'maintenance',
  stream: 'MAINTENANCE',
  streamSubjects: 'maintenance.events.>',
  commands: {},
  queries: {},
  events: {
    repairRequestProgressed: 'maintenance.events.repair-request.progressed',
    workOrderCompleted: 'maintenance.events.work-order.completed',
    settlementCertified: 'maintenance.events.settlement.certified',
  },
} as const;
