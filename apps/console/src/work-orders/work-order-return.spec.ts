import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { LABELS } from '@pcs/api-client';
import { operationRolesOf, type OpenApiDocument } from '../permissions/operation-roles';
import { formBody } from './field-forms';
import { allowedWorkOrderActions, type WorkOrderView } from './work-order-actions';
import { OFFERED_WORK_ORDER_ACTIONS, WORK_ORDER_FORMS } from './work-order-forms';
import { RETURN_FORM, RETURN_OPERATION, mayReturn, returnVisitForm, withReturn } from './work-order-return';

const DOCUMENT = JSON.parse(
  readFileSync(new URL('../../../../docs/openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument & {
  paths: Record<string, Record<string, { operationId?: string }>>;
  components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }> }> };
};
const TABLE = operationRolesOf(DOCUMENT);

const order = (overrides: Partial<WorkOrderView> = {}): WorkOrderView => ({
  id: '0193a000-0000-7000-8000-0000000000w1',
  number: 'PG-GZ01-2026-000001',
  communityId: 'GZ01',
  repairRequestId: '0193a000-0000-7000-8000-0000000000r1',
  repairRequestNumber: 'BX-GZ01-2026-000001',
  type: 'c',
  typeLabel: LABELS.WorkOrderType.c,
  status: 'awaiting-approval',
  statusLabel: LABELS.WorkOrderStatus['awaiting-approval'],
  description: '更换厨房水龙头',
  estimateFen: 8_000,
  chargeableFen: 8_000,
  paidServices: [],
  approvals: [{ step: 'cs-manager-approval', stepLabel: LABELS.ApprovalStep['cs-manager-approval'] }],
  requestedBy: { staffId: 'staff-0004', name: '赵强' },
  dueAt: '2026-12-05T10:00:00.000Z',
  overdue: false,
  work: [],
  checks: [],
  returnVisit: { status: 'not-due', statusLabel: '未到期', overdue: false },
  createdAt: '2026-12-03T10:00:00.000Z',
  ...overrides,
});
const actions = (view: WorkOrderView, staffId: string, ...roles: string[]) =>
  withReturn(
    allowedWorkOrderActions(view, { staffId, roles }, TABLE, OFFERED_WORK_ORDER_ACTIONS),
    view,
    { staffId, roles },
    TABLE,
  );

describe('an approver sends an estimate back (MNT-6, decision 0324)', () => {
  it('is the POST route of the document under its operation id, with a mandatory reason', () => {
    expect(DOCUMENT.paths[RETURN_OPERATION.path]?.['post']?.operationId).toBe(RETURN_OPERATION.operationId);
    expect(formBody(RETURN_FORM, { reason: ' 预估过高，请重新勘察 ' })).toEqual({
      reason: '预估过高，请重新勘察',
    });
    expect(RETURN_FORM.fields.find((f) => f.name === 'reason')?.required).toBe(true);
  });

  it('MNT-6: 退回 is offered beside 审批 to the approver of the step due, and to no one else', () => {
    expect(actions(order(), 'staff-0003', 'cs-manager')).toEqual(['approve', 'return', 'extend', 'cancel']);
    // Not the requester, not another role, not the dispatcher who asked for it.
    expect(
      actions(order({ requestedBy: { staffId: 'staff-0003', name: '王磊' } }), 'staff-0003', 'cs-manager'),
    ).not.toContain('return');
    expect(actions(order(), 'staff-0007', 'gm')).toEqual([]);
    expect(actions(order(), 'staff-0004', 'dispatcher')).toEqual(['cancel']);
  });

  it('MNT-6: in a chain, only the step due; never an earlier approver; only while awaiting approval', () => {
    const reviewed = order({
      approvals: [
        {
          step: 'deputy-chief-engineer-review',
          stepLabel: LABELS.ApprovalStep['deputy-chief-engineer-review'],
          by: { staffId: 'staff-0011', name: '林海' },
          at: '2026-12-03T11:00:00.000Z',
        },
        { step: 'deputy-gm-approval', stepLabel: LABELS.ApprovalStep['deputy-gm-approval'] },
      ],
    });
    expect(mayReturn(reviewed, { staffId: 'staff-0010', roles: ['deputy-gm'] }, TABLE)).toBe(true);
    expect(
      mayReturn(reviewed, { staffId: 'staff-0011', roles: ['chief-engineer', 'deputy-gm'] }, TABLE),
    ).toBe(false);
    expect(
      mayReturn(
        order({ status: 'approved', statusLabel: LABELS.WorkOrderStatus.approved }),
        { staffId: 'staff-0003', roles: ['cs-manager'] },
        TABLE,
      ),
    ).toBe(false);
  });
});

describe("a repair's return visit (MNT-10, decision 0325)", () => {
  const form = WORK_ORDER_FORMS['return-visit']!;

  it('may be made by SMS or the app, and names the preferred channel under 回访方式', () => {
    const due = order({
      returnVisit: {
        status: 'due',
        statusLabel: '待回访',
        overdue: false,
        preferredChannel: 'sms',
        preferredChannelLabel: LABELS.ContactChannel.sms,
      },
    });
    const method = returnVisitForm(form, due).fields.find((f) => f.name === 'method')!;
    expect(method.options?.map((o) => o.value)).toEqual(Object.keys(LABELS.RepairReturnVisitMethod));
    expect(method.options?.map((o) => o.value)).toEqual(expect.arrayContaining(['sms', 'app']));
    expect(method.extra).toBe('住户偏好的联系方式：短信');
    const methods =
      (
        DOCUMENT.components.schemas['WorkOrderReturnVisitV1']?.properties['method'] as
          { enum?: string[] } | undefined
      )?.enum ?? [];
    expect(method.options?.map((o) => o.value).sort()).toEqual([...methods].sort());
  });

  it('without a preferred channel on record, says none', () => {
    const method = returnVisitForm(form, order()).fields.find((f) => f.name === 'method')!;
    expect(method.extra).toBeUndefined();
  });
});
