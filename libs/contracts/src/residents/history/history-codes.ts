import { labelledCodes, type CodeOf } from '../../common/labelled-codes.js';

/** The records a unit's or a person's history (GEN-3) is made of, with the labels staff see. */
export const HistoryRecordType = labelledCodes({
  unit: '房屋',
  occupancy: '入住关系',
  'move-in': '入住手续',
  'move-out': '迁出手续',
  'handover-inspection': '交房验房',
  decoration: '装修',
  'charge-request': '收费请求',
  person: '客户档案',
});
export type HistoryRecordType = CodeOf<typeof HistoryRecordType>;

/** The procedures a person takes part in (RES-4, RES-5, RES-6). */
export const ProcedureKind = labelledCodes({
  'move-in': '入住手续',
  'move-out': '迁出手续',
  decoration: '装修',
});
export type ProcedureKind = CodeOf<typeof ProcedureKind>;
