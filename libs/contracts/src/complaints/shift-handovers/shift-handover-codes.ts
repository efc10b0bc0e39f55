import { labelledCodes, type CodeOf } from '../../common/labelled-codes.js';

/** DESK-1: where a shift handover (交接班) stands; the supervisor's review is recorded beside it. */
export const ShiftHandoverStatus = labelledCodes({
  pending: '待接班',
  accepted: '已接班',
  refused: '拒绝接班',
});
export type ShiftHandoverStatus = CodeOf<typeof ShiftHandoverStatus>;

/** DESK-1: what can happen to a handover once it is made. */
export const ShiftHandoverAction = labelledCodes({
  accept: '接班',
  refuse: '拒绝接班',
  review: '主管审阅',
});
export type ShiftHandoverAction = CodeOf<typeof ShiftHandoverAction>;
