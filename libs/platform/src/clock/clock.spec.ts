import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Clock } from './clock.js';

const HOUR = 3_600_000;

describe('Clock', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pcs-clock-'));

  it('reads real time without a clock file, and stands still where a test stops it', () => {
    const clock = new Clock({});
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(HOUR);
    clock.travelTo(new Date('2026-10-10T02:10:00Z'));
    expect(clock.now().toISOString()).toBe('2026-10-10T02:10:00.000Z');
  });

  it('runs on from the instant in CLOCK_FILE, and keeps it while the file is caught half written', () => {
    const file = path.join(dir, 'clock');
    const clock = new Clock({ CLOCK_FILE: file });
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(HOUR); // no file yet
    writeFileSync(file, '2026-09-30T02:00:00.000Z');
    const at = Date.parse('2026-09-30T02:00:00.000Z');
    expect(clock.now().getTime() - at).toBeGreaterThanOrEqual(0);
    expect(clock.now().getTime() - at).toBeLessThan(HOUR);
    // A writer's truncation seen before its write: neither real time nor an error.
    writeFileSync(file, '');
    expect(clock.now().getTime() - at).toBeLessThan(HOUR);
    writeFileSync(file, 'not an instant');
    expect(clock.now().getTime() - at).toBeLessThan(HOUR);
    rmSync(file);
    expect(clock.now().getTime() - at).toBeLessThan(HOUR);
    writeFileSync(file, '2026-10-10T02:10:00.000Z');
    expect(clock.now().getTime() - Date.parse('2026-10-10T02:10:00.000Z')).toBeLessThan(HOUR);
  });
});
