import { labelledCodes, type CodeOf } from '../common/labelled-codes.js';

/**
 * Staff roles, as carried in the `roles` claim of a staff token. `telephony` is the exchange's
 * account, not a person: it may only report calls (DESK-3, decision 0133).
 */
export const Role = labelledCodes({
  'front-desk': '前台/客服专员',
  'cs-supervisor': '客服主管',
  'cs-manager': '客服经理',
  engineer: '工程部',
  dispatcher: '调度员',
  'repair-lead': '维修队长',
  technician: '维修工',
  'chief-engineer': '副总工程师',
  'deputy-gm': '副总经理',
  gm: '总经理',
  finance: '财务',
  auditor: '审计',
  security: '秩序维护',
  admin: '系统管理员',
  telephony: '电话系统（来电接口）',
});
export type Role = CodeOf<typeof Role>;
