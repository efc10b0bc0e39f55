import { Module } from '@nestjs/common';
import { UnitsNatsController } from './units.nats-controller.js';
import { UnitsService } from './units.service.js';

/** RES-1: units, with their current occupants. */
@Module({
  controllers: [UnitsNatsController],
  providers: [UnitsService],
})
export class UnitsModule {}
