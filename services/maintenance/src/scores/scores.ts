import type { Satisfaction } from '@pcs/contracts';

/** MNT-11: what each opinion is worth (decision 0095). */
export const SATISFACTION_POINTS: Readonly<Record<Satisfaction, number>> = {
  'very-satisfied': 100,
  satisfied: 80,
  neutral: 60,
  dissatisfied: 30,
  'very-dissatisfied': 0,
};

/** One completed work order as the scores see it. */
export interface ScoredOrder {
  technicianId?: string | null;
  technicianName?: string | null;
  teamId?: string | null;
  teamName?: string | null;
  /** The customer's opinion at sign-off (MNT-8) and at the return visit (MNT-10), when given. */
  opinions: (Satisfaction | null | undefined)[];
}

export interface ScoreLine {
  id: string;
  name: string;
  orders: number;
  opinions: number;
  score: number;
}

/**
 * MNT-11: each technician's and team's score is the mean of the points of every opinion on the orders
 * they completed, rounded; orders with no opinion count as orders but add no points. Best first.
 */
export function scoresOf(orders: readonly ScoredOrder[], by: 'technician' | 'team'): ScoreLine[] {
  const lines = new Map<string, { name: string; orders: number; points: number[] }>();
  for (const order of orders) {
    const id = by === 'technician' ? order.technicianId : order.teamId;
    const name = by === 'technician' ? order.technicianName : order.teamName;
    if (!id) continue;
    const line = lines.get(id) ?? { name: name ?? id, orders: 0, points: [] };
    line.orders += 1;
    for (const opinion of order.opinions) if (opinion) line.points.push(SATISFACTION_POINTS[opinion]);
    lines.set(id, line);
  }
  return [...lines.entries()]
    .map(([id, l]) => ({
      id,
      name: l.name,
      orders: l.orders,
      opinions: l.points.length,
      score: l.points.length ? Math.round(l.points.reduce((a, b) => a + b, 0) / l.points.length) : 0,
    }))
    .sort((a, b) => b.score - a.score || b.orders - a.orders || a.id.localeCompare(b.id));
}

/** The instants a quarter or a year of the community's calendar spans, in its time zone offset. */
export function periodOf(
  year: number,
  quarter: number | undefined,
  utcOffset = '+08:00',
): { from: Date; to: Date } {
  const startMonth = quarter ? (quarter - 1) * 3 + 1 : 1;
  const endMonth = quarter ? startMonth + 3 : 13;
  const month = (y: number, m: number) =>
    new Date(`${y}-${String(m).padStart(2, '0')}-01T00:00:00${utcOffset}`);
  return { from: month(year, startMonth), to: endMonth === 13 ? month(year + 1, 1) : month(year, endMonth) };
}
