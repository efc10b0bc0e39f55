import { describe, expect, it } from '@jest/globals';
import { allowedActions, type ActionFacts } from '../complaints/complaint-actions';
import type { ComplaintView } from '../complaints/deadline-badges';
import { VISIT_ACTIONS, returnVisitOrder, visitDeadline } from './return-visit-queue';

type Entry = Pick<ComplaintView, 'deadlines' | 'resolvedAt' | 'number'>;
const deadline = (kind: string, dueAt: string, extra: object = {}) =>
  ({ kind, kindLabel: kind, dueAt, warnAt: dueAt, overdue: false, paused: false, ...extra }) as never;
const entry = (number: string, resolvedAt: string, deadlines: unknown[] = []): Entry =>
  ({ number, resolvedAt, deadlines }) as Entry;

describe('the return-visit queue (CMP-9, DESK-4)', () => {
  it("reads the visit's own deadline, not the entry's others", () => {
    const e = entry('TS-1', '2026-12-01T02:00:00Z', [
      deadline('resolution', '2026-12-01T00:00:00Z'),
      deadline('return-visit', '2026-12-02T10:00:00Z'),
      deadline('return-visit', '2026-12-01T10:00:00Z', { metAt: '2026-12-01T09:00:00Z' }),
    ]);
    expect(visitDeadline(e)?.dueAt).toBe('2026-12-02T10:00:00Z');
  });

  it('orders by the visit due time, those without one last by resolution', () => {
    const late = entry('TS-3', '2026-12-01T03:00:00Z', [deadline('return-visit', '2026-12-03T00:00:00Z')]);
    const early = entry('TS-2', '2026-12-01T05:00:00Z', [deadline('return-visit', '2026-12-02T00:00:00Z')]);
    const none2 = entry('TS-5', '2026-12-01T02:00:00Z');
    const none1 = entry('TS-4', '2026-12-01T01:00:00Z');
    expect(returnVisitOrder([none2, late, none1, early]).map((e) => e.number)).toEqual([
      'TS-2',
      'TS-3',
      'TS-4',
      'TS-5',
    ]);
  });

  it('offers recording, an unanswered attempt and an exemption on a resolved complaint, to the desk only', () => {
    const table = {
      recordReturnVisit: ['front-desk'],
      recordVisitAttempt: ['front-desk'],
      exemptReturnVisit: ['front-desk'],
    };
    const resolved: ActionFacts = {
      kind: 'complaint',
      status: 'resolved',
      paused: false,
      major: false,
      escalationLevel: 'handler',
      deadlines: [],
      returnVisit: { status: 'due', statusLabel: '待回访', attempts: 0, attemptDays: 0 },
      signOffs: [],
      repairRequested: false,
    };
    expect(allowedActions(resolved, ['front-desk'], table, VISIT_ACTIONS)).toEqual([
      'return-visit',
      'visit-attempt',
      'exempt-visit',
    ]);
    expect(allowedActions(resolved, ['technician'], table, VISIT_ACTIONS)).toEqual([]);
    expect(allowedActions({ ...resolved, status: 'closed' }, ['front-desk'], table, VISIT_ACTIONS)).toEqual(
      [],
    );
  });
});
