import { describe, expect, it } from '@jest/globals';
import { COMPLAINT_REASON_LABELS } from '../complaints/complaint-labels';
import { reasonText } from './history-reasons';

describe("a history entry's reason (GEN-3, decision 0308)", () => {
  it('shows a pause reason by its Chinese label, not its code', () => {
    expect(reasonText({ action: 'pause', reason: 'customer-away' }, COMPLAINT_REASON_LABELS)).toBe(
      '客户不在',
    );
    expect(reasonText({ action: 'pause', reason: 'no-access' }, COMPLAINT_REASON_LABELS)).toBe('无法入户');
  });

  it('shows free text as written, also where it happens to look like a code of another action', () => {
    expect(reasonText({ action: 'escalate', reason: '客户多次来电' }, COMPLAINT_REASON_LABELS)).toBe(
      '客户多次来电',
    );
    expect(reasonText({ action: 'reopen', reason: 'other' }, COMPLAINT_REASON_LABELS)).toBe('other');
  });

  it('shows nothing without a reason', () => {
    expect(reasonText({ action: 'assign' }, COMPLAINT_REASON_LABELS)).toBeUndefined();
  });
});
