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

describe("the console's menu follows the caller's roles", () => {
  it('shows the front desk the queue and the register form first', () => {
    expect(labels(['front-desk']).slice(0, 2)).toEqual(['投诉队列', '来电来访登记']);
  });

  it('shows a dispatcher the queue but not the register form, a technician neither', () => {
    expect(labels(['dispatcher'])).toContain('投诉队列');
    expect(labels(['dispatcher'])).not.toContain('来电来访登记');
    expect(labels(['technician'])).not.toContain('投诉队列');
    expect(labels(['technician'])).not.toContain('来电来访登记');
  });

  it('shows what any of several roles allows', () => {
    expect(labels(['technician', 'cs-supervisor'])).toEqual(
      expect.arrayContaining(['投诉队列', '来电来访登记']),
    );
  });

  // front desk
  it("gives the front desk its day's screens, a dispatcher only the warnings, finance none of them", () => {
    const desk = ['来电卡片', '回访队列', '回电提醒', '日盘点', '交接班', '预警与事件'];
    expect(labels(['front-desk'])).toEqual(expect.arrayContaining(desk));
    expect(labels(['cs-supervisor'])).toEqual(expect.arrayContaining(desk));
    expect(labels(['dispatcher']).filter((l) => desk.includes(l))).toEqual(['预警与事件']);
    expect(labels(['finance']).filter((l) => desk.includes(l))).toEqual([]);
  });
  // end front desk
});
