import { Module } from '@nestjs/common';
import { BillingBridgeModule } from '../billing/billing-bridge.module.js';
import { OccupanciesNatsController } from './occupancies.nats-controller.js';
import { OccupanciesService } from './occupancies.service.js';

/** RES-2: occupancy of units by people. */
@Module({
  imports: [BillingBridgeModule],
  controllers: [OccupanciesNatsController],
  providers: [OccupanciesService],
})
export class OccupanciesModule {}
