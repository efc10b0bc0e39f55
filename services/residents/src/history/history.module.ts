import { Module } from '@nestjs/common';
import { HistoryNatsController } from './history.nats-controller.js';
import { HistoryService } from './history.service.js';

/** GEN-3 as the desk reads it: a unit's timeline and a person's procedures. */
@Module({
  controllers: [HistoryNatsController],
  providers: [HistoryService],
})
export class HistoryModule {}
