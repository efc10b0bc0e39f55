import { describe, expect, it } from '@jest/globals';
import { ComplaintStatus, ReconciliationGapKind } from '@pcs/contracts';
import { countByCode, gapsOfDayEntry, isOverdueBy, type EntryFacts } from './reconciliation-gaps.js';

const at = (s: string) => new Date(`${s}+08:00`);
const complaint = (facts: Partial<EntryFacts> = {}): EntryFacts => ({
  kind: 'complaint',
  status: 'registered',
  ...facts,
});

describe('the gaps of a reconciled day (CMP-6)', () => {
  it('CMP-6: an untouched complaint has no handler, no promised time and no outcome', () => {
    expect(gapsOfDayEntry(complaint())).toEqual(['no-handler', 'no-promise', 'no-outcome']);
  });

  it('CMP-6: a complaint told its time but not assigned still lacks a handler; it is no longer a call that became nothing', () => {
    expect(
      gapsOfDayEntry(
        complaint({ acknowledgedAt: at('2026-11-25T10:00:00'), promisedAt: at('2026-11-26T18:00:00') }),
      ),
    ).toEqual(['no-handler']);
  });

  it('CMP-6: an assigned complaint whose customer was not told when lacks a promise', () => {
    expect(gapsOfDayEntry(complaint({ status: 'assigned', handlerId: 'staff-0501' }))).toEqual([
      'no-promise',
    ]);
  });

  it('CMP-6: a complaint resolved, or with a handler and a promised time, has no gap', () => {
    expect(gapsOfDayEntry(complaint({ status: 'resolved', handlerId: 'staff-0501' }))).toEqual([]);
    expect(gapsOfDayEntry(complaint({ status: 'closed' }))).toEqual([]);
    expect(
      gapsOfDayEntry(
        complaint({ status: 'in-progress', handlerId: 'staff-0501', promisedAt: at('2026-11-26T18:00:00') }),
      ),
    ).toEqual([]);
  });

  it('CMP-6, CMP-13: a suggestion owes no promise, but one left registered is a call that became nothing', () => {
    expect(gapsOfDayEntry({ kind: 'suggestion', status: 'registered' })).toEqual(['no-outcome']);
    expect(gapsOfDayEntry({ kind: 'suggestion', status: 'assigned', handlerId: 'staff-0501' })).toEqual([]);
    expect(gapsOfDayEntry({ kind: 'enquiry', status: 'answered' })).toEqual([]);
    expect(gapsOfDayEntry({ kind: 'repair', status: 'referred' })).toEqual([]);
  });

  it('CMP-6: an entry is overdue on a day when a deadline was missed before the day ended and it is not finished', () => {
    const end = at('2026-11-26T00:00:00');
    expect(isOverdueBy(complaint({ status: 'assigned', overdueSince: at('2026-11-25T00:00:00') }), end)).toBe(
      true,
    );
    expect(isOverdueBy(complaint({ status: 'assigned', overdueSince: at('2026-11-26T00:00:00') }), end)).toBe(
      false,
    );
    expect(isOverdueBy(complaint({ status: 'closed', overdueSince: at('2026-11-25T00:00:00') }), end)).toBe(
      false,
    );
    expect(isOverdueBy(complaint({ status: 'assigned' }), end)).toBe(false);
  });

  it('counts every code, zeros included, each with its Chinese label', () => {
    const counts = countByCode(ReconciliationGapKind, ['no-handler', 'no-handler', 'no-outcome'], {
      overdue: 7,
    });
    expect(counts).toEqual([
      { code: 'no-handler', label: '未分派', count: 2 },
      { code: 'no-promise', label: '未承诺时限', count: 0 },
      { code: 'overdue', label: '已超时', count: 7 },
      { code: 'no-outcome', label: '未处理', count: 1 },
    ]);
    expect(countByCode(ComplaintStatus, [])).toHaveLength(ComplaintStatus.codes.length);
  });
});
