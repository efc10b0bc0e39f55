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
