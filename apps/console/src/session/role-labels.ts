/** Chinese names of the roles (libs/contracts' Role; role-labels.spec.ts keeps them equal). */
export const ROLE_LABELS: Readonly<Record<string, string>> = {
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
};
