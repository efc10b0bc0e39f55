import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Module } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ComplainantIntent,
  ComplaintCategory,
  Department,
  DomainError,
  GetComplaintRollup,
  GetDayReconciliation,
  GetReportDelivery,
  GetWeeklyComplaintReport,
  ListComplaints,
  Satisfaction,
  type ComplaintRollupView,
  type LabelledCountView,
  type WeeklyComplaintReportView,
} from '@pcs/contracts';
import { ProcessEnv, type EdgeSpec } from '@pcs/platform';
import { parseCsv, xlsxRows } from '@pcs/testing';
import { staffToken, startGateway, type GatewayUnderTest } from './gateway-harness.js';

const all = <C extends string>(
  codes: { codes: readonly C[]; label: (c: string) => string },
  n: Partial<Record<C, number>>,
) => codes.codes.map((code): LabelledCountView => ({ code, label: codes.label(code), count: n[code] ?? 0 }));

const figures = {
  received: 7,
  resolved: 4,
  overdue: 2,
  byCategory: [
    ...all(ComplaintCategory, { cleaning: 3, noise: 1, 'engineering-quality': 3 }),
    { code: 'uncategorised', label: '未分类', count: 0 },
  ],
  byDepartment: [
    ...all(Department, { cleaning: 3, security: 1 }),
    { code: 'unassigned', label: '未分派', count: 3 },
  ],
  byIntent: [
    ...all(ComplainantIntent, { 'solve-problem': 4, vent: 2 }),
    { code: 'unrecorded', label: '未记录', count: 1 },
  ],
  suggestionsAndPraise: [
    { code: 'suggestion' as const, label: '建议', received: 3, answered: 2 },
    { code: 'praise' as const, label: '表扬', received: 1, answered: 1 },
  ],
  satisfaction: all(Satisfaction, { satisfied: 2, 'very-satisfied': 1, dissatisfied: 1 }),
  visited: 4,
  satisfiedBasisPoints: 7500,
};
const weekly: WeeklyComplaintReportView = {
  communityId: 'GZ01',
  week: '2026-W48',
  timeZone: 'Asia/Shanghai',
  firstDay: '2026-11-23',
  lastDay: '2026-11-29',
  from: '2026-11-22T16:00:00.000Z',
  to: '2026-11-29T16:00:00.000Z',
  asOf: '2026-12-01T01:00:00.000Z',
  ...figures,
  typicalCases: [
    {
      complaintId: '0193b000-0000-7000-8000-000000000001',
      number: 'TS-GZ01-2026-000042',
      communityId: 'GZ01',
      category: 'cleaning',
      categoryLabel: '保洁',
      status: 'closed',
      statusLabel: '已结案',
      reason: '=业主情绪激动，客服先安抚再处理',
      markedBy: { staffId: 'staff-0101', name: '陈静' },
      markedAt: '2026-11-28T02:00:00.000Z',
    },
  ],
};
const rollup: ComplaintRollupView = {
  period: '2026-Q4',
  firstDay: '2026-10-01',
  lastDay: '2026-12-31',
  asOf: '2026-12-01T01:00:00.000Z',
  communities: [
    {
      communityId: 'GZ01',
      communityName: '锦绣花园',
      timeZone: 'Asia/Shanghai',
      from: '',
      to: '',
      ...figures,
      typicalCaseCount: 1,
    },
  ],
  total: figures,
  typicalCaseCount: 1,
};
const entry = (n: number) => ({
  id: `0193b000-0000-7000-8000-00000000010${n}`,
  number: `TS-GZ01-2026-00010${n}`,
  communityId: 'GZ01',
  kindLabel: '投诉',
  channelLabel: '来电',
  statusLabel: '已分派',
  categoryLabel: '保洁',
  departmentLabel: '保洁部',
  handler: { staffId: 'staff-0501', name: '赵敏' },
  receivedAt: '2026-11-25T01:30:00.000Z',
  returnVisit: { satisfactionLabel: n === 1 ? '满意' : undefined },
  overdue: n === 3,
});

/** What the register download asked of the bus, page by page. */
const registerAsks: Record<string, unknown>[] = [];

@Controller()
class StubReportsController {
  @MessagePattern(GetWeeklyComplaintReport.subject)
  weekly(@Payload() q: { communityId: string }): WeeklyComplaintReportView {
    if (q.communityId !== 'GZ01') throw DomainError.notFound('COMMUNITY_NOT_FOUND');
    return weekly;
  }

  @MessagePattern(GetComplaintRollup.subject)
  rollup(): ComplaintRollupView {
    return rollup;
  }

  @MessagePattern(GetDayReconciliation.subject)
  reconciliation(): unknown {
    const [a, b] = [entry(1), entry(2)];
    const summary = (e: ReturnType<typeof entry>) => ({ ...e, complaintId: e.id });
    return {
      communityId: 'GZ01',
      date: '2026-11-25',
      entries: [summary(a), summary(b)],
      gaps: [
        { kind: 'no-promise', kindLabel: '未承诺时限', entry: summary(a) },
        { kind: 'overdue', kindLabel: '已超时', entry: summary(entry(3)) },
      ],
      signOff: { by: { staffId: 'staff-0101', name: '陈静' }, at: '2026-11-26T01:00:00.000Z' },
    };
  }

  @MessagePattern(GetReportDelivery.subject)
  delivery(@Payload() q: { deliveryId: string }): unknown {
    return {
      id: q.deliveryId,
      communityId: 'GZ01',
      schedule: 'weekly',
      format: 'xlsx',
      period: '2026-W48',
      file: { name: 'complaints-weekly-GZ01-2026-W48.xlsx' },
      weekly,
    };
  }

  @MessagePattern(ListComplaints.subject)
  list(@Payload() q: Record<string, unknown>): unknown {
    registerAsks.push(q);
    if (!q['cursor']) return { items: [entry(1), entry(2)], nextCursor: 'page-2' };
    return { items: [entry(3)] };
  }
}

@Module({ controllers: [StubReportsController] })
class StubReportsModule {}
const stubReports: EdgeSpec = { name: 'complaints', env: ProcessEnv, imports: [StubReportsModule] };

async function fetchFile(gw: GatewayUnderTest, path: string) {
  const token = await staffToken({ roles: ['cs-manager'], communities: ['*'] });
  const res = await fetch(`${gw.api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

describe('complaint report downloads (CMP-12, CMP-6)', () => {
  let gw: GatewayUnderTest;
  beforeAll(async () => {
    gw = await startGateway([stubReports]);
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('CMP-12: the weekly report as CSV: BOM, Chinese headers and labels, figures as sent, a formula defused', async () => {
    const { res, body } = await fetchFile(
      gw,
      '/api/v1/reports/complaints-weekly.csv?communityId=GZ01&week=2026-W48',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('complaints-weekly-GZ01-2026-W48.csv');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(body.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual(['小区', '周次', '指标', '分项', '数量', '说明']);
    expect(rows).toContainEqual(['GZ01', '2026-W48', '受理投诉', '合计', '7', '2026-11-23 至 2026-11-29']);
    expect(rows).toContainEqual(['GZ01', '2026-W48', '按类别', '保洁', '3', '']);
    expect(rows).toContainEqual(['GZ01', '2026-W48', '按部门', '未分派', '3', '']);
    expect(rows).toContainEqual(['GZ01', '2026-W48', '按投诉意图', '发泄', '2', '']);
    expect(rows).toContainEqual(['GZ01', '2026-W48', '按投诉意图', '未记录', '1', '']);
    expect(rows).toContainEqual(['GZ01', '2026-W48', '建议', '受理', '3', '']);
    expect(rows).toContainEqual(['GZ01', '2026-W48', '建议', '已答复', '2', '']);
    expect(rows).toContainEqual(['GZ01', '2026-W48', '回访满意度', '不满意', '1', '']);
    expect(rows).toContainEqual(['GZ01', '2026-W48', '满意率(%)', '满意及非常满意', '75', '']);
    expect(rows).toContainEqual([
      'GZ01',
      '2026-W48',
      '典型案例',
      'TS-GZ01-2026-000042',
      '1',
      "'=业主情绪激动，客服先安抚再处理",
    ]);
  });

  it('CMP-12: the weekly report and the roll-up as XLSX read back with Chinese headers, labels and numbers', async () => {
    const weeklyFile = await fetchFile(
      gw,
      '/api/v1/reports/complaints-weekly.xlsx?communityId=GZ01&week=2026-W48',
    );
    expect(weeklyFile.res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const rows = await xlsxRows(weeklyFile.body);
    expect(rows[0]).toEqual(['小区', '周次', '指标', '分项', '数量', '说明']);
    expect(rows).toContainEqual(['GZ01', '2026-W48', '超时', '合计', 2]);
    expect(rows).toContainEqual(['GZ01', '2026-W48', '按类别', '工程质量', 3]);

    const rollupRows = await xlsxRows(
      (await fetchFile(gw, '/api/v1/reports/complaints-rollup.xlsx?period=2026-Q4')).body,
    );
    expect(rollupRows[0]!.slice(0, 10)).toEqual([
      '小区',
      '小区名称',
      '期间',
      '受理投诉',
      '已处理',
      '超时',
      '回访',
      '满意率(%)',
      '典型案例',
      '类别:工程质量',
    ]);
    expect(rollupRows[1]!.slice(0, 10)).toEqual(['GZ01', '锦绣花园', '2026-Q4', 7, 4, 2, 4, 75, 1, 3]);
    expect(rollupRows[2]!.slice(0, 4)).toEqual(['合计', undefined, '2026-Q4', 7]);
    // CMP-7, CMP-13: the intents, then suggestions and praise, each of the line's counts under it.
    expect(rollupRows[0]!.slice(-8)).toEqual([
      '意图:解决问题',
      '意图:发泄',
      '意图:期待',
      '意图:未记录',
      '建议:受理',
      '建议:已答复',
      '表扬:受理',
      '表扬:已答复',
    ]);
    expect(rollupRows[1]!.slice(-8)).toEqual([4, 2, 0, 1, 3, 2, 1, 1]);
  });

  it('CMP-6: the daily reconciliation pack lists the day’s entries with their gaps and the overdue ones of earlier days', async () => {
    const { body } = await fetchFile(
      gw,
      '/api/v1/reports/reconciliation-pack.csv?communityId=GZ01&date=2026-11-25',
    );
    const rows = parseCsv(body.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual([
      '日期',
      '小区',
      '投诉编号',
      '类型',
      '状态',
      '类别',
      '受理时间',
      '经办人',
      '承诺时间',
      '问题',
      '来源',
      '签字人',
      '签字时间',
    ]);
    expect(rows.slice(1).map((r) => [r[2], r[6], r[9], r[10], r[11]])).toEqual([
      ['TS-GZ01-2026-000101', '2026-11-25 09:30', '未承诺时限', '当日登记', '陈静'],
      ['TS-GZ01-2026-000102', '2026-11-25 09:30', '', '当日登记', '陈静'],
      ['TS-GZ01-2026-000103', '2026-11-25 09:30', '已超时', '此前登记', '陈静'],
    ]);
  });

  it('DESK-2, CMP-12: the register download pages through the bus query, all pages, in order', async () => {
    registerAsks.length = 0;
    const { body } = await fetchFile(
      gw,
      '/api/v1/reports/complaints-register.xlsx?communityId=GZ01&status=assigned',
    );
    const rows = await xlsxRows(body);
    expect(rows[0]).toEqual([
      '投诉编号',
      '小区',
      '类型',
      '渠道',
      '状态',
      '类别',
      '部门',
      '经办人',
      '受理时间',
      '承诺时间',
      '处理完成时间',
      '回访满意度',
      '超时',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[11], r[12]])).toEqual(
      [
        ['TS-GZ01-2026-000101', '满意', '否'],
        ['TS-GZ01-2026-000102', '', '否'],
        ['TS-GZ01-2026-000103', '', '是'],
      ].map(([n, s, o]) => (s === '' ? [n, undefined, o] : [n, s, o])),
    );
    expect(registerAsks).toEqual([
      { communityId: 'GZ01', status: 'assigned', limit: 200 },
      { communityId: 'GZ01', status: 'assigned', limit: 200, cursor: 'page-2' },
    ]);
  });

  it('CMP-12: a produced report’s file comes in its subscription’s format from the frozen figures', async () => {
    const { res, body } = await fetchFile(
      gw,
      '/api/v1/reports/deliveries/0193b000-0000-7000-8000-000000000777/file',
    );
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toContain('complaints-weekly-GZ01-2026-W48.xlsx');
    const rows = await xlsxRows(body);
    expect(rows[0]).toEqual(['小区', '周次', '指标', '分项', '数量', '说明']);
    expect(rows).toContainEqual(['GZ01', '2026-W48', '已处理', '合计', 4]);
  });

  it('a bad query is a 400 naming the field and an unknown community a 404, as problem details, not a file', async () => {
    const bad = await fetchFile(gw, '/api/v1/reports/complaints-weekly.csv?communityId=GZ01&week=2026-48');
    expect(bad.res.status).toBe(400);
    expect(JSON.parse(bad.body.toString('utf8'))).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'week' }],
    });
    const missing = await fetchFile(
      gw,
      '/api/v1/reports/complaints-weekly.xlsx?communityId=GZ09&week=2026-W48',
    );
    expect(missing.res.status).toBe(404);
    expect(JSON.parse(missing.body.toString('utf8'))).toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
  });
});
