import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { inWindow, reachesThreshold, windowStart } from './early-warning-window.js';

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
});
