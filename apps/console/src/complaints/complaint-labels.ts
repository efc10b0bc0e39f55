import { LABELS } from '@pcs/api-client';

/*
 * Chinese labels of the enumerations the console's forms offer. Views carry their own labels; forms
 * need them before there is a view. They come from libs/contracts through the API client's generated
 * LABELS (`npm run docs`), so the console neither repeats them nor bundles the contracts.
 */
export const KIND_LABELS = LABELS.ComplaintKind;
export const CHANNEL_LABELS = LABELS.ComplaintChannel;
export const CATEGORY_LABELS = LABELS.ComplaintCategory;
export const INTENT_LABELS = LABELS.ComplainantIntent;
export const STATUS_LABELS = LABELS.ComplaintStatus;
export const DEPARTMENT_LABELS = LABELS.Department;
export const RETURN_VISIT_METHOD_LABELS = LABELS.ReturnVisitMethod;
export const SATISFACTION_LABELS = LABELS.Satisfaction;
export const ACTION_LABELS = LABELS.ComplaintAction;

/**
 * An entry's status as staff read it. 已处理待回访 says a return visit is awaited; once the visit is
 * recorded or exempted (CMP-9) the entry is still `resolved` until closed, so it reads
 * 已处理·已回访，待结案 (or ·免回访) instead of claiming a visit is still to come (decision 0307).
 */
export function statusText(entry: {
  status: string;
  statusLabel: string;
  returnVisit?: { status: string; statusLabel: string };
}): string {
  const visit = entry.returnVisit;
  if (entry.status === 'resolved' && visit && (visit.status === 'done' || visit.status === 'exempt')) {
    return `已处理·${visit.statusLabel}，待结案`;
  }
  return entry.statusLabel;
}

/** GEN-3: the complaint history's reasons that are codes: a pause records its reason's code. */
export const COMPLAINT_REASON_LABELS = { pause: LABELS.PauseReason };
