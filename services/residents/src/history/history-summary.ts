import { HistoryRecordType } from '@pcs/contracts';
import { DecorationStep } from '../decorations/decoration.state.js';

/** What staff read for an archive action: `入住手续 已取消`. Unknown actions show their code. */
const ACTION_LABELS: Readonly<Record<string, string>> = {
  created: '建立',
  registered: '登记',
  corrected: '更正',
  updated: '修改',
  'preferences-changed': '修改联系偏好',
  started: '开始',
  ended: '结束',
  requested: '申请',
  inspected: '验房',
  acknowledged: '签收',
  'keys-recorded': '登记钥匙',
  completed: '办结',
  'took-effect': '到期生效',
  cancelled: '取消',
  raised: '发起',
  withdrawn: '撤回',
  settled: '已缴清',
  'status-changed': '状态变更',
  applied: '申请',
  submitted: '提交审核',
  approved: '审核通过',
  returned: '退回',
  'passes-issued': '发放出入证',
  'patrol-finding': '巡查记录',
  'inspection-requested': '申请验收',
  'inspection-passed': '验收通过',
  'inspection-failed': '验收不通过',
  recorded: '记录',
  // RES-5: a decoration's archive names its steps by their codes (decision 0284).
  ...Object.fromEntries(DecorationStep.codes.map((step) => [step, DecorationStep.label(step)])),
  'documents-updated': '修改申请资料',
  'repair-confirmed': '确认损坏已修复',
  'repair-not-done': '复查损坏未修复',
};

export function historySummary(recordType: HistoryRecordType, action: string): string {
  return `${HistoryRecordType.label(recordType)} ${ACTION_LABELS[action] ?? action}`;
}
