import { labelledCodes, type CodeOf } from '../common/labelled-codes.js';

/** MNT-1 … MNT-8: the stages of a repair request that other services follow (CMP-2). */
export const RepairProgress = labelledCodes({
  accepted: '已受理',
  surveyed: '已查勘',
  approved: '已审批',
  dispatched: '已派工',
  'in-progress': '维修中',
  completed: '已完工',
  settled: '已结算',
  cancelled: '已取消',
});
export type RepairProgress = CodeOf<typeof RepairProgress>;

/** MNT-4: who bears a work order's cost. */
export const WorkOrderType = labelledCodes({
  a: 'A类·保修（承建商责任）',
  b: 'B类·保修期外（公司承担）',
  c: 'C类·有偿服务（业主承担）',
});
export type WorkOrderType = CodeOf<typeof WorkOrderType>;
