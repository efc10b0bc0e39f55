import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { operationRolesOf, type OpenApiDocument } from '../permissions/operation-roles';
import { menuFor } from './console-menu';

const table = operationRolesOf(
  JSON.parse(
    readFileSync(new URL('../../../../docs/openapi.json', import.meta.url), 'utf8'),
  ) as OpenApiDocument,
);
const labels = (roles: string[]): string[] => menuFor(roles, table).map((entry) => entry.label);

const DESK = [
  '来电卡片',
  '来电来访登记',
  '投诉队列',
  '回访队列',
  '回电提醒',
  '日盘点',
  '交接班',
  '预警与事件',
];
const EVERYTHING = [...DESK, '报修单', '派工单', '房屋查询', '欠费与收费率', '报表下载'];

describe("the console's menu follows the caller's roles", () => {
  it("gives the front desk its day's screens first, in the order of its day", () => {
    expect(labels(['front-desk'])).toEqual(EVERYTHING);
    expect(labels(['cs-supervisor'])).toEqual(EVERYTHING);
  });

  it('shows a dispatcher the queue and the warnings but not the register form, a technician neither', () => {
    expect(labels(['dispatcher'])).toEqual([
      '投诉队列',
      '预警与事件',
      '报修单',
      '派工单',
      '房屋查询',
      '报表下载',
    ]);
    expect(labels(['technician'])).toEqual(['报修单', '派工单', '房屋查询']);
  });

  it('shows finance the units, the arrears, the fee items, the shared meters, the meter readings, the revolving funds and the complaints it handles', () => {
    // CMP-2: fee complaints are routed to finance, which reads the register (decision 0291).
    expect(labels(['finance'])).toEqual([
      '投诉队列',
      '报修单',
      '派工单',
      '房屋查询',
      '欠费与收费率',
      '收费项目',
      '公共能耗分摊',
      '抄表录入',
      '周转金',
      '报表下载',
    ]);
  });

  it('shows the revolving funds (MNT-13, decision 0372) to finance alone, who may read and move them', () => {
    const withFunds = [
      'front-desk',
      'cs-manager',
      'chief-engineer',
      'repair-lead',
      'gm',
      'auditor',
      'finance',
    ].filter((role) => labels([role]).includes('周转金'));
    expect(withFunds).toEqual(['finance']);
  });

  it('shows the engineering department the meter readings it takes (BIL-1)', () => {
    expect(labels(['engineer'])).toContain('抄表录入');
    expect(labels(['engineer'])).not.toContain('公共能耗分摊');
  });

  it('shows what any of several roles allows', () => {
    expect(labels(['technician', 'cs-supervisor'])).toEqual(EVERYTHING);
  });
});
