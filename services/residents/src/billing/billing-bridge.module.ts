import { Module } from '@nestjs/common';
import { BillingQueries } from './billing-queries.js';
import { ChargeRequestSettledSubscriber } from './charge-request-settled.subscriber.js';

/** The procedures' side of billing: its queries (BIL-11, charge status) and its settled events. */
@Module({
  providers: [BillingQueries, ChargeRequestSettledSubscriber],
  exports: [BillingQueries],
})
export class BillingBridgeModule {}
