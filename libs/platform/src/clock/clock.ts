import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
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
  /** The last offset read from CLOCK_FILE. */
  private fileOffsetMs?: number;

  constructor(@Inject(PROCESS_ENV) private readonly env: ClockEnv) {}

  now(): Date {
    if (this.frozenAt !== undefined) return new Date(this.frozenAt);
    return new Date(Date.now() + (this.fileOffset() ?? 0));
  }

  /** From now on the clock reads `at` and stands still there (in-process tests: exact instants). */
  travelTo(at: Date): void {
    this.frozenAt = at.getTime();
  }

  /**
   * The file's instant was "now" when the file was written: the clock has run on since. Read and
   * stat through one descriptor, so the instant and its write time belong together. A file caught
   * half-written (empty, or not an instant) leaves the last offset in force: falling back to real
   * time for one reading once escalated a test's complaints two months early.
   */
  private fileOffset(): number | undefined {
    const file = this.env.CLOCK_FILE;
    if (!file) return undefined;
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const at = Date.parse(readFileSync(fd, 'utf8').trim());
      // Whole milliseconds, like Date.now(): a fractional mtime read within its millisecond put
      // the clock one millisecond before the file's instant.
      if (Number.isFinite(at)) this.fileOffsetMs = at - Math.floor(fstatSync(fd).mtimeMs);
    } catch {
      // no file yet: real time, or the last instant read
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    return this.fileOffsetMs;
  }
}
