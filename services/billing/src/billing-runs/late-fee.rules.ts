import type { LateFeeTermsV1 } from '@pcs/contracts';
import { daysBetween } from '@pcs/work-calendar';

/** BIL-13: days after the due date before a late fee accrues, unless the item says otherwise. */
export const DEFAULT_GRACE_DAYS = 15;

/**
 * BIL-13: the late fee a bill line has accrued by `asOf`: nothing within the grace period; then a daily
 * rate (basis points of the unpaid principal per day, rounded down) or a fixed amount; never more than
 * the principal. Computed on the principal only, so late fees are never compounded.
 */
export function lateFeeDue(
  terms: LateFeeTermsV1,
  principalFen: bigint,
  dueDate: string,
  asOf: string,
): bigint {
  const late = daysBetween(dueDate, asOf) - (terms.graceDays ?? DEFAULT_GRACE_DAYS);
  if (late <= 0 || principalFen <= 0n) return 0n;
  const accrued =
    terms.kind === 'fixed'
      ? BigInt(terms.value)
      : (principalFen * BigInt(terms.value) * BigInt(late)) / 10_000n;
  return accrued < principalFen ? accrued : principalFen;
}
