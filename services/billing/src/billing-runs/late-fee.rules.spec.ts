import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { lateFeeDue } from './late-fee.rules.js';

const daily = { kind: 'daily-rate' as const, value: 5 }; // 0.05% a day

describe('late fees (BIL-13)', () => {
  it('BIL-13: nothing within the 15-day grace period; then 0.05% of the principal a day', () => {
    expect(lateFeeDue(daily, 26_850n, '2026-11-30', '2026-12-15')).toBe(0n);
    expect(lateFeeDue(daily, 26_850n, '2026-11-30', '2026-12-16')).toBe(13n); // 1 day: 13.425 fen
    expect(lateFeeDue(daily, 26_850n, '2026-11-30', '2027-01-14')).toBe(402n); // 30 days
    expect(lateFeeDue({ ...daily, graceDays: 0 }, 26_850n, '2026-11-30', '2026-12-01')).toBe(13n);
    expect(lateFeeDue({ kind: 'fixed', value: 5_000 }, 26_850n, '2026-11-30', '2026-12-16')).toBe(5_000n);
  });

  it('BIL-13: capped at the principal, and growing with time only', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.bigInt({ min: 0n, max: 100_000_000n }),
        fc.integer({ min: 0, max: 3_000 }),
        fc.integer({ min: 0, max: 30 }),
        (value, principal, days, more) => {
          const due = '2026-01-31';
          const at = (n: number) => new Date(Date.UTC(2026, 0, 31 + n)).toISOString().slice(0, 10);
          const fee = lateFeeDue({ kind: 'daily-rate', value }, principal, due, at(days));
          expect(fee >= 0n && fee <= principal).toBe(true);
          expect(lateFeeDue({ kind: 'daily-rate', value }, principal, due, at(days + more)) >= fee).toBe(
            true,
          );
        },
      ),
    );
  });
});
