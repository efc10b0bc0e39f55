import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  EquipmentReportSubmissionV1,
  EquipmentReportView,
  GetProactiveVisit,
  ListEquipmentReports,
  ListEquipmentReportsV1,
  ListProactiveVisits,
  ListProactiveVisitsV1,
  ProactiveVisitRecordV1,
  ProactiveVisitView,
  RecordProactiveVisit,
  SubmitEquipmentReport,
  type Page,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { IdParam } from '../http/id-param.js';
import {
  ApiBadInput,
  ApiIdempotent,
  ApiIdPath,
  ApiJsonBody,
  ApiNotFound,
  ApiOk,
  ApiPage,
  ApiQueryOf,
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

/** MNT-12: the visits after handover and fit-out, scheduled by maintenance from residents' events. */
@ApiTag('maintenance')
@ApiServedBy('maintenance')
@Controller('api/v1/proactive-visits')
export class ProactiveVisitsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Get()
  @RequiresPermission('maintenance.proactive-visits.read')
  @ApiOperation({
    summary:
      '主动回访 Visits due after handover and fit-out (15–30 days, 3 and 6 months), by community, unit, status, due date or overdue (MNT-12)',
  })
  @ApiQueryOf(ListProactiveVisitsV1)
  @ApiPage(ProactiveVisitView)
  @ApiBadInput()
  listProactiveVisits(@Query() query: ListProactiveVisitsV1): Promise<Page<ProactiveVisitView>> {
    return this.bus.request(ListProactiveVisits, query);
  }

  @Get(':id')
  @RequiresPermission('maintenance.proactive-visits.read')
  @ApiOperation({ summary: '查看主动回访 One proactive visit (MNT-12)' })
  @ApiIdPath('The visit')
  @ApiOk(ProactiveVisitView)
  @ApiBadInput()
  @ApiNotFound("No such visit in the caller's communities")
  getProactiveVisit(@Param() p: IdParam): Promise<ProactiveVisitView> {
    return this.bus.request(GetProactiveVisit, { id: p.id });
  }

  @Post(':id/record')
  @HttpCode(200)
  @RequiresPermission('maintenance.proactive-visits.record')
  @ApiOperation({
    summary:
      '登记回访 Record the visit as made: how, the satisfaction and what the resident raised; once (MNT-12)',
  })
  @ApiIdPath('The visit')
  @ApiJsonBody(ProactiveVisitRecordV1)
  @ApiOk(ProactiveVisitView)
  @ApiBadInput()
  @ApiNotFound("No such visit in the caller's communities")
  @ApiIdempotent('INVALID_STATE_TRANSITION: the visit was already recorded or is exempt')
  recordProactiveVisit(
    @Param() p: IdParam,
    @Body() body: ProactiveVisitRecordV1,
  ): Promise<ProactiveVisitView> {
    return this.bus.request(RecordProactiveVisit, { ...body, visitId: p.id });
  }
}

/** MNT-12: each community's first-year equipment usage report, due 12 months after its first handover. */
@ApiTag('maintenance')
@ApiServedBy('maintenance')
@Controller('api/v1/equipment-reports')
export class EquipmentReportsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Get()
  @RequiresPermission('maintenance.equipment-reports.read')
  @ApiOperation({
    summary: '首年设备使用报告 Communities’ first-year equipment reports, by status or overdue (MNT-12)',
  })
  @ApiQueryOf(ListEquipmentReportsV1)
  @ApiPage(EquipmentReportView)
  @ApiBadInput()
  listEquipmentReports(@Query() query: ListEquipmentReportsV1): Promise<Page<EquipmentReportView>> {
    return this.bus.request(ListEquipmentReports, query);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @RequiresPermission('maintenance.equipment-reports.submit')
  @ApiOperation({
    summary: '提交设备使用报告 Submit the report with its summary and fault count; once (MNT-12)',
  })
  @ApiIdPath('The report')
  @ApiJsonBody(EquipmentReportSubmissionV1)
  @ApiOk(EquipmentReportView)
  @ApiBadInput()
  @ApiNotFound("No such report in the caller's communities")
  @ApiIdempotent('INVALID_STATE_TRANSITION: the report was already submitted')
  submitEquipmentReport(
    @Param() p: IdParam,
    @Body() body: EquipmentReportSubmissionV1,
  ): Promise<EquipmentReportView> {
    return this.bus.request(SubmitEquipmentReport, { ...body, reportId: p.id });
  }
}
