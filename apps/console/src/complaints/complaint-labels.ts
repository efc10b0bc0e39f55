import type { ApiRequestBody } from '@pcs/api-client';
import type { ComplaintView } from './deadline-badges';

/*
 * Chinese labels of the enumerations the console's forms offer. Views carry their own labels; forms
 * need them before there is a view. The source of truth is libs/contracts (not bundled into the
 * browser: it brings the validation library along); complaint-labels.spec.ts fails when these differ.
 */
export const KIND_LABELS: Readonly<Record<ComplaintView['kind'], string>> = {
  complaint: '投诉',
  suggestion: '建议',
  praise: '表扬',
  enquiry: '咨询',
  repair: '报修',
};

export const CHANNEL_LABELS: Readonly<Record<ComplaintView['channel'], string>> = {
  call: '来电',
  visit: '来访',
  letter: '来信',
  'owner-app': '业主App',
  'return-visit': '回访',
  patrol: '内部巡查',
  survey: '满意度调查',
};

export const CATEGORY_LABELS: Readonly<Record<NonNullable<ComplaintView['category']>, string>> = {
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
};

export const STATUS_LABELS: Readonly<Record<ComplaintView['status'], string>> = {
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
};

export const DEPARTMENT_LABELS: Readonly<Record<NonNullable<ComplaintView['department']>, string>> = {
  engineering: '工程部',
  cleaning: '保洁部',
  security: '秩序维护部',
  landscaping: '绿化部',
  'customer-service': '客服中心',
  finance: '财务部',
  management: '管理处',
};

type ReturnVisit = ApiRequestBody<'recordReturnVisit'>;

export const RETURN_VISIT_METHOD_LABELS: Readonly<Record<ReturnVisit['method'], string>> = {
  phone: '电话回访',
  door: '上门回访',
  online: '网上回访',
  questionnaire: '问卷回访',
};

export const SATISFACTION_LABELS: Readonly<Record<ReturnVisit['satisfaction'], string>> = {
  'very-satisfied': '非常满意',
  satisfied: '满意',
  neutral: '一般',
  dissatisfied: '不满意',
  'very-dissatisfied': '非常不满意',
};

export const ACTION_LABELS = {
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
} as const;

/** Options for a select, in the labels' order. */
export function optionsOf<C extends string>(
  labels: Readonly<Record<C, string>>,
): { value: C; label: string }[] {
  return (Object.entries(labels) as [C, string][]).map(([value, label]) => ({ value, label }));
}
