import { describe, expect, it } from '@jest/globals';
import { toDecorationView } from './decorations/decoration.view.js';
import type { Decoration } from './decorations/decoration.entity.js';
import { toHandoverDefectView } from './handover/handover.view.js';
import type { MoveIn } from './move-ins/move-in.entity.js';
import { toMoveInView } from './move-ins/move-in.view.js';
import type { MoveOut } from './move-outs/move-out.entity.js';
import { toMoveOutView } from './move-outs/move-out.view.js';
import type { Person } from './people/person.entity.js';
import { preferencesViewOf } from './people/person.view.js';

const ID = '0194f3a2-7c1e-7d3b-9a4e-5b6c7d8e9f01';

/** F9: every enumerated value a residents view shows carries its Chinese label beside it. */
describe('residents views label their codes in Chinese', () => {
  it('a move-in: key kinds and how far billing got', () => {
    const view = toMoveInView(
      {
        id: ID,
        communityId: 'GZ01',
        unitId: ID,
        kind: 'owner',
        personIds: [ID],
        plannedDate: '2026-12-10',
        status: 'open',
        handbookAcknowledged: true,
        decorationRulesAcknowledged: true,
        keys: [{ kind: 'door-key', count: 3 }],
        chargeRequestId: ID,
        version: 1,
      } as unknown as MoveIn,
      'settled',
      [],
    );
    expect(view.keys).toEqual([
      { kind: 'door-key', count: 3, kindLabel: expect.stringMatching(/[\u4e00-\u9fa5]/) },
    ]);
    expect(view.charges).toEqual({ requestId: ID, status: 'settled', statusLabel: '已缴清' });
  });

  it('a move-out: who bears each damage; the day the unit empties and its status after', () => {
    const view = toMoveOutView({
      id: ID,
      communityId: 'GZ01',
      unitId: ID,
      occupancyIds: [ID],
      personIds: [ID],
      moveOutDate: '2026-12-20',
      reason: '租约到期',
      status: 'completed',
      damages: [{ description: '墙面破损', amountFen: 50_000, chargeTo: 'deposit' }],
      vacancyDueOn: '2026-12-20',
      version: 3,
    } as unknown as MoveOut);
    expect(view.damages[0]!.chargeToLabel).toMatch(/[\u4e00-\u9fa5]/);
    expect(view.vacancyDueOn).toBe('2026-12-20');
  });

  it('F20: a procedure shows its unit label and the names of its people', () => {
    const names = { units: new Map([[ID, '5栋101']]), people: new Map([[ID, '王建国']]) };
    const view = toMoveOutView(
      {
        id: ID,
        communityId: 'GZ01',
        unitId: ID,
        occupancyIds: [ID],
        personIds: [ID],
        moveOutDate: '2026-12-20',
        reason: '租约到期',
        status: 'requested',
        damages: [],
        version: 1,
      } as unknown as MoveOut,
      names,
    );
    expect(view).toMatchObject({ unitLabel: '5栋101', personIds: [ID], personNames: ['王建国'] });
  });

  it('a handover defect: its trades', () => {
    const view = toHandoverDefectView({
      id: ID,
      location: '主卧窗台',
      description: '窗台渗水',
      trades: ['plumbing'],
      severity: 'minor',
    } as Parameters<typeof toHandoverDefectView>[0]);
    expect(view.tradeLabels).toHaveLength(1);
    expect(view.tradeLabels?.[0]).toMatch(/[\u4e00-\u9fa5]/);
  });

  it("a person's preferred channel", () => {
    const view = preferencesViewOf({ refuseReturnVisits: false, preferredChannel: 'sms' } as Person);
    expect(view.preferredChannelLabel).toMatch(/[\u4e00-\u9fa5]/);
  });

  it("a decoration's inspection result, signing departments and damage remedies", () => {
    const view = toDecorationView(
      {
        id: ID,
        number: 'ZX-GZ01-2026-000001',
        communityId: 'GZ01',
        unitId: ID,
        applicantPersonId: ID,
        status: 'completed',
        scope: '厨卫改造',
        contractor: { name: '美家装饰', managerName: '陈志强', managerPhone: '13922334455' },
        scheduleStartDate: '2026-12-10',
        scheduleEndDate: '2027-02-10',
        workers: [],
        drawings: [],
        feesPaid: true,
        patrolFindings: [
          {
            id: ID,
            foundAt: '2026-12-20T10:00:00+08:00',
            description: '电梯厅墙面刮花',
            violation: false,
            damage: { description: '墙面刮花', amountFen: 20_000 },
            recordedById: 'staff-1',
            recordedBy: '赵志刚',
          },
        ],
        inspections: [
          {
            id: ID,
            inspectedAt: '2027-02-11T10:00:00+08:00',
            result: 'passed',
            damages: [{ description: '门框磕碰', amountFen: 10_000, remedy: 'repair' }],
            signatures: [{ department: 'engineering', headName: '陈工' }],
            inspectedById: 'staff-1',
            inspectedBy: '赵志刚',
          },
        ],
        pendingRepairs: [],
        createdAt: new Date(),
        updatedAt: new Date(),
        version: 1,
      } as unknown as Decoration,
      [],
    );
    expect(view.patrolFindings[0]!.damage!.remedyLabel).toBe('赔偿（从押金扣除）');
    const [inspection] = view.inspections;
    expect(inspection!.resultLabel).toMatch(/[\u4e00-\u9fa5]/);
    expect(inspection!.damages[0]!.remedyLabel).toBe('业主自行修复');
    expect(inspection!.signatures![0]!.departmentLabel).toMatch(/[\u4e00-\u9fa5]/);
  });
});
