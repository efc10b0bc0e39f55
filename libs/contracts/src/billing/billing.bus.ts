/** Everything the billing service serves on the bus and publishes to its stream. */
export const BillingBus = {
  service: 'billing',
  stream: 'BILLING',
  streamSubjects: 'billing.events.>',
  commands: {
    drawRevolvingFund: 'billing.revolving-fund.draw',
  },
  queries: {
    getClearance: 'billing.clearance.get',
    getChargeRequestStatus: 'billing.charge-requests.status',
  },
  events: {
    chargeRequestSettled: 'billing.events.charge-request.settled',
  },
} as const;
