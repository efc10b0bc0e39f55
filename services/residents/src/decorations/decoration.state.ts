import { DecorationStatus, DomainError, labelledCodes, type CodeOf } from '@pcs/contracts';

/** RES-5: what can happen to a decoration application, with the labels staff see. */
export const DecorationStep = labelledCodes({
  'update-documents': '修改申请资料',
  submit: '提交申请',
  'settle-fees': '缴清押金及垃圾清运费',
  approve: '图纸审核通过',
  reject: '图纸退回修改',
  'issue-passes': '办理施工人员出入证',
  'record-patrol-finding': '记录巡查情况',
  'request-inspection': '申请竣工验收',
  'pass-inspection': '验收合格',
  'fail-inspection': '验收不合格',
  cancel: '撤销申请',
});
export type DecorationStep = CodeOf<typeof DecorationStep>;

/**
 * RES-5 as a table: from which status each step may be taken, and where it leads. Submitting a draft
 * waits for the deposit and the waste-removal fee; resubmitting a returned application goes straight
 * back to review, since the fees are already paid. Cancelling is possible until works start.
 */
const TRANSITIONS: Readonly<Record<DecorationStep, Partial<Record<DecorationStatus, DecorationStatus>>>> = {
  'update-documents': { draft: 'draft', returned: 'returned' },
  submit: { draft: 'awaiting-payment', returned: 'under-review' },
  'settle-fees': { 'awaiting-payment': 'under-review' },
  approve: { 'under-review': 'approved' },
  reject: { 'under-review': 'returned' },
  'issue-passes': { approved: 'in-progress' },
  'record-patrol-finding': { 'in-progress': 'in-progress' },
  'request-inspection': { 'in-progress': 'awaiting-inspection', fixing: 'awaiting-inspection' },
  'pass-inspection': { 'awaiting-inspection': 'completed' },
  'fail-inspection': { 'awaiting-inspection': 'fixing' },
  cancel: {
    draft: 'cancelled',
    'awaiting-payment': 'cancelled',
    'under-review': 'cancelled',
    returned: 'cancelled',
    approved: 'cancelled',
  },
};

/** The statuses during works: the unit is `decorating` in each of them. */
export const WORKS_STATUSES: readonly DecorationStatus[] = ['in-progress', 'awaiting-inspection', 'fixing'];

/** The statuses of an application still going on (one per unit at a time). */
export const OPEN_STATUSES: readonly DecorationStatus[] = DecorationStatus.codes.filter(
  (s) => s !== 'completed' && s !== 'cancelled',
);

export function canTakeDecorationStep(from: DecorationStatus, step: DecorationStep): boolean {
  return TRANSITIONS[step][from] !== undefined;
}

/** The status after a step, or 409 INVALID_STATE_TRANSITION naming the current status. */
export function nextDecorationStatus(from: DecorationStatus, step: DecorationStep): DecorationStatus {
  const to = TRANSITIONS[step][from];
  if (to === undefined) {
    throw new DomainError(
      'INVALID_STATE_TRANSITION',
      `装修申请当前状态为“${DecorationStatus.label(from)}”，不能${DecorationStep.label(step)}`,
      { status: from, statusLabel: DecorationStatus.label(from), step },
    );
  }
  return to;
}
