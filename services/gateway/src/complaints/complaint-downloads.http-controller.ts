import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  GetComplaintRollup,
  GetComplaintRollupV1,
  GetDayReconciliation,
  GetDayReconciliationV1,
  GetWeeklyComplaintReport,
  GetWeeklyComplaintReportV1,
  ListComplaints,
  ListComplaintsV1,
  MAX_PAGE_LIMIT,
  type ComplaintView,
  type Page,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import type { Cell, TabularFormat } from '@pcs/tabular';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { ApiDownload, download } from '../http/downloads.js';
import { ApiBadInput, ApiNotFound, ApiQueryOf, ApiServedBy } from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';
import {
  reconciliationTable,
  REGISTER_COLUMNS,
  registerRow,
  rollupTable,
  weeklyReportTable,
} from './complaint-tables.js';

/**
 * CMP-12, CMP-6, DESK-2: the complaints service's reports and register as downloads (decision 0146).
 * Each asks the same bus query as its JSON route before the first byte is sent, so a bad query is
 * still a 400 or 404 with problem details; the register then pages through the bus while the file
 * streams out, so a year of a big company is never held in memory.
 */
@ApiTag('complaints')
@ApiServedBy('complaints')
@Controller('api/v1/reports')
export class ComplaintDownloadsHttpController {
  constructor(private readonly bus: BusClient) {}

  private async weekly(query: GetWeeklyComplaintReportV1, format: TabularFormat): Promise<StreamableFile> {
    const view = await this.bus.request(GetWeeklyComplaintReport, query);
    const suffix = `${query.communityId}-${query.week}`;
    return download(format, weeklyReportTable(view), `complaints-weekly-${suffix}`, `投诉处理周报-${suffix}`);
  }

  @Get('complaints-weekly.csv')
  @RequiresPermission('reports.complaints.weekly')
  @ApiOperation({ summary: '导出投诉处理周报 The weekly complaint report as CSV (CMP-12)' })
  @ApiQueryOf(GetWeeklyComplaintReportV1)
  @ApiDownload('csv')
  @ApiBadInput()
  @ApiNotFound("The community is not one of the caller's")
  exportWeeklyComplaintReportCsv(@Query() query: GetWeeklyComplaintReportV1): Promise<StreamableFile> {
    return this.weekly(query, 'csv');
  }

  @Get('complaints-weekly.xlsx')
  @RequiresPermission('reports.complaints.weekly')
  @ApiOperation({ summary: '导出投诉处理周报 The weekly complaint report as an Excel workbook (CMP-12)' })
  @ApiQueryOf(GetWeeklyComplaintReportV1)
  @ApiDownload('xlsx')
  @ApiBadInput()
  @ApiNotFound("The community is not one of the caller's")
  exportWeeklyComplaintReportXlsx(@Query() query: GetWeeklyComplaintReportV1): Promise<StreamableFile> {
    return this.weekly(query, 'xlsx');
  }

  private async rollup(query: GetComplaintRollupV1, format: TabularFormat): Promise<StreamableFile> {
    const view = await this.bus.request(GetComplaintRollup, query);
    return download(format, rollupTable(view), `complaints-${query.period}`, `投诉汇总-${query.period}`);
  }

  @Get('complaints-rollup.csv')
  @RequiresPermission('reports.complaints.rollup')
  @ApiOperation({ summary: '导出投诉季报/年报 The quarterly or yearly roll-up as CSV (CMP-12)' })
  @ApiQueryOf(GetComplaintRollupV1)
  @ApiDownload('csv')
  @ApiBadInput()
  exportComplaintRollupCsv(@Query() query: GetComplaintRollupV1): Promise<StreamableFile> {
    return this.rollup(query, 'csv');
  }

  @Get('complaints-rollup.xlsx')
  @RequiresPermission('reports.complaints.rollup')
  @ApiOperation({
    summary: '导出投诉季报/年报 The quarterly or yearly roll-up as an Excel workbook (CMP-12)',
  })
  @ApiQueryOf(GetComplaintRollupV1)
  @ApiDownload('xlsx')
  @ApiBadInput()
  exportComplaintRollupXlsx(@Query() query: GetComplaintRollupV1): Promise<StreamableFile> {
    return this.rollup(query, 'xlsx');
  }

  private async reconciliation(
    query: GetDayReconciliationV1,
    format: TabularFormat,
  ): Promise<StreamableFile> {
    const view = await this.bus.request(GetDayReconciliation, {
      communityId: query.communityId,
      date: query.date,
    });
    const suffix = `${query.communityId}-${query.date}`;
    return download(format, reconciliationTable(view), `reconciliation-${suffix}`, `日盘点-${suffix}`);
  }

  @Get('reconciliation-pack.csv')
  @RequiresPermission('complaints.reconciliation.read')
  @ApiOperation({ summary: '导出日盘点 A day’s reconciliation pack as CSV: entries, gaps, sign-off (CMP-6)' })
  @ApiQueryOf(GetDayReconciliationV1)
  @ApiDownload('csv')
  @ApiBadInput()
  @ApiNotFound("The community is not one of the caller's")
  exportReconciliationPackCsv(@Query() query: GetDayReconciliationV1): Promise<StreamableFile> {
    return this.reconciliation(query, 'csv');
  }

  @Get('reconciliation-pack.xlsx')
  @RequiresPermission('complaints.reconciliation.read')
  @ApiOperation({
    summary: '导出日盘点 A day’s reconciliation pack as an Excel workbook: entries, gaps, sign-off (CMP-6)',
  })
  @ApiQueryOf(GetDayReconciliationV1)
  @ApiDownload('xlsx')
  @ApiBadInput()
  @ApiNotFound("The community is not one of the caller's")
  exportReconciliationPackXlsx(@Query() query: GetDayReconciliationV1): Promise<StreamableFile> {
    return this.reconciliation(query, 'xlsx');
  }

  /** The register's rows, a page of the bus query at a time, asked for only as the file is sent. */
  private async register(query: ListComplaintsV1, format: TabularFormat): Promise<StreamableFile> {
    const ask = (cursor?: string) =>
      this.bus.request(ListComplaints, { ...query, limit: MAX_PAGE_LIMIT, ...(cursor ? { cursor } : {}) });
    const first = await ask(query.cursor);
    async function* rows(): AsyncIterable<Cell[]> {
      let page: Page<ComplaintView> = first;
      for (;;) {
        for (const item of page.items ?? []) yield registerRow(item);
        if (!page.nextCursor) return;
        page = await ask(page.nextCursor);
      }
    }
    return download(
      format,
      { sheet: '投诉登记台账', columns: REGISTER_COLUMNS, rows: rows() },
      'complaints-register',
      '投诉登记台账',
    );
  }

  @Get('complaints-register.csv')
  @RequiresPermission('complaints.read')
  @ApiOperation({
    summary:
      '导出投诉登记台账 The register, filtered as the list is, as CSV; every page, streamed (DESK-2, CMP-12)',
  })
  @ApiQueryOf(ListComplaintsV1)
  @ApiDownload('csv')
  @ApiBadInput()
  exportComplaintRegisterCsv(@Query() query: ListComplaintsV1): Promise<StreamableFile> {
    return this.register(query, 'csv');
  }

  @Get('complaints-register.xlsx')
  @RequiresPermission('complaints.read')
  @ApiOperation({
    summary:
      '导出投诉登记台账 The register, filtered as the list is, as an Excel workbook; every page, streamed (DESK-2, CMP-12)',
  })
  @ApiQueryOf(ListComplaintsV1)
  @ApiDownload('xlsx')
  @ApiBadInput()
  exportComplaintRegisterXlsx(@Query() query: ListComplaintsV1): Promise<StreamableFile> {
    return this.register(query, 'xlsx');
  }
}
