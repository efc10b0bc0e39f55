import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { LABELS } from '@pcs/api-client';
import { operationRolesOf, type OpenApiDocument } from '../permissions/operation-roles';
import { fieldProblem, formBody } from '../work-orders/field-forms';
import {
  REPAIR_ACTION_OPERATIONS,
  allowedRepairActions,
  contractorSignatoryProblem,
  repairActionForm,
  tradesOf,
  type RepairRequestView,
} from './repair-actions';
import { repairQuery } from './repair-filters';

const DOCUMENT = JSON.parse(
  readFileSync(new URL('../../../../docs/openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument & { paths: Record<string, Record<string, { operationId?: string }>> };
const TABLE = operationRolesOf(DOCUMENT);

const request = (overrides: Partial<RepairRequestView> = {}): RepairRequestView => ({
  id: '0193a000-0000-7000-8000-0000000000r1',
  number: 'BX-GZ01-2026-000001',
  communityId: 'GZ01',
  source: 'desk',
  sourceLabel: LABELS.RepairSource.desk,
  trades: ['plumbing'],
  tradeLabels: [LABELS.RepairTrade.plumbing],
  urgency: 'normal',
  urgencyLabel: LABELS.RepairUrgency.normal,
  description: '厨房水龙头关不紧，一直滴水',
  progress: 'accepted',
  progressLabel: LABELS.RepairProgress.accepted,
  receivedAt: '2026-12-03T09:00:00.000Z',
  surveyDueAt: '2026-12-04T09:00:00.000Z',
  createdAt: '2026-12-03T09:00:00.000Z',
  ...overrides,
});

describe("the console's repair-request actions", () => {
  it('each is a POST route of the API document under its operation id', () => {
    const missing = Object.entries(REPAIR_ACTION_OPERATIONS).filter(
      ([, { operationId, path }]) => DOCUMENT.paths[path]?.['post']?.operationId !== operationId,
    );
    expect(missing).toEqual([]);
  });

  it('MNT-1, MNT-2: an accepted request: arrival, survey and cancellation, each to the roles that may', () => {
    expect(allowedRepairActions(request(), ['dispatcher'], TABLE)).toEqual(['arrive', 'cancel']);
    expect(allowedRepairActions(request(), ['engineer'], TABLE)).toEqual(['arrive', 'survey']);
    expect(allowedRepairActions(request(), ['technician'], TABLE)).toEqual(['arrive']);
    expect(allowedRepairActions(request(), ['finance'], TABLE)).toEqual([]);
  });

  it('MNT-1: made-safe only for an emergency, arrival and made-safe once each', () => {
    const emergency = request({ urgency: 'emergency', emergencyKind: 'water' });
    expect(allowedRepairActions(emergency, ['technician'], TABLE)).toEqual(['arrive', 'make-safe']);
    const safe = {
      ...emergency,
      arrivedAt: '2026-12-03T09:20:00.000Z',
      madeSafeAt: '2026-12-03T10:00:00.000Z',
    };
    expect(allowedRepairActions(safe, ['technician'], TABLE)).toEqual([]);
  });

  it('MNT-4: a surveyed request gets its work order when the survey names one, and only once', () => {
    const surveyed = request({
      progress: 'surveyed',
      workOrderType: 'c',
      arrivedAt: '2026-12-03T09:30:00.000Z',
    });
    expect(allowedRepairActions(surveyed, ['dispatcher'], TABLE)).toEqual(['create-work-order', 'cancel']);
    const outside = request({ progress: 'surveyed' });
    expect(allowedRepairActions(outside, ['dispatcher'], TABLE)).toEqual(['arrive', 'cancel']);
    const ordered = {
      ...surveyed,
      progress: 'approved' as const,
      workOrderId: '0193a000-0000-7000-8000-0000000000w1',
    };
    expect(allowedRepairActions(ordered, ['dispatcher', 'engineer'], TABLE)).toEqual([]);
  });

  it('offers nothing on a cancelled or settled request', () => {
    const roles = ['dispatcher', 'engineer', 'front-desk', 'technician'];
    expect(allowedRepairActions(request({ progress: 'cancelled' }), roles, TABLE)).toEqual([]);
    expect(allowedRepairActions(request({ progress: 'settled' }), roles, TABLE)).toEqual([]);
  });

  it('sends the survey’s participants as a list of roles and names, its estimate in fen', () => {
    const form = repairActionForm('survey', request());
    expect(
      formBody(form, {
        surveyedAt: '2026-12-03T10:00',
        'participants.customer-service': '李娜',
        'participants.engineering': '林海',
        'participants.contractor': '',
        findings: '阀芯磨损',
        estimateFen: '80',
        component: 'plumbing',
        responsibleParty: 'resident',
        'warrantyDecision.underWarranty': 'no',
        'warrantyDecision.reason': '住户自购龙头',
      }),
    ).toEqual({
      surveyedAt: new Date('2026-12-03T10:00').toISOString(),
      participants: [
        { role: 'customer-service', name: '李娜' },
        { role: 'engineering', name: '林海' },
      ],
      findings: '阀芯磨损',
      estimateFen: 8_000,
      component: 'plumbing',
      responsibleParty: 'resident',
      warrantyDecision: { underWarranty: false, reason: '住户自购龙头' },
    });
  });

  it('MNT-2: marks the three signatories the survey always needs, and the contractor from ¥500 (decision 0313)', () => {
    const form = repairActionForm('survey', request());
    const signatories = form.fields.filter((f) => f.name.startsWith('participants.'));
    expect(signatories.map((f) => [f.name, f.required ?? false])).toEqual([
      ['participants.customer-service', true],
      ['participants.engineering', true],
      ['participants.repair-lead', true],
      ['participants.contractor', false],
    ]);
    const contractor = signatories[3]!;
    expect(contractor.dependsOn).toEqual(['estimateFen']);
    expect(fieldProblem(contractor, '', { estimateFen: '499.99' })).toBeUndefined();
    expect(fieldProblem(contractor, '', { estimateFen: '500' })).toBe(
      '预估金额 500 元及以上，须填写会签人：承建商',
    );
    expect(fieldProblem(contractor, ' ', { estimateFen: '1,200' })).toBe(
      '预估金额 500 元及以上，须填写会签人：承建商',
    );
    expect(fieldProblem(contractor, '宏达建设 张工', { estimateFen: '1200' })).toBeUndefined();
    expect(contractorSignatoryProblem('', '八百')).toBeUndefined();
  });

  it('MNT-5 (decision 0326): the survey states the trades found on site, by their names', () => {
    const form = repairActionForm('survey', request());
    const values = {
      surveyedAt: '2026-12-03T10:00',
      'participants.customer-service': '李娜',
      findings: '卫生间地漏渗水，需重做防水',
      estimateFen: '800',
      component: 'wet-room-waterproofing',
      responsibleParty: 'company',
    };
    expect(formBody(form, { ...values, trades: '给排水、防水' })['trades']).toEqual([
      'plumbing',
      'waterproofing',
    ]);
    expect(formBody(form, { ...values, trades: 'plumbing，电气' })['trades']).toEqual([
      'plumbing',
      'electrical',
    ]);
    // Left empty: the request's trades stand, nothing is sent.
    expect(formBody(form, { ...values, trades: '  ' })).not.toHaveProperty('trades');
    expect(formBody(form, values)).not.toHaveProperty('trades');
    const trades = form.fields.find((f) => f.name === 'trades')!;
    expect(trades.extra).toContain('报修时为：给排水');
    expect(fieldProblem(trades, '给排水、水泥', {})).toMatch(/^「水泥」不是工种，可填：给排水、电气/);
    expect(fieldProblem(trades, '防水 防水', {})).toBe('工种「防水」重复');
    expect(fieldProblem(trades, '', {})).toBeUndefined();
    expect(tradesOf('给排水 防水')).toEqual({ ok: true, trades: ['plumbing', 'waterproofing'] });
  });

  it('refuses a survey estimate in yuan, in Chinese, before sending (decision 0313)', () => {
    const estimate = repairActionForm('survey', request()).fields.find((f) => f.name === 'estimateFen')!;
    expect(fieldProblem(estimate, '12.345', {})).toBe('金额最多保留两位小数（精确到分）');
    expect(fieldProblem(estimate, '99999999999999', {})).toBe('金额不能超过 100 亿元');
    expect(fieldProblem(estimate, '-5', {})).toBe('金额不能为负数');
    expect(fieldProblem(estimate, '1,234.5', {})).toBeUndefined();
    expect(fieldProblem(estimate, '', {})).toBeUndefined();
  });

  it('opens a work order for this request', () => {
    const form = repairActionForm('create-work-order', request({ progress: 'surveyed', workOrderType: 'c' }));
    expect(formBody(form, { description: '更换厨房水龙头' })).toEqual({
      description: '更换厨房水龙头',
      repairRequestId: '0193a000-0000-7000-8000-0000000000r1',
    });
  });

  it('lists the open requests unless asked otherwise, sending only the filters that are on', () => {
    expect(repairQuery({ open: true, overdue: false })).toEqual({ open: 'true' });
    expect(repairQuery({ progress: 'surveyed', communityId: 'GZ01' })).toEqual({
      progress: 'surveyed',
      communityId: 'GZ01',
    });
  });
});
