import type { PathWith } from '../api/gateway-api';
import { mayCall, type OperationId, type OperationRoles } from '../permissions/operation-roles';

/** What a report asks for before it can be downloaded. */
export type ReportInput = 'communityId' | 'week' | 'period' | 'date';

export interface ReportDownload {
  title: string;
  description: string;
  inputs: readonly ReportInput[];
  /** Optional inputs may be left empty (the register's community: every community in scope). */
  optional?: readonly ReportInput[];
  csv: { path: PathWith<'get'>; operationId: OperationId };
  xlsx: { path: PathWith<'get'>; operationId: OperationId };
  /** The file's base name when the gateway names none. */
  fileName(values: Partial<Record<ReportInput, string>>): string;
}

/** The complaint reports' downloads (CMP-12, decision 0146), each a CSV and an XLSX route. */
export const REPORT_DOWNLOADS: readonly ReportDownload[] = [
  {
    title: '投诉周报',
    description: '一个小区一周的投诉统计',
    inputs: ['communityId', 'week'],
    csv: { path: '/api/v1/reports/complaints-weekly.csv', operationId: 'exportWeeklyComplaintReportCsv' },
    xlsx: { path: '/api/v1/reports/complaints-weekly.xlsx', operationId: 'exportWeeklyComplaintReportXlsx' },
    fileName: (v) => `complaints-weekly-${v.communityId}-${v.week}`,
  },
  {
    title: '投诉汇总（年度/季度）',
    description: '各小区投诉情况汇总',
    inputs: ['period'],
    csv: { path: '/api/v1/reports/complaints-rollup.csv', operationId: 'exportComplaintRollupCsv' },
    xlsx: { path: '/api/v1/reports/complaints-rollup.xlsx', operationId: 'exportComplaintRollupXlsx' },
    fileName: (v) => `complaints-rollup-${v.period}`,
  },
  {
    title: '日对账包',
    description: '当日登记及其缺口、当日到期逾期项与签核',
    inputs: ['communityId', 'date'],
    csv: { path: '/api/v1/reports/reconciliation-pack.csv', operationId: 'exportReconciliationPackCsv' },
    xlsx: { path: '/api/v1/reports/reconciliation-pack.xlsx', operationId: 'exportReconciliationPackXlsx' },
    fileName: (v) => `reconciliation-pack-${v.communityId}-${v.date}`,
  },
  {
    title: '投诉登记簿',
    description: '登记簿全部记录（不含客户个人信息）',
    inputs: ['communityId'],
    optional: ['communityId'],
    csv: { path: '/api/v1/reports/complaints-register.csv', operationId: 'exportComplaintRegisterCsv' },
    xlsx: { path: '/api/v1/reports/complaints-register.xlsx', operationId: 'exportComplaintRegisterXlsx' },
    fileName: (v) => `complaints-register${v.communityId ? `-${v.communityId}` : ''}`,
  },
];

/** The patterns the API documents for each input, checked before a download is offered. */
export const INPUT_PATTERNS: Readonly<Record<ReportInput, RegExp>> = {
  communityId: /^[A-Z][A-Z0-9]{1,15}$/,
  week: /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/,
  period: /^\d{4}(-Q[1-4])?$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
};

export const INPUT_LABELS: Readonly<Record<ReportInput, { label: string; hint: string }>> = {
  communityId: { label: '小区', hint: '如 GZ01' },
  week: { label: '周', hint: '如 2026-W49' },
  period: { label: '年度或季度', hint: '如 2026 或 2026-Q4' },
  date: { label: '日期', hint: '如 2026-12-03' },
};

/** The reports the caller's roles may download, each with the formats they may. */
export function reportsFor(roles: readonly string[], table: OperationRoles) {
  return REPORT_DOWNLOADS.map((report) => ({
    report,
    csv: mayCall(table, report.csv.operationId, roles),
    xlsx: mayCall(table, report.xlsx.operationId, roles),
  })).filter(({ csv, xlsx }) => csv || xlsx);
}

/** The inputs a report still needs filled or corrected, or none when it may be downloaded. */
export function missingInputs(
  report: ReportDownload,
  values: Partial<Record<ReportInput, string>>,
): ReportInput[] {
  return report.inputs.filter((input) => {
    const value = values[input]?.trim() ?? '';
    if (!value) return !report.optional?.includes(input);
    return !INPUT_PATTERNS[input].test(value);
  });
}
