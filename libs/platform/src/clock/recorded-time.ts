import { DomainError } from '@pcs/contracts';

/**
 * How far a time staff enter may lie after the clock, or before the moment it must follow: a time
 * typed to the minute, or taken from a phone a little behind, is still the truth (decisions 0197, 0198).
 */
export const RECORDED_TIME_SKEW_MS = 5 * 60_000;

/** A moment a recorded time cannot precede, and how the refusal names it. */
export interface NotBefore {
  /** Unset while the step it names has not been taken: then it bounds nothing. */
  at: Date | string | null | undefined;
  what: string;
}

/**
 * GEN-3 (and MNT-1, MNT-2, RES-5, BIL-9, which count from such times): a time staff record for
 * something that happened lies between the moment it must follow (the request received, the order
 * dispatched, the inspection requested) and now; otherwise the clocks
 * it stops or starts could be set by hand. Refused naming the field (400).
 */
export function assertRecordedTime(field: string, at: Date, now: Date, ...earliest: NotBefore[]): void {
  if (at.getTime() > now.getTime() + RECORDED_TIME_SKEW_MS) {
    throw DomainError.validation([{ field, message: `${field} cannot be in the future` }]);
  }
  for (const bound of earliest) {
    if (!bound.at) continue;
    const earliestAt = new Date(bound.at);
    if (at.getTime() < earliestAt.getTime() - RECORDED_TIME_SKEW_MS) {
      throw DomainError.validation([
        { field, message: `${field} cannot be before ${bound.what} (${earliestAt.toISOString()})` },
      ]);
    }
  }
}
