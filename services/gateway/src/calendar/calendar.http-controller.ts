import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiParam } from '@nestjs/swagger';
import { CalendarDaysV1, CalendarYearView, GetCalendarYear, SetCalendarYear } from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { YearParam } from '../http/year-param.js';
import { ApiBadInput, ApiIdempotent, ApiJsonBody, ApiOk, ApiServedBy } from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

const ApiYearPath = (): MethodDecorator =>
  ApiParam({ name: 'year', schema: { type: 'integer', minimum: 2000, maximum: 2100 } });

/** GEN-1: the company's holidays and make-up working days, per year: data, not code. */
@ApiTag('calendar')
@ApiServedBy('residents')
@Controller('api/v1/calendar')
export class CalendarHttpController {
  constructor(private readonly bus: BusClient) {}

  @Get(':year')
  @RequiresPermission('calendar.read')
  @ApiOperation({
    summary: "查看工作日历 Read a year's holidays and make-up working days (GEN-1)",
  })
  @ApiYearPath()
  @ApiOk(CalendarYearView)
  @ApiBadInput()
  getCalendarYear(@Param() params: YearParam): Promise<CalendarYearView> {
    return this.bus.request(GetCalendarYear, { year: params.year });
  }

  // PUT: the year's days are replaced as a whole, so sending the same days again changes nothing.
  @Put(':year')
  @RequiresPermission('calendar.manage')
  @ApiOperation({
    summary: "设置工作日历 Set a year's holidays and make-up working days; deadlines follow them (GEN-1)",
  })
  @ApiYearPath()
  @ApiJsonBody(CalendarDaysV1)
  @ApiOk(CalendarYearView)
  @ApiIdempotent()
  @ApiBadInput()
  setCalendarYear(@Param() params: YearParam, @Body() body: CalendarDaysV1): Promise<CalendarYearView> {
    return this.bus.request(SetCalendarYear, { ...body, year: params.year });
  }
}
