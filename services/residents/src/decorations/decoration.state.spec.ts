import { describe, expect, it } from '@jest/globals';
import { DecorationStatus, DomainError } from '@pcs/contracts';
import { DecorationStep, nextDecorationStatus, OPEN_STATUSES, WORKS_STATUSES } from './decoration.state.js';

/** Every (status, step) pair the workflow allows; all others are refused. */
const ALLOWED: Record<string, string> = {
  'draft update-documents': 'draft',
  'returned update-documents': 'returned',
  'draft submit': 'awaiting-payment',
  'returned submit': 'under-review',
  'awaiting-payment settle-fees': 'under-review',
  'under-review approve': 'approved',
  'under-review reject': 'returned',
  'approved issue-passes': 'in-progress',
  'in-progress record-patrol-finding': 'in-progress',
  'in-progress request-inspection': 'awaiting-inspection',
  'fixing request-inspection': 'awaiting-inspection',
  'awaiting-inspection pass-inspection': 'completed',
  'awaiting-inspection fail-inspection': 'fixing',
  'draft cancel': 'cancelled',
  'awaiting-payment cancel': 'cancelled',
  'under-review cancel': 'cancelled',
  'returned cancel': 'cancelled',
  'approved cancel': 'cancelled',
};

describe('the decoration workflow (RES-5)', () => {
  it('RES-5: the happy path runs from draft to completed', () => {
    const steps: DecorationStep[] = [
      'submit',
      'settle-fees',
      'approve',
      'issue-passes',
      'record-patrol-finding',
      'request-inspection',
      'pass-inspection',
    ];
    let status: DecorationStatus = 'draft';
    for (const step of steps) status = nextDecorationStatus(status, step);
    expect(status).toBe('completed');
  });

  it('RES-5: a rejection returns the application; resubmitted it goes straight back to review', () => {
    const returned = nextDecorationStatus('under-review', 'reject');
    expect(returned).toBe('returned');
    expect(nextDecorationStatus(nextDecorationStatus(returned, 'update-documents'), 'submit')).toBe(
      'under-review',
    );
  });

  it('RES-5: a failed inspection needs a new request before it is inspected again', () => {
    const fixing = nextDecorationStatus('awaiting-inspection', 'fail-inspection');
    expect(() => nextDecorationStatus(fixing, 'pass-inspection')).toThrow(DomainError);
    expect(nextDecorationStatus(nextDecorationStatus(fixing, 'request-inspection'), 'pass-inspection')).toBe(
      'completed',
    );
  });

  it('allows exactly the listed transitions; every other one is INVALID_STATE_TRANSITION naming the status', () => {
    for (const from of DecorationStatus.codes) {
      for (const step of DecorationStep.codes) {
        const allowed = ALLOWED[`${from} ${step}`];
        if (allowed) {
          expect(nextDecorationStatus(from, step)).toBe(allowed);
          continue;
        }
        try {
          nextDecorationStatus(from, step);
          throw new Error(`${from} → ${step} should be refused`);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect(error).toMatchObject({
            code: 'INVALID_STATE_TRANSITION',
            details: { status: from, statusLabel: DecorationStatus.label(from), step },
          });
          expect((error as DomainError).message).toContain(DecorationStatus.label(from));
        }
      }
    }
  });

  it('cancelling is possible until works start, never after', () => {
    for (const status of WORKS_STATUSES)
      expect(() => nextDecorationStatus(status, 'cancel')).toThrow(DomainError);
    expect(OPEN_STATUSES).not.toContain('completed');
    expect(OPEN_STATUSES).not.toContain('cancelled');
    expect(OPEN_STATUSES).toHaveLength(DecorationStatus.codes.length - 2);
  });
});
