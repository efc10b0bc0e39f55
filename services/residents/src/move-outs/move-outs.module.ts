import { Module } from '@nestjs/common';
import { BillingBridgeModule } from '../billing/billing-bridge.module.js';
import { MoveOutService } from './move-out.service.js';
import { MoveOutsNatsController } from './move-outs.nats-controller.js';

/** RES-6: move-out. */
@Module({
  imports: [BillingBridgeModule],
  controllers: [MoveOutsNatsController],
  providers: [MoveOutService],
})
export class MoveOutsModule {}
