import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { inWindow, reachesThreshold, sharingFullestWindow, windowStart } from './early-warning-window.js';

const HOUR = 3_600_000;
const at = (s: string) => new Date(`${s}+08:00`);

describe('the early-warning window (CMP-11)', () => {
  it('CMP-11: counts the 7 × 24 h before the newest complaint: 6 days 23 hours is in, 7 days is out', () => {
    const latest = at('2026-11-20T07:00:00');
    expect(inWindow(at('2026-11-13T08:00:00'), latest, 7)).toBe(true);
    expect(inWindow(at('2026-11-13T07:00:00'), latest, 7)).toBe(false);
    expect(inWindow(at('2026-11-12T09:00:00'), latest, 8)).toBe(true);
    expect(windowStart(latest, 7)).toEqual(at('2026-11-13T07:00:00'));
  });

  it('CMP-11: a complaint is in the window exactly when it came less than windowDays × 24 h before', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 0, max: 100 * 24 }),
        (days, hoursBefore) => {
          const latest = at('2026-11-20T07:00:00');
          const earlier = new Date(latest.getTime() - hoursBefore * HOUR);
          expect(inWindow(earlier, latest, days)).toBe(hoursBefore < days * 24);
        },
      ),
    );
  });

  it('CMP-11: the default threshold is reached on the third complaint, not the second', () => {
    expect(reachesThreshold(2, 3)).toBe(false);
    expect(reachesThreshold(3, 3)).toBe(true);
  });

  const complaint = (id: string, receivedAt: Date) => ({ id, receivedAt });
  const hoursAfter = (base: Date, hours: number) => new Date(base.getTime() + hours * HOUR);
  const base = at('2026-11-20T07:00:00');

  it('CMP-11: a complaint logged after ones received later than it still shares their window', () => {
    const ten = complaint('b', at('2026-11-20T10:00:00'));
    const eleven = complaint('c', at('2026-11-20T11:00:00'));
    expect(sharingFullestWindow(at('2026-11-20T09:00:00'), [eleven, ten], 7)).toEqual([ten, eleven]);
  });

  it('CMP-11: complaints 6 days before and 6 days after never share one window; the earlier window is taken', () => {
    const before = complaint('a', hoursAfter(base, -6 * 24));
    const after = complaint('b', hoursAfter(base, 6 * 24));
    expect(sharingFullestWindow(base, [after, before], 7)).toEqual([before]);
    expect(
      sharingFullestWindow(base, [after, before, complaint('c', hoursAfter(after.receivedAt, 1))], 7),
    ).toEqual([after, expect.objectContaining({ id: 'c' })]);
  });

  const offsets = fc.array(fc.integer({ min: -30 * 24, max: 30 * 24 }), { maxLength: 12 });
  const others = (hours: number[]) => hours.map((h, i) => complaint(`c${i}`, hoursAfter(base, h)));

  it('CMP-11: with every other complaint received before the new one, the window is the one ending at it (decision 0130)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), offsets, (days, hours) => {
        const earlier = others(hours.map((h) => -Math.abs(h)));
        const expected = earlier
          .filter((c) => inWindow(c.receivedAt, base, days))
          .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || (a.id < b.id ? -1 : 1));
        expect(sharingFullestWindow(base, earlier, days)).toEqual(expected);
      }),
    );
  });

  it('CMP-11: what is counted fits in one window with the new complaint, and no window holding it holds more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), offsets, (days, hours) => {
        const all = others(hours);
        const shared = sharingFullestWindow(base, all, days);
        const times = [base, ...shared.map((c) => c.receivedAt)].map((d) => d.getTime());
        expect(Math.max(...times) - Math.min(...times)).toBeLessThan(days * 24 * HOUR);
        // Every window [start, start + days) holding the new complaint, started at a complaint's time.
        const span = days * 24 * HOUR;
        for (const start of [base, ...all.map((c) => c.receivedAt)].map((d) => d.getTime())) {
          if (start > base.getTime() || base.getTime() >= start + span) continue;
          const held = all.filter(
            (c) => c.receivedAt.getTime() >= start && c.receivedAt.getTime() < start + span,
          );
          expect(shared.length).toBeGreaterThanOrEqual(held.length);
        }
      }),
    );
  });

  it('CMP-11: complaints within one window, registered in any order, raise one warning that counts them all', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 14 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 6, maxLength: 10 }),
        (threshold, days, spread) => {
          // Received within days × 24 h of each other; registered in the order the array gives.
          const arrivals = spread.map((s, i) =>
            complaint(`c${i}`, new Date(base.getTime() + (s % (days * 24 * 60)) * 60_000)),
          );
          const warnings: string[][] = [];
          let open: string[] | undefined;
          const uncounted: { id: string; receivedAt: Date }[] = [];
          for (const entry of arrivals) {
            if (open) {
              open.push(entry.id);
              continue;
            }
            const shared = sharingFullestWindow(entry.receivedAt, uncounted, days);
            if (reachesThreshold(shared.length + 1, threshold)) {
              open = [...shared.map((c) => c.id), entry.id];
              warnings.push(open);
              uncounted.splice(0, uncounted.length, ...uncounted.filter((c) => !open?.includes(c.id)));
            } else uncounted.push(entry);
          }
          expect(warnings).toHaveLength(1);
          expect([...(warnings[0] ?? [])].sort()).toEqual(arrivals.map((c) => c.id).sort());
        },
      ),
    );
  });
});
