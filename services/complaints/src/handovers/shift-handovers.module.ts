import { Module } from '@nestjs/common';
import { CommunityReplicaModule } from '@pcs/platform';
import { ClockModule } from '../clock/clock.module.js';
import { ShiftHandoverService } from './shift-handover.service.js';
import { ShiftHandoversNatsController } from './shift-handovers.nats-controller.js';

/** DESK-1: shift handovers at the front desk. */
@Module({
  imports: [ClockModule, CommunityReplicaModule],
  controllers: [ShiftHandoversNatsController],
  providers: [ShiftHandoverService],
})
export class ShiftHandoversModule {}
