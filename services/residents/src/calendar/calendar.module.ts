import { Module } from '@nestjs/common';
import { CalendarNatsController } from './calendar.nats-controller.js';
import { CalendarService } from './calendar.service.js';

/** GEN-1: the company calendar's data. */
@Module({
  controllers: [CalendarNatsController],
  providers: [CalendarService],
})
export class CalendarModule {}
