import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger';
import {
  CancelReportSubscription,
  GetReportDelivery,
  ListReportSubscriptions,
  ListReportSubscriptionsV1,
  ReportDeliveryView,
  ReportSubscriptionListView,
  ReportSubscriptionRequestV1,
  ReportSubscriptionView,
  SubscribeReport,
  type ComplaintRollupView,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { attachment, TABULAR_CONTENT_TYPES, tabularStream } from '@pcs/tabular';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { IdParam } from '../http/id-param.js';
import {
  ApiBadInput,
  ApiCreates,
  ApiIdempotent,
  ApiIdPath,
  ApiJsonBody,
  ApiNotFound,
  ApiOk,
  ApiQueryOf,
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';
import { rollupTable, weeklyReportTable } from './complaint-tables.js';

/** CMP-12: scheduled reports: subscriptions, and the reports produced for them (decision 0147). */
@ApiTag('complaints')
@ApiServedBy('complaints')
@Controller('api/v1/reports')
export class ReportSubscriptionsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post('subscriptions')
  @HttpCode(201)
  @RequiresPermission('reports.subscriptions')
  @ApiOperation({
    summary:
      '订阅报表 Subscribe a community to the weekly report or the quarterly roll-up, produced once per period as CSV or XLSX (CMP-12)',
  })
  @ApiJsonBody(ReportSubscriptionRequestV1)
  @ApiCreates(ReportSubscriptionView)
  @ApiBadInput()
  @ApiNotFound("The community is not one of the caller's")
  @ApiIdempotent()
  createReportSubscription(@Body() body: ReportSubscriptionRequestV1): Promise<ReportSubscriptionView> {
    return this.bus.request(SubscribeReport, body);
  }

  @Get('subscriptions')
  @RequiresPermission('reports.subscriptions')
  @ApiOperation({ summary: '报表订阅 The report subscriptions of the caller’s communities (CMP-12)' })
  @ApiQueryOf(ListReportSubscriptionsV1)
  @ApiOk(ReportSubscriptionListView)
  @ApiBadInput()
  listReportSubscriptions(@Query() query: ListReportSubscriptionsV1): Promise<ReportSubscriptionListView> {
    return this.bus.request(ListReportSubscriptions, query);
  }

  @Post('subscriptions/:id/cancel')
  @HttpCode(200)
  @RequiresPermission('reports.subscriptions')
  @ApiOperation({ summary: '取消订阅 Stop a report subscription; the reports produced stay (CMP-12)' })
  @ApiIdPath('The subscription')
  @ApiOk(ReportSubscriptionView)
  @ApiBadInput()
  @ApiNotFound("No such subscription in the caller's communities")
  @ApiIdempotent()
  cancelReportSubscription(@Param() p: IdParam): Promise<ReportSubscriptionView> {
    return this.bus.request(CancelReportSubscription, { subscriptionId: p.id });
  }

  @Get('deliveries/:id')
  @RequiresPermission('reports.deliveries')
  @ApiOperation({
    summary: '已生成报表 A produced report, with its figures as they were when produced (CMP-12)',
  })
  @ApiIdPath('The produced report, as the report-produced event names it')
  @ApiOk(ReportDeliveryView)
  @ApiBadInput()
  @ApiNotFound("No such report in the caller's communities")
  getReportDelivery(@Param() p: IdParam): Promise<ReportDeliveryView> {
    return this.bus.request(GetReportDelivery, { deliveryId: p.id });
  }

  @Get('deliveries/:id/file')
  @RequiresPermission('reports.deliveries')
  @ApiOperation({
    summary:
      '下载已生成报表 The produced report’s file, in the subscribed format (CSV or XLSX), from its frozen figures (CMP-12)',
  })
  @ApiIdPath('The produced report, as the report-produced event names it')
  @ApiProduces(TABULAR_CONTENT_TYPES.csv, TABULAR_CONTENT_TYPES.xlsx)
  @ApiOkResponse({
    description: 'The file in the format the subscription asked for',
    content: {
      [TABULAR_CONTENT_TYPES.csv]: { schema: { type: 'string', format: 'binary' } },
      [TABULAR_CONTENT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiBadInput()
  @ApiNotFound("No such report in the caller's communities")
  async getReportDeliveryFile(@Param() p: IdParam): Promise<StreamableFile> {
    const delivery = await this.bus.request(GetReportDelivery, { deliveryId: p.id });
    const format = delivery.format === 'xlsx' ? 'xlsx' : 'csv';
    const table = delivery.weekly
      ? weeklyReportTable(delivery.weekly)
      : rollupTable(delivery.rollup ?? ({ period: delivery.period } as ComplaintRollupView));
    const name = delivery.file?.name ?? `report-${p.id}.${format}`;
    return new StreamableFile(tabularStream(format, table), {
      type: TABULAR_CONTENT_TYPES[format],
      disposition: attachment(name),
    });
  }
}
