import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  ComplaintRollupView,
  GetComplaintRollup,
  GetComplaintRollupV1,
  GetWeeklyComplaintReport,
  GetWeeklyComplaintReportV1,
  WeeklyComplaintReportView,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { ApiBadInput, ApiNotFound, ApiOk, ApiQueryOf, ApiServedBy } from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

/** CMP-12: complaint reports, as JSON; the same reports download as CSV and XLSX (decision 0146). */
@ApiTag('complaints')
@ApiServedBy('complaints')
@Controller('api/v1/reports')
export class ComplaintReportsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Get('complaints-weekly')
  @RequiresPermission('reports.complaints.weekly')
  @ApiOperation({
    summary:
      '投诉处理周报 A community’s week (Monday to Sunday in its time zone): received, resolved, overdue, by category and department, satisfaction, typical cases (CMP-12)',
  })
  @ApiQueryOf(GetWeeklyComplaintReportV1)
  @ApiOk(WeeklyComplaintReportView)
  @ApiBadInput()
  @ApiNotFound("The community is not one of the caller's")
  getWeeklyComplaintReport(@Query() query: GetWeeklyComplaintReportV1): Promise<WeeklyComplaintReportView> {
    return this.bus.request(GetWeeklyComplaintReport, query);
  }

  @Get('complaints-rollup')
  @RequiresPermission('reports.complaints.rollup')
  @ApiOperation({
    summary:
      '投诉季报/年报 The company’s quarter (2026-Q4) or year (2026): a line per community the caller sees and the total (CMP-12)',
  })
  @ApiQueryOf(GetComplaintRollupV1)
  @ApiOk(ComplaintRollupView)
  @ApiBadInput()
  getComplaintRollup(@Query() query: GetComplaintRollupV1): Promise<ComplaintRollupView> {
    return this.bus.request(GetComplaintRollup, query);
  }
}
