import { Module } from '@nestjs/common';
import { HandoverNatsController } from './handover.nats-controller.js';
import { HandoverService } from './handover.service.js';

/** RES-3: handover inspections. */
@Module({
  controllers: [HandoverNatsController],
  providers: [HandoverService],
})
export class HandoverModule {}
