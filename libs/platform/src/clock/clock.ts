import { readFileSync, statSync } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { PROCESS_ENV } from '../lifecycle/tokens.js';

/** The setting a service declares to let end-to-end tests move its clock (never set in production). */
export interface ClockEnv {
  CLOCK_FILE?: string;
}

/**
 * The service's time, injectable so that tests control it (CMP-4, MNT-1: "time is injectable"). Real
 * time, stopped at an instant by `travelTo` in-process, or moved by the instant written to CLOCK_FILE
 * for tests that drive the real processes: from that instant the clock runs on at real speed.
 */
@Injectable()
export class Clock {
  private frozenAt?: number;

  constructor(@Inject(PROCESS_ENV) private readonly env: ClockEnv) {}

  now(): Date {
    if (this.frozenAt !== undefined) return new Date(this.frozenAt);
    return new Date(Date.now() + (this.fileOffset() ?? 0));
  }

  /** From now on the clock reads `at` and stands still there (in-process tests: exact instants). */
  travelTo(at: Date): void {
    this.frozenAt = at.getTime();
  }

  /** The file's instant was "now" when the file was written: the clock has run on since. */
  private fileOffset(): number | undefined {
    const file = this.env.CLOCK_FILE;
    if (!file) return undefined;
    try {
      const at = Date.parse(readFileSync(file, 'utf8').trim());
      return Number.isFinite(at) ? at - statSync(file).mtimeMs : undefined;
    } catch {
      return undefined; // no file yet: real time
    }
  }
}
