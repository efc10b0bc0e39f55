/** Something owed, in the order it is to be paid. */
export interface Owed {
  id: string;
  outstandingFen: bigint;
}

export interface Allocation {
  id: string;
  amountFen: bigint;
}

/**
 * BIL-5: a payment pays what is owed in the order given (oldest first, or the bills the payer named),
 * each item at most its outstanding amount; a partial payment leaves the rest owed and an overpayment
 * becomes credit. Every fen of the payment ends up allocated or credited, never both, never lost.
 */
export function allocatePayment(
  amountFen: bigint,
  owed: readonly Owed[],
): { allocations: Allocation[]; creditFen: bigint } {
  if (amountFen < 0n) throw new RangeError('a payment is never negative');
  let left = amountFen;
  const allocations: Allocation[] = [];
  for (const item of owed) {
    if (left === 0n) break;
    if (item.outstandingFen <= 0n) continue;
    const paid = item.outstandingFen < left ? item.outstandingFen : left;
    allocations.push({ id: item.id, amountFen: paid });
    left -= paid;
  }
  return { allocations, creditFen: left };
}

/**
 * BIL-6: a credit note of `amountFen` spread over a bill's lines, last line first (a bill is reduced
 * from its end, so the items above stay as issued). The caller checks the amount against the total.
 */
export function spreadCredit(amountFen: bigint, owed: readonly Owed[]): Allocation[] {
  return allocatePayment(amountFen, [...owed].reverse()).allocations;
}
