import { LABELS } from '@pcs/api-client';
import {
  departmentsToSign,
  levelsToConfirm,
  type ActionFacts,
  type ComplaintActionCode,
} from './complaint-actions';
import {
  CHANNEL_LABELS,
  DEPARTMENT_LABELS,
  RETURN_VISIT_METHOD_LABELS,
  SATISFACTION_LABELS,
} from './complaint-labels';
import { optionsOf } from '../common/select-options';
import { time } from '../common/local-time';

export interface ActionField {
  /** The body's field, as problem details name it (`handler.staffId`). */
  name: string;
  label: string;
  /**
   * `multiselect` and `tags` give arrays (chosen codes, typed names); `consent` is a checkbox that
   * must be ticked and sends `true`; `complaint` chooses another entry of the register by its number.
   */
  input: 'text' | 'textarea' | 'select' | 'multiselect' | 'tags' | 'datetime' | 'consent' | 'complaint';
  required?: boolean;
  options?: { value: string; label: string }[];
  maxLength?: number;
  /** A datetime's latest instant (ISO) and what is said when a later one is chosen, checked before sending. */
  latest?: { at: string; message: string };
}

/**
 * The actions this slice of the console has forms for, with their fields (the bodies' schemas in the
 * API document). The complaint's page offers these, in this order, where state and role allow.
 */
export const ACTION_FORMS: Partial<Record<ComplaintActionCode, readonly ActionField[]>> = {
  assign: [
    { name: 'department', label: '责任部门', input: 'select', options: optionsOf(DEPARTMENT_LABELS) },
    { name: 'handler.staffId', label: '经办人工号', input: 'text', required: true, maxLength: 100 },
    { name: 'handler.name', label: '经办人姓名', input: 'text', required: true, maxLength: 50 },
    { name: 'note', label: '备注', input: 'textarea', maxLength: 500 },
  ],
  acknowledge: [
    { name: 'promisedAt', label: '承诺处理时间', input: 'datetime', required: true },
    { name: 'note', label: '备注', input: 'textarea', maxLength: 500 },
  ],
  feedback: [{ name: 'feedback', label: '部门反馈', input: 'textarea', required: true, maxLength: 2000 }],
  escalate: [{ name: 'reason', label: '上报原因', input: 'textarea', required: true, maxLength: 500 }],
  resolve: [
    { name: 'measures', label: '处理措施', input: 'textarea', required: true, maxLength: 2000 },
    { name: 'result', label: '处理结果', input: 'textarea', required: true, maxLength: 2000 },
  ],
  'return-visit': [
    {
      name: 'method',
      label: '回访方式',
      input: 'select',
      required: true,
      options: optionsOf(RETURN_VISIT_METHOD_LABELS),
    },
    {
      name: 'satisfaction',
      label: '满意度',
      input: 'select',
      required: true,
      options: optionsOf(SATISFACTION_LABELS),
    },
    { name: 'comments', label: '客户意见', input: 'textarea', maxLength: 2000 },
  ],
  'visit-attempt': [
    {
      name: 'method',
      label: '回访方式',
      input: 'select',
      required: true,
      options: optionsOf(RETURN_VISIT_METHOD_LABELS),
    },
    { name: 'note', label: '未联系上的情况', input: 'textarea', maxLength: 500 },
  ],
  'exempt-visit': [
    // DESK-4: "unreachable" and "refused" are recorded by the service itself, never chosen here.
    {
      name: 'exemption',
      label: '免回访原因',
      input: 'select',
      required: true,
      options: optionsOf(LABELS.ReturnVisitExemption).filter(
        (o) => o.value !== 'unreachable' && o.value !== 'refused-visits',
      ),
    },
    { name: 'note', label: '说明', input: 'textarea', required: true, maxLength: 500 },
  ],
  extend: [
    { name: 'until', label: '延期至', input: 'datetime', required: true },
    { name: 'reason', label: '延期原因', input: 'textarea', required: true, maxLength: 500 },
    // CMP-3: a deadline moves only with the customer's recorded consent.
    { name: 'customerConsent.consented', label: '客户已同意延期', input: 'consent', required: true },
    { name: 'customerConsent.consentedAt', label: '客户同意时间', input: 'datetime', required: true },
    {
      name: 'customerConsent.channel',
      label: '同意方式',
      input: 'select',
      required: true,
      options: optionsOf(CHANNEL_LABELS),
    },
  ],
  pause: [
    {
      name: 'reason',
      label: '暂停原因',
      input: 'select',
      required: true,
      options: optionsOf(LABELS.PauseReason),
    },
    { name: 'note', label: '说明', input: 'textarea', maxLength: 500 },
  ],
  resume: [{ name: 'note', label: '说明', input: 'textarea', maxLength: 500 }],
  'acknowledge-escalation': [
    {
      name: 'level',
      label: '确认层级',
      input: 'select',
      required: true,
      options: optionsOf(LABELS.EscalationLevel).filter((o) => o.value !== 'handler'),
    },
    { name: 'note', label: '说明', input: 'textarea', maxLength: 500 },
  ],
  'flag-major': [
    {
      name: 'reasons',
      label: '重大投诉原因',
      input: 'multiselect',
      required: true,
      options: optionsOf(LABELS.MajorReason),
    },
    { name: 'note', label: '说明', input: 'textarea', required: true, maxLength: 500 },
  ],
  'record-meeting': [
    { name: 'heldAt', label: '会议时间', input: 'datetime', required: true },
    { name: 'attendees', label: '参会人员', input: 'tags', required: true },
    { name: 'minutes', label: '会议纪要', input: 'textarea', required: true, maxLength: 5000 },
  ],
  disagree: [
    { name: 'reason', label: '客户不认可的理由', input: 'textarea', required: true, maxLength: 1000 },
  ],
  explain: [{ name: 'explanation', label: '解释说明', input: 'textarea', required: true, maxLength: 2000 }],
  'sign-off': [
    {
      name: 'department',
      label: '签认部门',
      input: 'select',
      required: true,
      options: optionsOf(DEPARTMENT_LABELS),
    },
    { name: 'note', label: '备注', input: 'textarea', maxLength: 500 },
  ],
  reopen: [{ name: 'reason', label: '重新处理原因', input: 'textarea', required: true, maxLength: 1000 }],
  close: [{ name: 'note', label: '备注', input: 'textarea', maxLength: 500 }],
  answer: [{ name: 'answer', label: '答复内容', input: 'textarea', required: true, maxLength: 2000 }],
  merge: [
    { name: 'intoId', label: '并入登记', input: 'complaint', required: true },
    { name: 'reason', label: '合并原因', input: 'textarea', required: true, maxLength: 500 },
  ],
  // CMP-2, decision 0334: the category, with why it is set or corrected (GEN-3).
  categorise: [
    {
      name: 'category',
      label: '投诉类别',
      input: 'select',
      required: true,
      options: optionsOf(LABELS.ComplaintCategory),
    },
    { name: 'reason', label: '原因', input: 'textarea', required: true, maxLength: 500 },
  ],
};

export const OFFERED_ACTIONS = Object.keys(ACTION_FORMS) as ComplaintActionCode[];

/**
 * An action's form for this entry and caller: a choice the service would refuse is not offered
 * (decision 0307): only the levels awaiting confirmation that the caller's role holds (CMP-4), only
 * the departments that have not signed yet and that the caller's role signs for (CMP-8, decision 0290).
 */
export function actionFields(
  action: ComplaintActionCode,
  complaint: ActionFacts,
  roles: readonly string[],
  now: Date = new Date(),
): readonly ActionField[] {
  const fields = ACTION_FORMS[action] ?? [];
  if (action === 'acknowledge') {
    const limit = promiseLimit(complaint, now);
    return limit
      ? fields.map((field) =>
          field.name === 'promisedAt'
            ? {
                ...field,
                latest: {
                  at: limit,
                  message: `承诺时间不能晚于处理时限 ${time(limit)}；需要更晚请先征得客户同意并延期`,
                },
              }
            : field,
        )
      : fields;
  }
  const open: Partial<Record<string, readonly string[]>> = {
    'acknowledge-escalation': levelsToConfirm(complaint, roles),
    'sign-off': departmentsToSign(complaint, roles),
  };
  const choosable = open[action];
  if (!choosable) return fields;
  const narrowed = action === 'acknowledge-escalation' ? 'level' : 'department';
  return fields.map((field) =>
    field.name === narrowed && field.options
      ? { ...field, options: field.options.filter((o) => choosable.includes(o.value)) }
      : field,
  );
}

/**
 * CMP-3, decisions 0294 and 0319: the resolution deadline still running that a promise to the customer may not
 * pass, or none: not while the clock is paused (its due time will move), not once it has passed (the
 * desk still tells the customer when), not for a repair complaint (no resolution clock).
 */
export function promiseLimit(
  complaint: Pick<ActionFacts, 'deadlines' | 'paused' | 'repairRequested'>,
  now: Date,
): string | undefined {
  if (complaint.repairRequested || complaint.paused) return undefined;
  return complaint.deadlines.find(
    (d) =>
      d.kind === 'resolve' && !d.metAt && !d.cancelledAt && !d.paused && Date.parse(d.dueAt) > now.getTime(),
  )?.dueAt;
}

/** What is wrong with a datetime typed (`YYYY-MM-DDTHH:mm`, local) beyond the field's latest, or nothing. */
export function latestProblem(field: ActionField, value: unknown): string | undefined {
  if (!field.latest || typeof value !== 'string' || !value) return undefined;
  const at = new Date(value).getTime();
  return at > Date.parse(field.latest.at) ? field.latest.message : undefined;
}

/**
 * A form's flat values as the body the API takes: `handler.staffId` nests, empty optional fields
 * are left out (the API refuses empty strings where it wants a value or nothing), datetimes are ISO.
 */
export function actionBody(
  fields: readonly ActionField[],
  values: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    let value = values[field.name];
    if (typeof value === 'string') value = value.trim();
    if (Array.isArray(value)) {
      value = value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '');
    }
    if (field.input === 'consent' && value !== true) continue;
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && !value.length) continue;
    if (field.input === 'datetime') value = new Date(String(value)).toISOString();
    const path = field.name.split('.');
    const last = path.pop() ?? field.name;
    let target = body;
    for (const key of path) target = (target[key] ??= {}) as Record<string, unknown>;
    target[last] = value;
  }
  return body;
}
