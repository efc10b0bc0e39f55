import { labelledCodes, type CodeOf } from '../../common/labelled-codes.js';

/**
 * CMP-6: what the daily reconciliation (日盘点) finds wrong with the register. Each is its own check,
 * so one entry can show several (an untouched complaint has no handler, no promise and no outcome).
 */
export const ReconciliationGapKind = labelledCodes({
  /** A complaint received that day, still open, with no named handler. */
  'no-handler': '未分派',
  /** A complaint received that day, not resolved, and the customer was not told when it will be. */
  'no-promise': '未承诺时限',
  /** An open entry of the community with a deadline missed by the end of the day. */
  overdue: '已超时',
  /** An entry received that day still registered with nothing done: a call that became nothing. */
  'no-outcome': '未处理',
});
export type ReconciliationGapKind = CodeOf<typeof ReconciliationGapKind>;
