import { describe, expect, it } from '@jest/globals';
import { addDays, localDateOf } from '@pcs/work-calendar';
import { depositRefundableFrom } from './deposit-refund.js';

describe('the decoration deposit refund date (BIL-9)', () => {
  it('BIL-9: 90 days after the local day of the passed inspection', () => {
    expect(depositRefundableFrom(new Date('2027-03-10T10:00:00+08:00'), 'Asia/Shanghai')).toBe('2027-06-08');
  });

  it('BIL-9: counts the day in the community time zone, not in UTC', () => {
    // 00:30 on 1 March in Guangzhou is 28 February in UTC.
    const passedAt = new Date('2027-03-01T00:30:00+08:00');
    expect(localDateOf(passedAt, 'Asia/Shanghai')).toBe('2027-03-01');
    expect(depositRefundableFrom(passedAt, 'Asia/Shanghai')).toBe('2027-05-30');
    expect(depositRefundableFrom(passedAt, 'UTC')).toBe('2027-05-29');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2027-12-15', 90)).toBe('2028-03-14');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
