import { Module } from '@nestjs/common';
import { CalendarHttpController } from './calendar.http-controller.js';

@Module({ controllers: [CalendarHttpController] })
export class CalendarModule {}
