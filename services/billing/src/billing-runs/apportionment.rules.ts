/** A unit's share of a shared meter: its floor area (centi-m²) or its sub-meter's usage. */
export interface Share {
  id: string;
  weight: bigint;
}

/**
 * BIL-3: a shared meter's amount apportioned by weight (floor area or sub-meter usage). Each part is
 * rounded down to the fen; what rounding leaves over goes to the largest share (the first of equals),
 * so the parts add up exactly to the total: nothing is lost or created.
 */
export function apportion(totalFen: bigint, shares: readonly Share[]): Map<string, bigint> {
  if (totalFen < 0n) throw new RangeError('an amount to apportion is never negative');
  if (shares.some((s) => s.weight < 0n)) throw new RangeError('a share is never negative');
  const weight = shares.reduce((sum, s) => sum + s.weight, 0n);
  if (weight === 0n) throw new RangeError('nothing to apportion to: every share is zero');
  const parts = new Map<string, bigint>();
  let largest: Share | undefined;
  let given = 0n;
  for (const share of shares) {
    const part = (totalFen * share.weight) / weight;
    parts.set(share.id, (parts.get(share.id) ?? 0n) + part);
    given += part;
    if (!largest || share.weight > largest.weight) largest = share;
  }
  if (largest) parts.set(largest.id, (parts.get(largest.id) ?? 0n) + (totalFen - given));
  return parts;
}
