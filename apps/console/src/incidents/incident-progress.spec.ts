import { describe, expect, it } from '@jest/globals';
import { incidentProgress, pastExpectedEnd, warningRule } from './incident-progress';

describe('the warnings and incidents list', () => {
  it("says how far an incident's complaints are resolved", () => {
    expect(incidentProgress({ complaintCount: 0, resolvedComplaintCount: 0 })).toBe('暂无关联投诉');
    expect(incidentProgress({ complaintCount: 5, resolvedComplaintCount: 3 })).toBe('3/5 已解决');
  });

  it('marks an active incident past its announced end, never a closed one', () => {
    const now = new Date('2026-12-03T10:00:00Z');
    expect(pastExpectedEnd({ status: 'active', expectedEndAt: '2026-12-03T09:00:00Z' }, now)).toBe(true);
    expect(pastExpectedEnd({ status: 'active', expectedEndAt: '2026-12-03T11:00:00Z' }, now)).toBe(false);
    expect(pastExpectedEnd({ status: 'active' }, now)).toBe(false);
    expect(pastExpectedEnd({ status: 'closed', expectedEndAt: '2026-12-03T09:00:00Z' }, now)).toBe(false);
  });

  it("puts a warning's rule in words", () => {
    expect(warningRule({ windowDays: 7, threshold: 3, complaintCount: 4 })).toBe('7天内 3 起（已达 4 起）');
  });
});
