import { describe, expect, it } from '@jest/globals';
import { DomainError, ShiftHandoverAction, ShiftHandoverStatus } from '@pcs/contracts';
import {
  canTakeShiftHandoverAction,
  nextShiftHandoverStatus,
  type ShiftHandoverFacts,
} from './shift-handover.state.js';

/** Every (status, reviewed, action) the workflow allows, and where it leads; all others are refused. */
const ALLOWED: Record<string, string> = {
  'pending unreviewed accept': 'accepted',
  'pending unreviewed refuse': 'refused',
  'accepted unreviewed review': 'accepted',
  'refused unreviewed review': 'refused',
};

describe('the shift handover workflow (DESK-1)', () => {
  it('DESK-1: the incoming staff member accepts, then the supervisor reviews', () => {
    const accepted = nextShiftHandoverStatus({ status: 'pending', reviewed: false }, 'accept');
    expect(accepted).toBe('accepted');
    expect(nextShiftHandoverStatus({ status: accepted, reviewed: false }, 'review')).toBe('accepted');
  });

  it('DESK-1: a refused handover goes to the supervisor, who reviews it', () => {
    const refused = nextShiftHandoverStatus({ status: 'pending', reviewed: false }, 'refuse');
    expect(refused).toBe('refused');
    expect(canTakeShiftHandoverAction({ status: refused, reviewed: false }, 'review')).toBe(true);
    expect(canTakeShiftHandoverAction({ status: refused, reviewed: false }, 'accept')).toBe(false);
  });

  it('DESK-1: a pending handover cannot be reviewed, and a review is given once', () => {
    expect(() => nextShiftHandoverStatus({ status: 'pending', reviewed: false }, 'review')).toThrow(
      DomainError,
    );
    expect(() => nextShiftHandoverStatus({ status: 'accepted', reviewed: true }, 'review')).toThrow(
      '交接班已由主管审阅，不能再次审阅',
    );
  });

  it('allows exactly the listed transitions; every other one is INVALID_STATE_TRANSITION naming the status', () => {
    for (const status of ShiftHandoverStatus.codes) {
      // A pending handover was never reviewed: only the states the workflow can reach.
      for (const reviewed of status === 'pending' ? [false] : [false, true]) {
        for (const action of ShiftHandoverAction.codes) {
          const facts: ShiftHandoverFacts = { status, reviewed };
          const allowed = ALLOWED[`${status} ${reviewed ? 'reviewed' : 'unreviewed'} ${action}`];
          expect(canTakeShiftHandoverAction(facts, action)).toBe(allowed !== undefined);
          if (allowed) {
            expect(nextShiftHandoverStatus(facts, action)).toBe(allowed);
            continue;
          }
          try {
            nextShiftHandoverStatus(facts, action);
            throw new Error(`${status} (${reviewed}) → ${action} should be refused`);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect(error).toMatchObject({
              code: 'INVALID_STATE_TRANSITION',
              details: { status, statusLabel: ShiftHandoverStatus.label(status), reviewed, action },
            });
          }
        }
      }
    }
  });
});
