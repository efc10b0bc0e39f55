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

/**
 * The span of `receivedAt` that can share a window with a complaint received at `receivedAt`: a
 * complaint is not always registered after the ones received after it (a call logged late, two
 * desks at once), so the window may end after it (decision 0193).
 */
export function neighbourhood(receivedAt: Date, windowDays: number): { after: Date; before: Date } {
  return {
    after: windowStart(receivedAt, windowDays),
    before: new Date(receivedAt.getTime() + windowDays * DAY_MS),
  };
}

/**
 * CMP-11: of `others` (complaints not yet counted by a warning, in any order), those that share the
 * fullest window with a complaint received at `receivedAt`. A window is the `windowDays × 24 h`
 * ending at its newest complaint; the candidates end at the new complaint or at one received after
 * it. With every other complaint received before it, that is the window ending at the new one, as
 * decision 0130 counts; of windows equally full, the earliest. Sorted by when they were received.
 */
export function sharingFullestWindow<T extends { id: string; receivedAt: Date }>(
  receivedAt: Date,
  others: readonly T[],
  windowDays: number,
): T[] {
  const sorted = [...others].sort(
    (a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const { before } = neighbourhood(receivedAt, windowDays);
  const ends = [receivedAt, ...sorted.map((c) => c.receivedAt)].filter(
    (end) => end.getTime() >= receivedAt.getTime() && end.getTime() < before.getTime(),
  );
  let fullest: T[] = [];
  for (const end of ends) {
    const within = sorted.filter((c) => inWindow(c.receivedAt, end, windowDays));
    if (within.length > fullest.length) fullest = within;
  }
  return fullest;
}
