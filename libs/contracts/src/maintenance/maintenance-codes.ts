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

/** MNT-1: where a repair request came from. */
export const RepairSource = labelledCodes({
  desk: '住户报修',
  complaint: '投诉转报修',
  handover: '验房缺陷',
  patrol: '巡查发现',
});
export type RepairSource = CodeOf<typeof RepairSource>;

/** MNT-1: emergencies are due on site within 30 minutes and made safe within 12 hours. */
export const RepairUrgency = labelledCodes({
  emergency: '紧急',
  normal: '一般',
});
export type RepairUrgency = CodeOf<typeof RepairUrgency>;

/** MNT-1: what makes a repair an emergency. */
export const EmergencyKind = labelledCodes({
  water: '跑水漏水',
  power: '停电',
  gas: '燃气泄漏',
  'lift-entrapment': '电梯困人',
});
export type EmergencyKind = CodeOf<typeof EmergencyKind>;

/** MNT-2: who the survey record names as responsible; it decides the work order's type (MNT-4). */
export const ResponsibleParty = labelledCodes({
  contractor: '承建商（保修期内）',
  company: '物业公司',
  resident: '业主/住户',
  'outside-body': '外部单位',
});
export type ResponsibleParty = CodeOf<typeof ResponsibleParty>;

/** MNT-2: who signs the site survey record (现场勘察会签表). */
export const SurveyRole = labelledCodes({
  'customer-service': '客服部',
  engineering: '工程部/管理处',
  'repair-lead': '维修队长',
  contractor: '承建商',
});
export type SurveyRole = CodeOf<typeof SurveyRole>;

/** MNT-3: components with their own warranty periods. */
export const WarrantyComponent = labelledCodes({
  'roof-waterproofing': '屋面防水',
  'wet-room-waterproofing': '卫生间/厨房防水',
  'external-wall': '外墙渗漏',
  'heating-cooling': '供热与供冷系统',
  electrical: '电气管线',
  plumbing: '给排水管道',
  'fit-out': '装修工程',
  structure: '地基基础和主体结构',
});
export type WarrantyComponent = CodeOf<typeof WarrantyComponent>;

/** MNT-4 … MNT-9: where a work order stands. */
export const WorkOrderStatus = labelledCodes({
  'awaiting-approval': '待审批',
  approved: '已审批待派工',
  dispatched: '已派工',
  'in-progress': '维修中',
  'awaiting-check': '待竣工检查',
  checked: '检查合格待签认',
  completed: '已完工',
  'settlement-submitted': '决算已提交',
  'settlement-reviewed': '结算已审核',
  'contractor-confirmed': '承建商已确认',
  settled: '已结算',
  cancelled: '已取消',
  /** MNT-6: an approver sent the estimate back; the request is surveyed again (decision 0324). */
  returned: '审批退回',
});
export type WorkOrderStatus = CodeOf<typeof WorkOrderStatus>;

/** MNT-5 … MNT-9: what can be done to a work order. */
export const WorkOrderAction = labelledCodes({
  approve: '审批',
  dispatch: '派工',
  arrive: '到场',
  'record-work': '记录施工',
  finish: '报完工',
  check: '竣工检查',
  'sign-off': '业主签认',
  extend: '延期',
  'submit-settlement': '提交决算',
  'review-settlement': '审核结算',
  'confirm-settlement': '承建商确认结算',
  'certify-settlement': '认证结算',
  cancel: '取消',
  'retry-fund-draw': '重新申请周转金支付',
  'return-visit': '回访',
});
export type WorkOrderAction = CodeOf<typeof WorkOrderAction>;

/** MNT-6: the steps of the approval chain, each taken by one role. */
export const ApprovalStep = labelledCodes({
  'cs-manager-approval': '客服经理审批',
  'deputy-chief-engineer-review': '副总工程师审核',
  'deputy-gm-approval': '副总经理审批',
  'gm-approval': '总经理审批',
});
export type ApprovalStep = CodeOf<typeof ApprovalStep>;

/** MNT-7: who carries the work out. */
export const WorkExecutor = labelledCodes({
  team: '维修队',
  contractor: '承建商',
});
export type WorkExecutor = CodeOf<typeof WorkExecutor>;

/** MNT-9: who reviews the final account. */
export const SettlementReviewer = labelledCodes({
  'customer-service': '客服部审核',
  audit: '审计部审核',
});
export type SettlementReviewer = CodeOf<typeof SettlementReviewer>;

/** MNT-13: paying the repair team from its revolving fund (decision 0093). */
export const FundDrawStatus = labelledCodes({
  'not-needed': '无需支付',
  pending: '待支付',
  drawn: '已支付',
  refused: '周转金不足',
});
export type FundDrawStatus = CodeOf<typeof FundDrawStatus>;

/** MNT-12: the three visits after a handover or a fit-out. */
export const ProactiveVisitKind = labelledCodes({
  first: '首次回访（15–30天）',
  'three-months': '三个月回访',
  'six-months': '六个月回访',
});
export type ProactiveVisitKind = CodeOf<typeof ProactiveVisitKind>;

/** MNT-12: what started the visits. */
export const ProactiveVisitTrigger = labelledCodes({
  handover: '收楼交付',
  'fit-out': '装修完工',
});
export type ProactiveVisitTrigger = CodeOf<typeof ProactiveVisitTrigger>;

/** MNT-12: where a proactive visit stands; a resident who refused visits is exempt (RES-7). */
export const ProactiveVisitStatus = labelledCodes({
  scheduled: '待回访',
  done: '已回访',
  exempt: '免回访',
});
export type ProactiveVisitStatus = CodeOf<typeof ProactiveVisitStatus>;

/** MNT-12: the first-year equipment usage report of a community. */
export const EquipmentReportStatus = labelledCodes({
  due: '待提交',
  submitted: '已提交',
});
export type EquipmentReportStatus = CodeOf<typeof EquipmentReportStatus>;

/**
 * MNT-10, RES-7: how a repair's return visit was made: the register's ways (CMP-9) and every channel a
 * resident may prefer (phone, SMS, visit, app), so the visit follows the preference (decision 0325).
 */
export const RepairReturnVisitMethod = labelledCodes({
  phone: '电话回访',
  door: '上门回访',
  online: '网上回访',
  questionnaire: '问卷回访',
  sms: '短信回访',
  app: '业主App回访',
});
export type RepairReturnVisitMethod = CodeOf<typeof RepairReturnVisitMethod>;
