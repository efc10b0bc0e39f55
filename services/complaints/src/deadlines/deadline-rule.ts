import type { DeadlineKind } from '@pcs/contracts';

/**
 * How a deadline's due time is computed, kept with the deadline so that it can be recomputed when
 * the company calendar changes (CMP-14): working days follow GEN-1, calendar days and the end of
 * the local day do not depend on holidays, and a fixed time is one agreed with the customer.
 */
export type DeadlineRule =
  | { unit: 'working-days'; amount: number; from: Date }
  | { unit: 'calendar-days'; amount: number; from: Date }
  | { unit: 'end-of-day'; from: Date }
  | { unit: 'fixed'; at: Date };

/** What a command or the scheduler does to an entry's clocks. */
export type DeadlineOp =
  | { op: 'open'; kind: DeadlineKind; level?: number; rule: DeadlineRule }
  | { op: 'meet'; kinds: readonly DeadlineKind[]; level?: number }
  | { op: 'cancel'; kinds: readonly DeadlineKind[] | 'all' }
  | { op: 'pause' }
  | { op: 'resume' };

/** CMP-14: the clocks a pause stops; telling the customer, escalations and visits do not wait. */
export const PAUSABLE_DEADLINES: readonly DeadlineKind[] = ['feedback', 'resolve', 'answer'];
