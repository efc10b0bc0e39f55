import { describe, expect, it } from '@jest/globals';
import { ShiftHandoverAction, ShiftHandoverStatus } from '@pcs/contracts';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the drift check reads the service's own state table
import { canTakeShiftHandoverAction } from '../../../../services/complaints/src/handovers/shift-handover.state';
import { HANDOVER_FORMS, handoverActions } from './handover-actions';

const table = {
  acceptShiftHandover: ['front-desk', 'cs-supervisor'],
  refuseShiftHandover: ['front-desk', 'cs-supervisor'],
  reviewShiftHandover: ['cs-supervisor'],
};
const review = { by: { staffId: 'staff-0002', name: '陈静' }, at: '2026-12-03T12:00:00Z', note: '已核' };

describe('the shift handover actions offered (DESK-1)', () => {
  it('agree with the complaints service for every status, reviewed or not', () => {
    const differences: string[] = [];
    for (const status of ShiftHandoverStatus.codes) {
      for (const reviewed of [false, true]) {
        const handover = { status, to: { staffId: 'me', name: '我' }, ...(reviewed ? { review } : {}) };
        const offered = handoverActions(handover, 'me', ['cs-supervisor'], table);
        for (const action of ShiftHandoverAction.codes) {
          if (offered.includes(action) !== canTakeShiftHandoverAction({ status, reviewed }, action)) {
            differences.push(`${status} ${reviewed} ${action}`);
          }
        }
      }
    }
    expect(differences).toEqual([]);
    expect(Object.keys(HANDOVER_FORMS).sort()).toEqual([...ShiftHandoverAction.codes].sort());
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
