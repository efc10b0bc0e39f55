import { Module } from '@nestjs/common';
import { BillingBridgeModule } from '../billing/billing-bridge.module.js';
import { MoveInService } from './move-in.service.js';
import { MoveInsNatsController } from './move-ins.nats-controller.js';

/** RES-4: move-in. */
@Module({
  imports: [BillingBridgeModule],
  controllers: [MoveInsNatsController],
  providers: [MoveInService],
})
export class MoveInsModule {}
