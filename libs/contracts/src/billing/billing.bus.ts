/** Everything the billing service serves on the bus and publishes to its stream. */
export const BillingBus = {
  service: 'billing',
  stream: 'BILLING',
  streamSubjects: 'billing.events.>',
  commands: {
    drawRevolvingFund: 'billing.revolving-fund.draw',
    replenishRevolvingFund: 'billing.revolving-fund.replenish',
    recordPayment: 'billing.payments.record',
    reversePayment: 'billing.payments.reverse',
    refundCredit: 'billing.credit.refund',
    issueCreditNote: 'billing.bills.credit-note',
    deductDeposit: 'billing.deposits.deduct',
    refundDeposit: 'billing.deposits.refund',
    receiveQualityDeposit: 'billing.quality-deposits.receive',
    setFeeItemRate: 'billing.fee-items.set-rate',
    runBilling: 'billing.billing-runs.run',
  },
  queries: {
    getClearance: 'billing.clearance.get',
    getChargeRequestStatus: 'billing.charge-requests.status',
    getStatement: 'billing.statements.get',
    getQualityDeposit: 'billing.quality-deposits.get',
  },
  events: {
    chargeRequestSettled: 'billing.events.charge-request.settled',
    billIssued: 'billing.events.bill.issued',
    paymentRecorded: 'billing.events.payment.recorded',
    paymentReversed: 'billing.events.payment.reversed',
    depositReceived: 'billing.events.deposit.received',
    depositRefunded: 'billing.events.deposit.refunded',
    accountCleared: 'billing.events.account.cleared',
  },
} as const;
