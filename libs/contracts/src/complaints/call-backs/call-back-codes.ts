import { labelledCodes, type CodeOf } from '../../common/labelled-codes.js';

/** CMP-4: where an entry of the desk's call-back list (回电清单) stands. */
export const CallBackStatus = labelledCodes({
  open: '待回电',
  done: '已回电',
  /** CMP-16: the entry was merged into another, whose handling tells the customer (decision 0298). */
  merged: '登记已合并',
});
export type CallBackStatus = CodeOf<typeof CallBackStatus>;

/** Why the desk must call the customer back. */
export const CallBackReason = labelledCodes({
  /** CMP-4: the complaint was escalated and the customer is told so. */
  escalated: '投诉上报告知客户',
});
export type CallBackReason = CodeOf<typeof CallBackReason>;
