const DAY_MS = 86_400_000;

/**
 * CMP-11: the complaints that count towards a warning are those received within `windowDays × 24 h`
 * before the newest one, the newest included: a third complaint 6 days 23 hours after the first
 * raises it, one 7 days after does not (decision 0130).
 */
export function windowStart(receivedAt: Date, windowDays: number): Date {
  return new Date(receivedAt.getTime() - windowDays * DAY_MS);
}

/** Whether `earlier` (received before `latest`) falls in the window ending at `latest`. */
export function inWindow(earlier: Date, latest: Date, windowDays: number): boolean {
  return (
    earlier.getTime() > windowStart(latest, windowDays).getTime() && earlier.getTime() <= latest.getTime()
  );
}

/** CMP-11: whether this many complaints in the window reach the threshold. */
export function reachesThreshold(countInWindow: number, threshold: number): boolean {
  return countInWindow >= threshold;
}
