import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { LABELS } from '@pcs/api-client';
import { operationRolesOf, type OpenApiDocument } from '../permissions/operation-roles';
import {
  ACTION_OPERATIONS,
  ACTION_STATUSES,
  STEP_ROLE,
  allowedWorkOrderActions,
  stateAllows,
  type WorkOrderActionCode,
  type WorkOrderView,
} from './work-order-actions';
import { OFFERED_WORK_ORDER_ACTIONS } from './work-order-forms';

/*
 * The console's copy of the work-order state machine, checked against what the gateway's OpenAPI
 * document shows (routes, statuses, roles) and against the rules MNT-5 … MNT-10 case by case. The
 * maintenance service's own table is not imported (decision 0167): the console depends on the API.
 */
const DOCUMENT = JSON.parse(
  readFileSync(new URL('../../../../docs/openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument & {
  paths: Record<string, Record<string, { operationId?: string }>>;
  components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }> }> };
};
const TABLE = operationRolesOf(DOCUMENT);
const STATUSES = DOCUMENT.components.schemas['WorkOrderView']?.properties['status']?.enum ?? [];

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
const offered = (view: WorkOrderView, staffId: string, ...roles: string[]): WorkOrderActionCode[] =>
  allowedWorkOrderActions(view, { staffId, roles }, TABLE, OFFERED_WORK_ORDER_ACTIONS);

describe("the console's work-order actions against the API document", () => {
  it('each action is a POST route of the document under its operation id', () => {
    const missing = Object.entries(ACTION_OPERATIONS).filter(
      ([, { operationId, path }]) => DOCUMENT.paths[path]?.['post']?.operationId !== operationId,
    );
    expect(missing).toEqual([]);
  });

  it('knows every action and status the API labels, and no other status', () => {
    expect(Object.keys(ACTION_STATUSES).sort()).toEqual(Object.keys(LABELS.WorkOrderAction).sort());
    expect([...STATUSES].sort()).toEqual(Object.keys(LABELS.WorkOrderStatus).sort());
    const unknown = Object.values(ACTION_STATUSES)
      .flat()
      .filter((s) => !STATUSES.includes(s));
    expect(unknown).toEqual([]);
    expect([...OFFERED_WORK_ORDER_ACTIONS].sort()).toEqual(Object.keys(LABELS.WorkOrderAction).sort());
  });

  it('MNT-6: each approval step is taken by a role the approve route admits', () => {
    expect(Object.keys(STEP_ROLE).sort()).toEqual(Object.keys(LABELS.ApprovalStep).sort());
    for (const role of Object.values(STEP_ROLE)) expect(TABLE['approveWorkOrder']).toContain(role);
  });
});

describe('the actions a work order offers', () => {
  it('MNT-6: the step’s approver approves; not the requester, not another role; no dispatch before', () => {
    expect(offered(order(), 'staff-0003', 'cs-manager')).toEqual(['approve', 'extend', 'cancel']);
    expect(offered(order(), 'staff-0007', 'gm')).toEqual([]);
    expect(
      offered(order({ requestedBy: { staffId: 'staff-0003', name: '王磊' } }), 'staff-0003', 'cs-manager'),
    ).toEqual(['extend', 'cancel']);
    expect(offered(order(), 'staff-0004', 'dispatcher')).toEqual(['cancel']);
  });

  it('MNT-6: a two-step chain offers the deputy GM only after the deputy chief engineer, never twice', () => {
    const chain = order({
      approvals: [
        {
          step: 'deputy-chief-engineer-review',
          stepLabel: LABELS.ApprovalStep['deputy-chief-engineer-review'],
        },
        { step: 'deputy-gm-approval', stepLabel: LABELS.ApprovalStep['deputy-gm-approval'] },
      ],
    });
    expect(offered(chain, 'staff-0010', 'deputy-gm')).toEqual([]);
    expect(offered(chain, 'staff-0011', 'chief-engineer')).toEqual(['approve']);
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
    expect(offered(reviewed, 'staff-0010', 'deputy-gm')).toEqual(['approve']);
    expect(offered(reviewed, 'staff-0011', 'chief-engineer', 'deputy-gm')).toEqual([]);
  });

  it('MNT-7: dispatch once approved; the technician arrives, records work and finishes after work', () => {
    expect(offered(order({ status: 'approved' }), 'staff-0004', 'dispatcher')).toEqual([
      'dispatch',
      'cancel',
    ]);
    expect(offered(order({ status: 'dispatched' }), 'staff-0005', 'technician')).toEqual(['arrive']);
    expect(offered(order({ status: 'in-progress' }), 'staff-0005', 'technician')).toEqual(['record-work']);
    const worked = order({
      status: 'in-progress',
      work: [
        {
          at: '2026-12-03T12:00:00.000Z',
          by: { staffId: 'staff-0005', name: '孙涛' },
          workDone: '更换水龙头',
          materials: [],
          photos: [],
        },
      ],
    });
    expect(offered(worked, 'staff-0005', 'technician')).toEqual(['record-work', 'finish']);
    expect(offered(worked, 'staff-0004', 'dispatcher')).toEqual([]);
  });

  it('MNT-8: the check waits for the finish, the sign-off for a passed check', () => {
    expect(offered(order({ status: 'awaiting-check' }), 'staff-0001', 'front-desk')).toEqual([
      'check',
      'extend',
    ]);
    expect(offered(order({ status: 'checked' }), 'staff-0001', 'front-desk')).toEqual(['sign-off']);
  });

  it('MNT-9: the amount names the reviewer; only type A is confirmed and certified', () => {
    const settlement = {
      settlementId: '0193a000-0000-7000-8000-0000000000s1',
      finalAccountFen: 8_000,
      reviewer: 'customer-service' as const,
      reviewerLabel: LABELS.SettlementReviewer['customer-service'],
      fundDraw: 'not-needed' as const,
      fundDrawLabel: '无需支付',
    };
    expect(offered(order({ status: 'completed' }), 'staff-0009', 'repair-lead')).toEqual([
      'submit-settlement',
    ]);
    const submitted = order({ status: 'settlement-submitted', settlement });
    expect(offered(submitted, 'staff-0003', 'cs-manager')).toEqual(['review-settlement']);
    expect(offered(submitted, 'staff-0012', 'auditor')).toEqual([]);
    const large = order({
      status: 'settlement-submitted',
      settlement: { ...settlement, reviewer: 'audit', reviewerLabel: LABELS.SettlementReviewer.audit },
    });
    expect(offered(large, 'staff-0003', 'cs-manager')).toEqual([]);
    expect(offered(large, 'staff-0012', 'auditor')).toEqual(['review-settlement']);
    expect(stateAllows('c', 'settlement-reviewed', 'confirm-settlement')).toBe(false);
    expect(stateAllows('a', 'settlement-reviewed', 'confirm-settlement')).toBe(true);
    expect(stateAllows('b', 'contractor-confirmed', 'certify-settlement')).toBe(false);
    expect(
      offered(
        order({ type: 'a', status: 'contractor-confirmed', settlement }),
        'staff-0011',
        'chief-engineer',
      ),
    ).toEqual(['certify-settlement']);
  });

  it('MNT-10: the return visit once it is due, whatever the settlement’s stage', () => {
    const due = { status: 'due' as const, statusLabel: '待回访', overdue: false };
    expect(offered(order({ status: 'settled', returnVisit: due }), 'staff-0001', 'front-desk')).toEqual([
      'return-visit',
    ]);
    expect(offered(order({ status: 'completed' }), 'staff-0001', 'front-desk')).toEqual([]);
  });

  it('offers nothing on a cancelled order, and cancels only before the work starts', () => {
    const everyone = [
      'dispatcher',
      'cs-manager',
      'technician',
      'repair-lead',
      'front-desk',
      'chief-engineer',
    ];
    expect(offered(order({ status: 'cancelled' }), 'staff-0099', ...everyone)).toEqual([]);
    expect(stateAllows('c', 'in-progress', 'cancel')).toBe(false);
    expect(stateAllows('c', 'dispatched', 'cancel')).toBe(true);
  });
});
