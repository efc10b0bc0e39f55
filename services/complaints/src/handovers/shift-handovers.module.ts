import { Module } from '@nestjs/common';
import { CommunityReplicaModule, ClockModule } from '@pcs/platform';
import { ShiftHandoverService } from './shift-handover.service.js';
import { ShiftHandoversNatsController } from './shift-handovers.nats-controller.js';

/** DESK-1: shift handovers at the front desk. */
@Module({
  imports: [ClockModule, CommunityReplicaModule],
  controllers: [ShiftHandoversNatsController],
  providers: [ShiftHandoverService],
})
export class ShiftHandoversModule {}
