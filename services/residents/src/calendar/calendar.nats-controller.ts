import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  GetCalendarYear,
  GetCalendarYearV1,
  SetCalendarYear,
  SetCalendarYearV1,
  type CalendarYearView,
} from '@pcs/contracts';
import { CalendarService } from './calendar.service.js';

@Controller()
export class CalendarNatsController {
  constructor(private readonly calendar: CalendarService) {}

  @MessagePattern(SetCalendarYear.subject)
  set(@Payload() command: SetCalendarYearV1): Promise<CalendarYearView> {
    return this.calendar.set(command);
  }

  @MessagePattern(GetCalendarYear.subject)
  get(@Payload() query: GetCalendarYearV1): Promise<CalendarYearView> {
    return this.calendar.get(query);
  }
}
