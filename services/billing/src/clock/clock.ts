import { Injectable } from '@nestjs/common';

/** The service's time, injectable so that tests control it (decision 0084): BIL-9 counts days. */
@Injectable()
export class Clock {
  private frozenAt?: number;

  now(): Date {
    return this.frozenAt === undefined ? new Date() : new Date(this.frozenAt);
  }

  /** From now on the clock reads `at` and stands still there (in-process tests). */
  travelTo(at: Date): void {
    this.frozenAt = at.getTime();
  }
}
