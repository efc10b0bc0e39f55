import { Module } from '@nestjs/common';
import { ClockModule } from '@pcs/platform';
import { BillingBridgeModule } from '../billing/billing-bridge.module.js';
import { MoveOutScheduler } from './move-out-scheduler.js';
import { MoveOutService } from './move-out.service.js';
import { MoveOutVacancies } from './move-out-vacancies.js';
import { MoveOutsNatsController } from './move-outs.nats-controller.js';

/** RES-6: move-out, and the daily round that makes a unit vacant on its move-out date. */
@Module({
  imports: [BillingBridgeModule, ClockModule],
  controllers: [MoveOutsNatsController],
  providers: [MoveOutScheduler, MoveOutService, MoveOutVacancies],
})
export class MoveOutsModule {}
