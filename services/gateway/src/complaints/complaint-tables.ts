import type {
  ComplaintReportFigures,
  ComplaintRollupView,
  ComplaintView,
  DayReconciliationView,
  LabelledCountView,
  WeeklyComplaintReportView,
} from '@pcs/contracts';
import type { Cell, Table, TabularColumn } from '@pcs/tabular';

/*
 * The complaints service's reports as tables for the CSV and XLSX downloads (decision 0146): Chinese
 * headers, labels rather than codes, times in Beijing. Each reads its view defensively, so that a
 * view missing a list gives an empty table, never a failed download.
 */

/** `2026-11-25 09:30` in Beijing, where every community is today (decision 0011). */
export function beijingTime(instant: string | undefined): string {
  if (!instant) return '';
  const local = new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

/** Basis points as a percentage with two decimals, a number (`8750` → `87.5`). */
export const percent = (basisPoints: number | undefined): Cell =>
  basisPoints === undefined ? null : basisPoints / 100;

const lines = (list: LabelledCountView[] | undefined): LabelledCountView[] => list ?? [];

/** CMP-12: the weekly report as one line per figure: 指标, 分项, 数量, 说明. */
export function weeklyReportTable(view: WeeklyComplaintReportView): Table {
  const head = [view.communityId, view.week];
  const figure = (name: string, part: string, count: Cell, note = ''): Cell[] => [
    ...head,
    name,
    part,
    count,
    note,
  ];
  const rows: Cell[][] = [
    figure('受理投诉', '合计', view.received, `${view.firstDay ?? ''} 至 ${view.lastDay ?? ''}`),
    figure('已处理', '合计', view.resolved),
    figure('超时', '合计', view.overdue),
    ...lines(view.byCategory).map((c) => figure('按类别', c.label, c.count)),
    ...lines(view.byDepartment).map((c) => figure('按部门', c.label, c.count)),
    ...lines(view.byIntent).map((c) => figure('按投诉意图', c.label, c.count)),
    ...(view.suggestionsAndPraise ?? []).flatMap((e) => [
      figure(e.label, '受理', e.received),
      figure(e.label, '已答复', e.answered),
    ]),
    figure('回访', '合计', view.visited),
    ...lines(view.satisfaction).map((c) => figure('回访满意度', c.label, c.count)),
    figure('满意率(%)', '满意及非常满意', percent(view.satisfiedBasisPoints)),
    ...(view.typicalCases ?? []).map((t) => figure('典型案例', t.number, 1, t.reason)),
  ];
  return {
    sheet: '投诉处理周报',
    columns: [
      { header: '小区', width: 10 },
      { header: '周次', width: 10 },
      { header: '指标', width: 14 },
      { header: '分项', width: 22 },
      { header: '数量', width: 10 },
      { header: '说明', width: 48 },
    ],
    rows,
  };
}

/**
 * CMP-12: the roll-up, a line per community and a total, with a column per category, department and
 * intent (CMP-7).
 */
export function rollupTable(view: ComplaintRollupView): Table {
  const template = view.total ?? ({} as Partial<ComplaintReportFigures>);
  const categories = lines(template.byCategory);
  const departments = lines(template.byDepartment);
  const intents = lines(template.byIntent);
  const answeredKinds = template.suggestionsAndPraise ?? [];
  const columns: TabularColumn[] = [
    { header: '小区', width: 10 },
    { header: '小区名称', width: 16 },
    { header: '期间', width: 10 },
    { header: '受理投诉' },
    { header: '已处理' },
    { header: '超时' },
    { header: '回访' },
    { header: '满意率(%)', numFmt: '0.00' },
    { header: '典型案例' },
    ...categories.map((c) => ({ header: `类别:${c.label}` })),
    ...departments.map((d) => ({ header: `部门:${d.label}` })),
    ...intents.map((i) => ({ header: `意图:${i.label}` })),
    ...answeredKinds.flatMap((e) => [{ header: `${e.label}:受理` }, { header: `${e.label}:已答复` }]),
  ];
  const line = (
    id: string,
    name: string,
    f: Partial<ComplaintReportFigures>,
    typical: number | undefined,
  ): Cell[] => [
    id,
    name,
    view.period,
    f.received,
    f.resolved,
    f.overdue,
    f.visited,
    percent(f.satisfiedBasisPoints),
    typical,
    ...categories.map((c) => lines(f.byCategory).find((x) => x.code === c.code)?.count ?? 0),
    ...departments.map((d) => lines(f.byDepartment).find((x) => x.code === d.code)?.count ?? 0),
    ...intents.map((i) => lines(f.byIntent).find((x) => x.code === i.code)?.count ?? 0),
    ...answeredKinds.flatMap((e) => {
      const own = (f.suggestionsAndPraise ?? []).find((x) => x.code === e.code);
      return [own?.received ?? 0, own?.answered ?? 0];
    }),
  ];
  return {
    sheet: '投诉季报年报',
    columns,
    rows: [
      ...(view.communities ?? []).map((l) => line(l.communityId, l.communityName, l, l.typicalCaseCount)),
      line('合计', '', template, view.typicalCaseCount),
    ],
  };
}

/** CMP-6: the daily reconciliation pack: every entry of the day with its gaps, then the overdue ones. */
export function reconciliationTable(view: DayReconciliationView): Table {
  const gapsOf = new Map<string, string[]>();
  for (const gap of view.gaps ?? []) {
    const id = gap.entry.complaintId;
    gapsOf.set(id, [...(gapsOf.get(id) ?? []), gap.kindLabel]);
  }
  const ofDay = new Set((view.entries ?? []).map((e) => e.complaintId));
  const earlier = (view.gaps ?? []).filter((g) => !ofDay.has(g.entry.complaintId)).map((g) => g.entry);
  const signed = view.signOff;
  const row = (e: DayReconciliationView['entries'][number], ofThisDay: boolean): Cell[] => [
    view.date,
    view.communityId,
    e.number,
    e.kindLabel,
    e.statusLabel,
    e.categoryLabel,
    beijingTime(e.receivedAt),
    e.handler?.name,
    beijingTime(e.promisedAt),
    (gapsOf.get(e.complaintId) ?? []).join('、'),
    ofThisDay ? '当日登记' : '此前登记',
    signed?.by.name,
    beijingTime(signed?.at),
  ];
  return {
    sheet: '日盘点',
    columns: [
      { header: '日期', width: 12 },
      { header: '小区', width: 8 },
      { header: '投诉编号', width: 22 },
      { header: '类型', width: 8 },
      { header: '状态', width: 14 },
      { header: '类别', width: 12 },
      { header: '受理时间', width: 18 },
      { header: '经办人', width: 10 },
      { header: '承诺时间', width: 18 },
      { header: '问题', width: 24 },
      { header: '来源', width: 10 },
      { header: '签字人', width: 10 },
      { header: '签字时间', width: 18 },
    ],
    rows: [...(view.entries ?? []).map((e) => row(e, true)), ...earlier.map((e) => row(e, false))],
  };
}

/** DESK-2, CMP-12: the register's columns, without the customer's details (GEN-4). */
export const REGISTER_COLUMNS: TabularColumn[] = [
  { header: '投诉编号', width: 22 },
  { header: '小区', width: 8 },
  { header: '类型', width: 8 },
  { header: '渠道', width: 10 },
  { header: '状态', width: 14 },
  { header: '类别', width: 12 },
  { header: '部门', width: 12 },
  { header: '经办人', width: 10 },
  { header: '受理时间', width: 18 },
  { header: '承诺时间', width: 18 },
  { header: '处理完成时间', width: 18 },
  { header: '回访满意度', width: 12 },
  { header: '超时', width: 6 },
];

export function registerRow(c: ComplaintView): Cell[] {
  return [
    c.number,
    c.communityId,
    c.kindLabel,
    c.channelLabel,
    c.statusLabel,
    c.categoryLabel,
    c.departmentLabel,
    c.handler?.name,
    beijingTime(c.receivedAt),
    beijingTime(c.promisedAt),
    beijingTime(c.resolvedAt),
    c.returnVisit?.satisfactionLabel,
    c.overdue ? '是' : '否',
  ];
}
