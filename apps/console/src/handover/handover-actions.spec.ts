import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { LABELS } from '@pcs/api-client';
import { operationRolesOf, type OpenApiDocument } from '../permissions/operation-roles';
import { HANDOVER_FORMS, handoverActions, type ShiftHandover } from './handover-actions';

/*
 * Checked against the gateway's OpenAPI document and DESK-1 case by case; the complaints service's
 * shift-handover.state.ts is not imported (decisions 0167 and 0172).
 */
const DOCUMENT = JSON.parse(
  readFileSync(new URL('../../../../docs/openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument & {
  paths: Record<string, Record<string, { operationId?: string }>>;
  components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }> }> };
};
const STATUSES = (DOCUMENT.components.schemas['ShiftHandoverView']?.properties['status']?.enum ??
  []) as ShiftHandover['status'][];

const table = {
  acceptShiftHandover: ['front-desk', 'cs-supervisor'],
  refuseShiftHandover: ['front-desk', 'cs-supervisor'],
  reviewShiftHandover: ['cs-supervisor'],
};
const review = { by: { staffId: 'staff-0002', name: '陈静' }, at: '2026-12-03T12:00:00Z', note: '已核' };

describe('the shift handover actions offered (DESK-1)', () => {
  it('are POST routes of the API document, one for each action and status the API labels', () => {
    expect(Object.keys(HANDOVER_FORMS).sort()).toEqual(Object.keys(LABELS.ShiftHandoverAction).sort());
    expect([...STATUSES].sort()).toEqual(Object.keys(LABELS.ShiftHandoverStatus).sort());
    const roles = operationRolesOf(DOCUMENT);
    for (const [action, { path }] of Object.entries(HANDOVER_FORMS)) {
      const operationId = DOCUMENT.paths[path]?.['post']?.operationId ?? '';
      expect(operationId).toBe(`${action}ShiftHandover`);
      expect(roles[operationId]?.length).toBeGreaterThan(0);
    }
  });

  it('accept or refuse a pending handover, review one accepted or refused once, nothing else', () => {
    const offered = (status: ShiftHandover['status'], reviewed: boolean) =>
      handoverActions(
        { status, to: { staffId: 'me', name: '我' }, ...(reviewed ? { review } : {}) },
        'me',
        ['cs-supervisor'],
        table,
      );
    expect(STATUSES.map((status) => [status, offered(status, false), offered(status, true)])).toEqual([
      ['pending', ['accept', 'refuse'], ['accept', 'refuse']],
      ['accepted', ['review'], []],
      ['refused', ['review'], []],
    ]);
  });

  it('lets only the incoming staff member accept or refuse', () => {
    const pending = { status: 'pending' as const, to: { staffId: 'staff-0009', name: '黄敏' } };
    expect(handoverActions(pending, 'staff-0009', ['front-desk'], table)).toEqual(['accept', 'refuse']);
    expect(handoverActions(pending, 'staff-0001', ['front-desk'], table)).toEqual([]);
  });

  it('lets only a supervisor review, once', () => {
    const accepted = { status: 'accepted' as const, to: { staffId: 'staff-0009', name: '黄敏' } };
    expect(handoverActions(accepted, 'staff-0001', ['front-desk'], table)).toEqual([]);
    expect(handoverActions(accepted, 'staff-0002', ['cs-supervisor'], table)).toEqual(['review']);
    expect(handoverActions({ ...accepted, review }, 'staff-0002', ['cs-supervisor'], table)).toEqual([]);
  });
});
