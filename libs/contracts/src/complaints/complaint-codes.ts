import { labelledCodes, type CodeOf } from '../common/labelled-codes.js';
import type { Role } from '../identity/role.js';

/**
 * DESK-2, CMP-13: what a register entry became. Complaints get deadlines; suggestions and praise are
 * answered; an enquiry is answered on the spot; a repair request is handed to maintenance (CMP-2).
 */
export const ComplaintKind = labelledCodes({
  complaint: '投诉',
  suggestion: '建议',
  praise: '表扬',
  enquiry: '咨询',
  repair: '报修',
});
export type ComplaintKind = CodeOf<typeof ComplaintKind>;

/** CMP-1: where the contact came from. */
export const ComplaintChannel = labelledCodes({
  call: '来电',
  visit: '来访',
  letter: '来信',
  'owner-app': '业主App',
  'return-visit': '回访',
  patrol: '内部巡查',
  survey: '满意度调查',
});
export type ComplaintChannel = CodeOf<typeof ComplaintChannel>;

/** CMP-2: categories, each routed to a responsible department. */
export const ComplaintCategory = labelledCodes({
  'engineering-quality': '工程质量',
  cleaning: '保洁',
  security: '秩序',
  landscaping: '绿化',
  'service-attitude': '服务态度',
  fees: '收费',
  neighbour: '邻里',
  noise: '噪音',
  parking: '停车',
  design: '开发设计',
  'public-utilities': '政府/公用事业',
  other: '其他',
});
export type ComplaintCategory = CodeOf<typeof ComplaintCategory>;

/** CMP-2: the departments a complaint is routed to. */
export const Department = labelledCodes({
  engineering: '工程部',
  cleaning: '保洁部',
  security: '秩序维护部',
  landscaping: '绿化部',
  'customer-service': '客服中心',
  finance: '财务部',
  management: '管理处',
});
export type Department = CodeOf<typeof Department>;

/**
 * CMP-8: whose staff acknowledge the record (签字认可) for each department (decision 0290). Cleaning,
 * landscaping and the management office have no role of their own: the customer-service leads who
 * oversee them sign for the first two, the customer-service manager for the management office.
 */
export const DEPARTMENT_SIGNERS: Readonly<Record<Department, readonly Role[]>> = {
  engineering: ['engineer', 'chief-engineer', 'repair-lead', 'dispatcher'],
  cleaning: ['cs-supervisor', 'cs-manager'],
  security: ['security'],
  landscaping: ['cs-supervisor', 'cs-manager'],
  'customer-service': ['front-desk', 'cs-supervisor', 'cs-manager'],
  finance: ['finance'],
  management: ['cs-manager'],
};

/** CMP-2 defaults: the department responsible for each category (a company setting later). */
export const CATEGORY_DEPARTMENTS: Readonly<Record<ComplaintCategory, Department>> = {
  'engineering-quality': 'engineering',
  cleaning: 'cleaning',
  security: 'security',
  landscaping: 'landscaping',
  'service-attitude': 'customer-service',
  fees: 'finance',
  neighbour: 'customer-service',
  noise: 'security',
  parking: 'security',
  design: 'engineering',
  'public-utilities': 'management',
  other: 'customer-service',
};

/** CMP-7: what the complainant wants from complaining. */
export const ComplainantIntent = labelledCodes({
  'solve-problem': '解决问题',
  vent: '发泄',
  expectation: '期待',
});
export type ComplainantIntent = CodeOf<typeof ComplainantIntent>;

/** CMP-2 … CMP-10, CMP-16: where a register entry stands. */
export const ComplaintStatus = labelledCodes({
  registered: '已登记',
  assigned: '已分派',
  'in-progress': '处理中',
  resolved: '已处理待回访',
  negotiating: '重新协商',
  reopened: '重新处理',
  closed: '已结案',
  explained: '无理投诉已解释',
  answered: '已答复',
  referred: '已转报修',
  merged: '已合并',
});
export type ComplaintStatus = CodeOf<typeof ComplaintStatus>;

/** Statuses in which nothing is being worked on any more. */
export const FINAL_COMPLAINT_STATUSES: readonly ComplaintStatus[] = [
  'closed',
  'explained',
  'answered',
  'merged',
];

/** CMP-4: the levels an overdue step climbs, one at a time. */
export const EscalationLevel = labelledCodes({
  handler: '经办人',
  supervisor: '客服主管',
  manager: '客服经理',
  'general-manager': '总经理',
});
export type EscalationLevel = CodeOf<typeof EscalationLevel>;

/** CMP-3, CMP-9, CMP-13, CMP-4: the clocks that run on an entry. */
export const DeadlineKind = labelledCodes({
  acknowledge: '当日回复客户',
  feedback: '部门反馈',
  resolve: '处理完成',
  answer: '答复',
  'return-visit': '回访',
  'escalation-acknowledge': '上报确认',
});
export type DeadlineKind = CodeOf<typeof DeadlineKind>;

/** CMP-14: why a timer waits on the customer. */
export const PauseReason = labelledCodes({
  'no-access': '无法入户',
  'customer-away': '客户不在',
  'awaiting-customer': '等待客户答复',
  other: '其他',
});
export type PauseReason = CodeOf<typeof PauseReason>;

/** CMP-5: what makes a complaint major. */
export const MajorReason = labelledCodes({
  'media-threat': '媒体曝光威胁',
  injury: '人身伤害',
  'group-complaint': '群体投诉(5户以上)',
  'large-loss': '重大财产损失',
});
export type MajorReason = CodeOf<typeof MajorReason>;

/** CMP-9: how a return visit was made. */
export const ReturnVisitMethod = labelledCodes({
  phone: '电话回访',
  door: '上门回访',
  online: '网上回访',
  questionnaire: '问卷回访',
});
export type ReturnVisitMethod = CodeOf<typeof ReturnVisitMethod>;

/** CMP-9: the five answers to "how satisfied are you". */
export const Satisfaction = labelledCodes({
  'very-satisfied': '非常满意',
  satisfied: '满意',
  neutral: '一般',
  dissatisfied: '不满意',
  'very-dissatisfied': '非常不满意',
});
export type Satisfaction = CodeOf<typeof Satisfaction>;

/** CMP-9: a dissatisfied answer reopens the complaint. */
export const DISSATISFIED: readonly Satisfaction[] = ['dissatisfied', 'very-dissatisfied'];

/** CMP-9, CMP-10, DESK-4: why an entry is not visited. */
export const ReturnVisitExemption = labelledCodes({
  'resolved-on-the-spot': '当场解决且客户满意',
  anonymous: '匿名或无法联系',
  sensitive: '敏感投诉',
  'refused-visits': '客户拒绝回访',
  unreachable: '多次联系不上',
});
export type ReturnVisitExemption = CodeOf<typeof ReturnVisitExemption>;

/** CMP-9: where an entry's return visit stands. */
export const ReturnVisitStatus = labelledCodes({
  'not-due': '未到回访',
  due: '待回访',
  done: '已回访',
  exempt: '免回访',
});
export type ReturnVisitStatus = CodeOf<typeof ReturnVisitStatus>;

/**
 * Every transition of a register entry: each is a route `POST /api/v1/complaints/{id}/{action}`,
 * an archive entry (GEN-3) and an event.
 */
export const ComplaintAction = labelledCodes({
  assign: '分派',
  acknowledge: '回复客户处理时限',
  feedback: '部门反馈',
  extend: '延期(客户同意)',
  pause: '暂停计时',
  resume: '恢复计时',
  escalate: '上报',
  'acknowledge-escalation': '确认上报',
  'flag-major': '定为重大投诉',
  'record-meeting': '记录专题会议纪要',
  resolve: '处理完毕',
  disagree: '客户不认可',
  explain: '无理投诉解释结案',
  'sign-off': '部门签字认可',
  'return-visit': '回访',
  'visit-attempt': '回访未联系上',
  'exempt-visit': '免回访',
  reopen: '重新处理',
  close: '结案',
  answer: '答复',
  merge: '合并重复登记',
  categorise: '设定类别',
});
export type ComplaintAction = CodeOf<typeof ComplaintAction>;
