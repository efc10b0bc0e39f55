import { LABELS, type ApiSchema } from '@pcs/api-client';
import type { PathWith } from '../api/gateway-api';
import { mayCall, type OperationId, type OperationRoles } from '../permissions/operation-roles';
import { yuanToFen, type ActionForm, type FieldSpec } from '../work-orders/field-forms';
import { optionsOf } from '../common/select-options';

export type RepairRequestView = ApiSchema<'RepairRequestView'>;
export type RepairActionCode = 'arrive' | 'make-safe' | 'survey' | 'create-work-order' | 'cancel';

export const REPAIR_ACTION_LABELS: Readonly<Record<RepairActionCode, string>> = {
  arrive: '到达现场',
  'make-safe': '排除险情',
  survey: '现场勘察会签',
  'create-work-order': '开具派工单',
  cancel: '取消报修',
};

const ENDED: readonly RepairRequestView['progress'][] = ['cancelled', 'settled'];

/**
 * What the maintenance service lets a repair request take, from what its view shows: arrival once
 * and made-safe once for an emergency (MNT-1) while the request is open; the survey of an accepted
 * request (MNT-2); a work order for a surveyed request whose responsible party has one (MNT-4); the
 * cancellation of a request without a work order.
 */
export function repairStateAllows(request: RepairRequestView, action: RepairActionCode): boolean {
  const open = !ENDED.includes(request.progress);
  switch (action) {
    case 'arrive':
      return open && !request.arrivedAt;
    case 'make-safe':
      return open && request.urgency === 'emergency' && !request.madeSafeAt;
    case 'survey':
      return request.progress === 'accepted';
    case 'create-work-order':
      return request.progress === 'surveyed' && !request.workOrderId && request.workOrderType !== undefined;
    case 'cancel':
      return (request.progress === 'accepted' || request.progress === 'surveyed') && !request.workOrderId;
  }
}

export const REPAIR_ACTION_OPERATIONS: Readonly<
  Record<RepairActionCode, { operationId: OperationId; path: PathWith<'post'>; byId: boolean }>
> = {
  arrive: { operationId: 'recordRepairArrival', path: '/api/v1/repair-requests/{id}/arrival', byId: true },
  'make-safe': {
    operationId: 'recordRepairMadeSafe',
    path: '/api/v1/repair-requests/{id}/made-safe',
    byId: true,
  },
  survey: { operationId: 'recordRepairSurvey', path: '/api/v1/repair-requests/{id}/survey', byId: true },
  // Opened on the work orders' route with the request's id in its body.
  'create-work-order': { operationId: 'createWorkOrder', path: '/api/v1/work-orders', byId: false },
  cancel: { operationId: 'cancelRepairRequest', path: '/api/v1/repair-requests/{id}/cancel', byId: true },
};

export const REPAIR_ACTIONS = Object.keys(REPAIR_ACTION_OPERATIONS) as RepairActionCode[];

/** The actions the request's page offers: what its state allows and one of the caller's roles may call. */
export function allowedRepairActions(
  request: RepairRequestView,
  roles: readonly string[],
  table: OperationRoles,
): RepairActionCode[] {
  return REPAIR_ACTIONS.filter(
    (action) =>
      repairStateAllows(request, action) &&
      mayCall(table, REPAIR_ACTION_OPERATIONS[action].operationId, roles),
  );
}

const SURVEY_ROLES = ['customer-service', 'engineering', 'repair-lead', 'contractor'] as const;

/** MNT-2: from this estimate (500 yuan) the contractor signs the survey too. */
export const CONTRACTOR_SURVEY_FROM_FEN = 50_000;

/**
 * MNT-2: customer service, engineering and the repair team lead always sign the survey (required
 * fields); the contractor from an estimate of 500 yuan (the maintenance service's
 * `requiredSurveyRoles`). The form says so before sending (decision 0313).
 */
export function contractorSignatoryProblem(name: string, estimateTyped: unknown): string | undefined {
  if (name.trim()) return undefined;
  const estimate = yuanToFen(typeof estimateTyped === 'string' ? estimateTyped : '');
  return estimate !== undefined && estimate >= CONTRACTOR_SURVEY_FROM_FEN
    ? `预估金额 500 元及以上，须填写会签人：${LABELS.SurveyRole.contractor}`
    : undefined;
}

type Trade = RepairRequestView['trades'][number];
const TRADE_CODES = Object.keys(LABELS.RepairTrade) as Trade[];

/**
 * MNT-5, decisions 0326 and 0353: the trades found on site as typed (`给排水、防水`: their names or codes,
 * separated by 、, commas, semicolons, spaces or lines), as codes in the order typed; or what is
 * wrong, in Chinese. Nothing typed is no trades (the request's stand).
 */
export function tradesOf(text: string): { ok: true; trades: Trade[] } | { ok: false; message: string } {
  const names = text.split(/[\n、,，;；\s]+/).filter(Boolean);
  const trades: Trade[] = [];
  for (const name of names) {
    const code = TRADE_CODES.find((c) => c === name || LABELS.RepairTrade[c] === name);
    if (!code) {
      return {
        ok: false,
        message: `「${name}」不是工种，可填：${Object.values(LABELS.RepairTrade).join('、')}`,
      };
    }
    if (trades.includes(code)) return { ok: false, message: `工种「${LABELS.RepairTrade[code]}」重复` };
    trades.push(code);
  }
  return { ok: true, trades };
}

function tradesSent(text: string): unknown {
  const read = tradesOf(text);
  return read.ok ? read.trades : text;
}

/** The forms of the repair actions (the bodies' schemas in the API document). */
export function repairActionForm(action: RepairActionCode, request: RepairRequestView): ActionForm {
  const note = { name: 'note', label: '备注', input: 'textarea', maxLength: 500 } as const;
  switch (action) {
    case 'arrive':
    case 'make-safe':
      return {
        fields: [
          {
            name: 'at',
            label: action === 'arrive' ? '到场时间' : '排险时间',
            input: 'datetime',
            required: true,
            initial: 'now',
          },
          note,
        ],
      };
    case 'survey':
      return {
        fields: [
          { name: 'surveyedAt', label: '勘察时间', input: 'datetime', required: true, initial: 'now' },
          ...SURVEY_ROLES.map((role): FieldSpec => ({
            name: `participants.${role}`,
            label: `会签人：${LABELS.SurveyRole[role]}`,
            input: 'text',
            maxLength: 50,
            ...(role === 'contractor'
              ? {
                  check: (name, values) => contractorSignatoryProblem(name, values['estimateFen']),
                  dependsOn: ['estimateFen'],
                  extra: '预估金额 500 元及以上时必填',
                }
              : { required: true }),
          })),
          { name: 'findings', label: '勘察结论', input: 'textarea', required: true, maxLength: 2000 },
          {
            // Decision 0326: the survey states the trades; they replace the request's, and two or more
            // give the order 7 working days (MNT-5).
            name: 'trades',
            label: '工种（以“、”分隔）',
            input: 'text',
            maxLength: 100,
            check: (text) => {
              const read = tradesOf(text);
              return read.ok ? undefined : read.message;
            },
            extra: `报修时为：${request.tradeLabels.join('、') || '—'}；不填则不变。可填：${Object.values(LABELS.RepairTrade).join('、')}`,
          },
          { name: 'estimateFen', label: '预估金额（元）', input: 'money', required: true },
          {
            name: 'component',
            label: '部位',
            input: 'select',
            required: true,
            options: optionsOf(LABELS.WarrantyComponent),
          },
          {
            name: 'responsibleParty',
            label: '责任方',
            input: 'select',
            required: true,
            options: optionsOf(LABELS.ResponsibleParty),
          },
          {
            name: 'warrantyDecision.underWarranty',
            label: '在保修期内（无交付日期时填写）',
            input: 'yes-no',
          },
          { name: 'warrantyDecision.reason', label: '保修判断理由', input: 'textarea', maxLength: 500 },
          { name: 'contractorName', label: '承建商', input: 'text', maxLength: 100 },
        ],
        // The participants are one list of { role, name }: one field a role, empty ones left out.
        compose: ({ participants, trades, ...body }) => ({
          ...body,
          // Trades typed as names are sent as codes; a line that does not read is sent as typed, so
          // the API's refusal names `trades` (the form checks it first).
          ...(typeof trades === 'string' ? { trades: tradesSent(trades) } : {}),
          participants: Object.entries((participants ?? {}) as Record<string, string>).map(
            ([role, name]) => ({
              role,
              name,
            }),
          ),
        }),
      };
    case 'create-work-order':
      return {
        fields: [
          { name: 'description', label: '派工内容', input: 'textarea', required: true, maxLength: 200 },
          { name: 'estimateFen', label: '预算金额（元，默认取勘察预估）', input: 'money' },
        ],
        compose: (body) => ({ ...body, repairRequestId: request.id }),
      };
    case 'cancel':
      return {
        fields: [{ name: 'reason', label: '取消原因', input: 'textarea', required: true, maxLength: 500 }],
      };
  }
}
