import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  DomainError,
  FundDrawStatus,
  WorkOrderAction,
  WorkOrderStatus,
  WorkOrderType,
  type Role,
} from '@pcs/contracts';
import { approvalChain, orderEstimate } from './approval.rules.js';
import {
  decide,
  EXTENSION_HORIZON_DAYS,
  qualityDeductionFen,
  settlementReviewer,
  type WorkOrderCommand,
  type WorkOrderFacts,
} from './work-order.rules.js';
import { canTakeAction, isFinalStatus, possibleTargets, TRANSITIONS } from './work-order.state.js';

const NOW = new Date('2026-11-23T02:00:00Z');
const OPENED = new Date('2026-11-23T01:00:00Z');
const REQUESTER = 'staff-requester';
const staff = (sub: string, ...roles: Role[]) => ({ sub, name: `员工${sub}`, roles });

function order(overrides: Partial<WorkOrderFacts> = {}): WorkOrderFacts {
  return {
    type: 'b',
    status: 'awaiting-approval',
    requestedById: REQUESTER,
    approvals: approvalChain(50_000).map((step) => ({ step })),
    dueAt: new Date('2026-11-26T02:00:00Z'),
    createdAt: OPENED,
    work: [],
    checks: [],
    returnVisitStatus: 'not-due',
    ...overrides,
  };
}

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (e) {
    return e instanceof DomainError ? e.code : 'not a DomainError';
  }
};

describe('MNT-6: the approval chain by amount', () => {
  it.each([
    [1, ['cs-manager-approval']],
    [100_000, ['cs-manager-approval']],
    [100_001, ['deputy-chief-engineer-review', 'deputy-gm-approval']],
    [1_000_000, ['deputy-chief-engineer-review', 'deputy-gm-approval']],
    [1_000_001, ['gm-approval']],
  ])('MNT-6: an estimate of %i fen needs %j', (fen, chain) => {
    expect(approvalChain(fen)).toEqual(chain);
  });

  it('MNT-6: 1,000.00 yuan is approved by the customer-service manager alone', () => {
    const o = order({ approvals: approvalChain(100_000).map((step) => ({ step })) });
    const d = decide(o, { action: 'approve' }, staff('m1', 'cs-manager'), NOW);
    expect(d.changes.status).toBe('approved');
  });

  it('MNT-6: 1,000.01 yuan needs the deputy chief engineer’s review, then the deputy GM', () => {
    let o = order({ approvals: approvalChain(100_001).map((step) => ({ step })) });
    expect(codeOf(() => decide(o, { action: 'approve' }, staff('m1', 'cs-manager'), NOW))).toBe('FORBIDDEN');
    expect(codeOf(() => decide(o, { action: 'approve' }, staff('g1', 'deputy-gm'), NOW))).toBe('FORBIDDEN');
    const reviewed = decide(o, { action: 'approve' }, staff('e1', 'chief-engineer'), NOW);
    expect(reviewed.changes.status).toBe('awaiting-approval');
    o = { ...o, ...(reviewed.changes as Partial<WorkOrderFacts>) };
    const approved = decide(o, { action: 'approve' }, staff('g1', 'deputy-gm'), NOW);
    expect(approved.changes.status).toBe('approved');
  });

  it('MNT-6: 10,000.00 yuan stays with the deputy GM; 10,000.01 yuan needs the GM', () => {
    const o = order({ approvals: approvalChain(1_000_001).map((step) => ({ step })) });
    expect(codeOf(() => decide(o, { action: 'approve' }, staff('g1', 'deputy-gm'), NOW))).toBe('FORBIDDEN');
    expect(decide(o, { action: 'approve' }, staff('gm', 'gm'), NOW).changes.status).toBe('approved');
  });

  it('MNT-6: an order may raise the survey’s estimate, never lower who must approve it', () => {
    expect(orderEstimate(5_000_000)).toBe(5_000_000);
    expect(orderEstimate(5_000_000, 5_000_000)).toBe(5_000_000);
    expect(orderEstimate(80_000, 120_000)).toBe(120_000);
    expect(codeOf(() => orderEstimate(5_000_000, 100))).toBe('BUSINESS_RULE_VIOLATED');
    expect(() => orderEstimate(5_000_000, 4_999_999)).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ field: 'estimateFen' }) }),
    );
    fc.assert(
      fc.property(fc.nat(2_000_000), fc.option(fc.nat(2_000_000), { nil: undefined }), (survey, asked) => {
        let chosen: number;
        try {
          chosen = orderEstimate(survey, asked);
        } catch {
          expect(asked).toBeLessThan(survey);
          return;
        }
        // Never below the survey's: the chain by amount is then at least the survey's (table above).
        expect(chosen).toBeGreaterThanOrEqual(survey);
      }),
    );
  });

  it('MNT-6: never approved by the staff member who requested it', () => {
    const o = order();
    expect(codeOf(() => decide(o, { action: 'approve' }, staff(REQUESTER, 'cs-manager'), NOW))).toBe(
      'FORBIDDEN',
    );
  });

  it('MNT-6: dispatch is refused without the approval the amount needs', () => {
    const o = order();
    const dispatch: WorkOrderCommand = {
      action: 'dispatch',
      executor: 'team',
      teamId: '0190e0a0-0000-7000-8000-000000000001',
      teamName: '维修一队',
      technician: { staffId: 't1', name: '李师傅' },
    };
    expect(codeOf(() => decide(o, dispatch, staff('d1', 'dispatcher'), NOW))).toBe('APPROVAL_REQUIRED');
    expect(
      decide({ ...o, status: 'approved' }, dispatch, staff('d1', 'dispatcher'), NOW).changes.status,
    ).toBe('dispatched');
  });
});

describe('MNT-8: completion check', () => {
  const inCheck = order({ status: 'awaiting-check', approvals: [] });

  it('MNT-8: a failed completion check returns the order to execution', () => {
    const d = decide(
      inCheck,
      { action: 'check', passed: false, inspectors: ['王芳', '陈队长'], itemsToFix: '接口仍渗水' },
      staff('c1', 'front-desk'),
      NOW,
    );
    expect(d.changes.status).toBe('in-progress');
    expect(d.completed).toBeUndefined();
  });

  it('MNT-8: a passed check and the customer’s sign-off complete the order', () => {
    const checked = decide(
      inCheck,
      { action: 'check', passed: true, inspectors: ['王芳'] },
      staff('c1'),
      NOW,
    );
    expect(checked.changes.status).toBe('checked');
    const signed = decide(
      { ...inCheck, status: 'checked' },
      { action: 'sign-off', customerName: '刘先生', satisfaction: 'satisfied' },
      staff('c1'),
      NOW,
    );
    expect(signed).toMatchObject({
      completed: true,
      progress: 'completed',
      changes: { status: 'completed' },
    });
  });
});

describe('MNT-9: settlement', () => {
  it.each([
    [2_000_000, 'customer-service'],
    [2_000_001, 'audit'],
  ])('MNT-9: a final account of %i fen is reviewed by %s', (fen, reviewer) => {
    expect(settlementReviewer(fen)).toBe(reviewer);
  });

  it('MNT-9: above 20,000 yuan customer service may not review; the auditor may', () => {
    const o = order({
      status: 'settlement-submitted',
      finalAccountFen: 2_000_001,
      settlementReviewer: 'audit',
    });
    const review: WorkOrderCommand = { action: 'review-settlement', settledFen: 1_900_000 };
    expect(codeOf(() => decide(o, review, staff('m1', 'cs-manager'), NOW))).toBe('FORBIDDEN');
    expect(decide(o, review, staff('a1', 'auditor'), NOW)).toMatchObject({ settled: true });
  });

  it('MNT-9 (decision 0271): whoever submitted the final account neither reviews nor certifies it', () => {
    const lead = staff('multi', 'repair-lead', 'cs-manager', 'chief-engineer');
    const submitted = decide(
      order({ status: 'completed' }),
      { action: 'submit-settlement', finalAccountFen: 99_999 },
      lead,
      NOW,
    );
    expect(submitted.changes).toMatchObject({
      settlementSubmittedById: 'multi',
      settlementReviewer: 'customer-service',
    });
    const o = order({
      ...submitted.changes,
      status: 'settlement-submitted',
      finalAccountFen: 99_999,
    } as never);
    const review: WorkOrderCommand = { action: 'review-settlement', settledFen: 99_999 };
    let refusal: unknown;
    try {
      decide(o, review, lead, NOW);
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toMatchObject({
      code: 'FORBIDDEN',
      details: { field: 'reviewer', reviewer: 'customer-service' },
    });
    expect(decide(o, review, staff('m2', 'cs-manager'), NOW)).toMatchObject({ settled: true });
    const a = order({ type: 'a', status: 'contractor-confirmed', settlementSubmittedById: 'multi' });
    expect(codeOf(() => decide(a, { action: 'certify-settlement' }, lead, NOW))).toBe('FORBIDDEN');
    expect(decide(a, { action: 'certify-settlement' }, staff('e2', 'chief-engineer'), NOW)).toMatchObject({
      settled: true,
    });
  });

  it('MNT-9: type A is settled only after the contractor confirms and the deputy chief engineer certifies', () => {
    const o = order({
      type: 'a',
      status: 'settlement-submitted',
      finalAccountFen: 80_000,
      settlementReviewer: 'customer-service',
    });
    const reviewed = decide(
      o,
      { action: 'review-settlement', settledFen: 80_000 },
      staff('m1', 'cs-manager'),
      NOW,
    );
    expect(reviewed.settled).toBeUndefined();
    expect(
      codeOf(() =>
        decide({ ...o, status: 'settlement-reviewed' }, { action: 'certify-settlement' }, staff('e'), NOW),
      ),
    ).toBe('INVALID_STATE_TRANSITION');
    const certified = decide(
      { ...o, status: 'contractor-confirmed' },
      { action: 'certify-settlement' },
      staff('e1', 'chief-engineer'),
      NOW,
    );
    expect(certified).toMatchObject({ settled: true, changes: { status: 'settled' } });
  });

  it('MNT-9: types B and C have no contractor confirmation', () => {
    expect(canTakeAction('b', 'settlement-reviewed', 'confirm-settlement')).toBe(false);
    expect(canTakeAction('c', 'contractor-confirmed', 'certify-settlement')).toBe(false);
  });
});

describe('MNT-13: paying the team from the revolving fund', () => {
  it('MNT-13: only a draw still owed (pending or refused) is retried; a drawn one, or none, is a state conflict', () => {
    const settled = order({ status: 'settled', finalAccountFen: 50_000, settledFen: 50_000 });
    const retry: WorkOrderCommand = { action: 'retry-fund-draw' };
    for (const fundDraw of ['pending', 'refused'] as const) {
      expect(decide({ ...settled, fundDraw }, retry, staff('f', 'finance'), NOW).changes).toEqual({
        status: 'settled',
      });
    }
    for (const fundDraw of ['drawn', 'not-needed', null, undefined] as const) {
      expect(codeOf(() => decide({ ...settled, fundDraw }, retry, staff('f', 'finance'), NOW))).toBe(
        'INVALID_STATE_TRANSITION',
      );
    }
  });
});

describe('MNT-10: the return visit', () => {
  it('MNT-10: is recorded once, when due; an exempt resident is not visited', () => {
    const visit: WorkOrderCommand = { action: 'return-visit', method: 'phone', satisfaction: 'satisfied' };
    const done = order({ status: 'completed', returnVisitStatus: 'due' });
    expect(decide(done, visit, staff('c'), NOW).changes).toMatchObject({
      status: 'completed',
      returnVisitStatus: 'done',
      returnVisitSatisfaction: 'satisfied',
    });
    for (const returnVisitStatus of ['exempt', 'done', 'not-due'] as const) {
      expect(codeOf(() => decide({ ...done, returnVisitStatus }, visit, staff('c'), NOW))).toBe(
        'INVALID_STATE_TRANSITION',
      );
    }
  });
});

describe('MNT-7: only the dispatched technician or a repair lead records on site (decision 0322)', () => {
  const toTeam = { executor: 'team' as const, technicianId: 't-sun', dispatchedAt: OPENED };
  const commands: [WorkOrderFacts['status'], WorkOrderCommand][] = [
    ['dispatched', { action: 'arrive', arrivedAt: NOW }],
    ['in-progress', { action: 'record-work', workDone: '更换水龙头', materials: [], photos: [] }],
  ];
  it.each(commands)(
    'MNT-7: from %s, another technician is refused 403 naming the technician',
    (status, command) => {
      const o = order({ ...toTeam, status, work: [] });
      let refusal: unknown;
      try {
        decide(o, command, staff('t-other', 'technician'), NOW);
      } catch (e) {
        refusal = e;
      }
      expect(refusal).toMatchObject({
        code: 'FORBIDDEN',
        details: { field: 'technician', technicianId: 't-sun' },
      });
      expect(decide(o, command, staff('t-sun', 'technician'), NOW).changes.status).toBeDefined();
      expect(decide(o, command, staff('lead', 'repair-lead'), NOW).changes.status).toBeDefined();
    },
  );

  it('MNT-7: finish by another technician is refused; an order carried out by a contractor names nobody', () => {
    const work = [
      { at: OPENED.toISOString(), byId: 't-sun', byName: '孙', workDone: 'x', materials: [], photos: [] },
    ];
    const o = order({ ...toTeam, status: 'in-progress', work });
    expect(codeOf(() => decide(o, { action: 'finish' }, staff('t-other', 'technician'), NOW))).toBe(
      'FORBIDDEN',
    );
    const byContractor = order({ status: 'in-progress', executor: 'contractor', work });
    expect(
      decide(byContractor, { action: 'finish' }, staff('t-other', 'technician'), NOW).changes.status,
    ).toBe('awaiting-check');
  });
});

describe('MNT-7: a dispatched order is dispatched again, with the reason, until the work starts (decision 0323)', () => {
  const toSun = {
    action: 'dispatch' as const,
    executor: 'team' as const,
    teamId: 'team-1',
    teamName: '一队',
    technician: { staffId: 't-li', name: '李' },
  };
  it('MNT-7: without a reason it is refused naming reason; with one it moves to the new technician, archived as redispatch', () => {
    const o = order({ status: 'dispatched', executor: 'team', technicianId: 't-sun', dispatchedAt: OPENED });
    let refusal: unknown;
    try {
      decide(o, toSun, staff('d', 'dispatcher'), NOW);
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toMatchObject({ code: 'VALIDATION_FAILED', details: { errors: [{ field: 'reason' }] } });
    const again = decide(o, { ...toSun, reason: '孙师傅病假' }, staff('d', 'dispatcher'), NOW);
    expect(again).toMatchObject({
      changes: { status: 'dispatched', technicianId: 't-li', dispatchedAt: NOW },
      archivedAs: { action: 'redispatch', reason: '孙师傅病假' },
    });
    expect(again.progress).toBeUndefined();
    // The first dispatch needs no reason.
    expect(decide(order({ status: 'approved' }), toSun, staff('d', 'dispatcher'), NOW).progress).toBe(
      'dispatched',
    );
  });

  it('MNT-7: once the work started it is not dispatched again', () => {
    expect(
      codeOf(() => decide(order({ status: 'in-progress' }), { ...toSun, reason: 'x' }, staff('d'), NOW)),
    ).toBe('INVALID_STATE_TRANSITION');
  });
});

describe('MNT-7: the arrival is not before the dispatch', () => {
  const dispatched = order({ status: 'dispatched', dispatchedAt: NOW });
  const fieldOf = (fn: () => unknown) => {
    try {
      fn();
      return undefined;
    } catch (e) {
      return (e as DomainError).details?.errors?.[0]?.field;
    }
  };

  it('MNT-7: an arrival before the order was dispatched is refused naming arrivedAt', () => {
    const before = new Date('2025-01-01T00:00:00Z');
    const refused = () => decide(dispatched, { action: 'arrive', arrivedAt: before }, staff('t'), NOW);
    expect(codeOf(refused)).toBe('VALIDATION_FAILED');
    expect(fieldOf(refused)).toBe('arrivedAt');
    const later = new Date(NOW.getTime() + 20 * 60_000);
    const future = () => decide(dispatched, { action: 'arrive', arrivedAt: later }, staff('t'), NOW);
    expect(fieldOf(future)).toBe('arrivedAt');
  });

  it('MNT-7: an arrival at or after the dispatch is taken', () => {
    expect(decide(dispatched, { action: 'arrive', arrivedAt: NOW }, staff('t'), NOW).changes).toMatchObject({
      status: 'in-progress',
      arrivedAt: NOW,
    });
  });
});

describe('MNT-5: the completion deadline moves only with consent', () => {
  it('MNT-5: a consent from before the order was opened, or from the future, is refused naming it', () => {
    const o = order({ status: 'in-progress' });
    const until = new Date(o.dueAt.getTime() + 86_400_000);
    const extend = (consentedAt: string) => () =>
      decide(
        o,
        { action: 'extend', until, consent: { customerName: '刘先生', consentedAt, record: '电话录音' } },
        staff('c'),
        NOW,
      );
    for (const consentedAt of ['2026-01-01T00:00:00Z', '2026-11-24T00:00:00Z']) {
      try {
        extend(consentedAt)();
        throw new Error(`${consentedAt} was taken`);
      } catch (e) {
        expect(e).toMatchObject({
          code: 'VALIDATION_FAILED',
          details: { errors: [expect.objectContaining({ field: 'consent.consentedAt' })] },
        });
      }
    }
    expect(extend(OPENED.toISOString())().changes).toMatchObject({ dueAt: until });
  });

  it('MNT-5: an extension must be later than the current deadline', () => {
    const consent = { customerName: '刘先生', consentedAt: NOW.toISOString(), record: '电话录音' };
    const o = order({ status: 'in-progress' });
    expect(codeOf(() => decide(o, { action: 'extend', until: o.dueAt, consent }, staff('c'), NOW))).toBe(
      'VALIDATION_FAILED',
    );
    const later = new Date(o.dueAt.getTime() + 86_400_000);
    expect(decide(o, { action: 'extend', until: later, consent }, staff('c'), NOW).changes).toMatchObject({
      dueAt: later,
      extensionConsent: consent,
    });
  });

  it('bad input: an extension more than a year ahead is refused naming until (decision 0226); a year is taken', () => {
    const consent = { customerName: '刘先生', consentedAt: NOW.toISOString(), record: '电话录音' };
    const o = order({ status: 'in-progress' });
    const day = 86_400_000;
    const tooFar = new Date(NOW.getTime() + (EXTENSION_HORIZON_DAYS + 1) * day);
    expect(() => decide(o, { action: 'extend', until: tooFar, consent }, staff('c'), NOW)).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field: 'until' })] },
      }),
    );
    const yearAhead = new Date(NOW.getTime() + EXTENSION_HORIZON_DAYS * day);
    expect(decide(o, { action: 'extend', until: yearAhead, consent }, staff('c'), NOW).changes).toMatchObject(
      {
        dueAt: yearAhead,
      },
    );
  });
});

/** A command for each action, with inputs that pass every guard but the state machine's. */
function commandFor(action: WorkOrderAction): WorkOrderCommand {
  switch (action) {
    case 'approve':
      return { action };
    case 'dispatch':
      // With a reason, so that a re-dispatch (decision 0323) is taken too.
      return { action, executor: 'contractor', contractorName: '广州建工', reason: '改派承建商' };
    case 'arrive':
      return { action, arrivedAt: NOW };
    case 'record-work':
      return { action, workDone: '更换角阀', materials: [], photos: [] };
    case 'check':
      return { action, passed: true, inspectors: ['王芳'] };
    case 'sign-off':
      return { action, customerName: '刘先生', satisfaction: 'satisfied' };
    case 'extend':
      return {
        action,
        until: new Date('2027-01-01T00:00:00Z'),
        consent: { customerName: '刘先生', consentedAt: NOW.toISOString(), record: '签字' },
      };
    case 'submit-settlement':
      return { action, finalAccountFen: 50_000 };
    case 'review-settlement':
      return { action, settledFen: 40_000 };
    case 'confirm-settlement':
      return { action, contractorSignatory: '赵经理' };
    case 'return-visit':
      return { action, method: 'phone', satisfaction: 'satisfied' };
    default:
      return { action } as WorkOrderCommand;
  }
}

/** Someone who holds every role except being the requester. */
const EVERYONE = staff('boss', 'cs-manager', 'cs-supervisor', 'chief-engineer', 'deputy-gm', 'gm', 'auditor');

describe('the work-order state machine (property-based)', () => {
  const arbitraryOrder = fc.record({
    type: fc.constantFrom(...WorkOrderType.codes),
    status: fc.constantFrom(...WorkOrderStatus.codes),
    estimate: fc.integer({ min: 1, max: 3_000_000 }),
    withWork: fc.boolean(),
    visitDue: fc.boolean(),
    fundDraw: fc.constantFrom(...FundDrawStatus.codes),
  });

  it('MNT-5 … MNT-9: every decision leads where the table allows, and every refusal is a stable code', () => {
    fc.assert(
      fc.property(arbitraryOrder, fc.constantFrom(...WorkOrderAction.codes), (o, action) => {
        const facts = order({
          type: o.type,
          status: o.status,
          approvals: approvalChain(o.estimate).map((step) => ({ step })),
          work: o.withWork
            ? [{ at: NOW.toISOString(), byId: 't', byName: '李', workDone: 'x', materials: [], photos: [] }]
            : [],
          finalAccountFen: 50_000,
          settlementReviewer: 'customer-service',
          returnVisitStatus: o.visitDue ? 'due' : 'not-due',
          fundDraw: o.fundDraw,
        });
        let decision;
        try {
          decision = decide(facts, commandFor(action), EVERYONE, NOW);
        } catch (e) {
          expect(e).toBeInstanceOf(DomainError);
          expect([
            'INVALID_STATE_TRANSITION',
            'APPROVAL_REQUIRED',
            'BUSINESS_RULE_VIOLATED',
            'FORBIDDEN',
          ]).toContain((e as DomainError).code);
          // A status the table does not allow the action from is always refused.
          if (!canTakeAction(o.type, o.status, action)) return;
          // MNT-10: the status allows a return visit, but only one that is due is taken.
          if (action === 'return-visit' && !o.visitDue) return;
          // MNT-13: the status allows a retry of the draw, but only of one still owed.
          if (action === 'retry-fund-draw' && o.fundDraw !== 'pending' && o.fundDraw !== 'refused') return;
          expect((e as DomainError).code).not.toBe('INVALID_STATE_TRANSITION');
          return;
        }
        expect(canTakeAction(o.type, o.status, action)).toBe(true);
        expect(possibleTargets(o.status, action)).toContain(decision.changes.status);
      }),
    );
  });

  it('GEN-3: final states accept nothing but a retry of the draw and the return visit (MNT-10)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WorkOrderStatus.codes.filter(isFinalStatus)),
        fc.constantFrom(
          ...WorkOrderAction.codes.filter((a) => a !== 'retry-fund-draw' && a !== 'return-visit'),
        ),
        (status, action) => {
          expect(TRANSITIONS[action][status]).toBeUndefined();
        },
      ),
    );
  });

  it('MNT-8: a random walk never reaches "completed" without a passed check and a sign-off', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WorkOrderAction.codes), { maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (actions, passes) => {
          let facts = order({ type: 'c', approvals: approvalChain(80_000).map((step) => ({ step })) });
          const seen: string[] = [];
          actions.forEach((action, i) => {
            const command = commandFor(action);
            if (command.action === 'check') command.passed = passes[i]!;
            try {
              const d = decide(facts, command, EVERYONE, NOW);
              facts = { ...facts, ...(d.changes as Partial<WorkOrderFacts>) };
              seen.push(`${action}:${d.changes.status}`);
            } catch {
              /* refused: nothing changes */
            }
          });
          if (facts.status === 'completed' || facts.status === 'settled') {
            expect(seen).toContain('check:checked');
            expect(seen).toContain('sign-off:completed');
          }
        },
      ),
    );
  });
});

describe('MNT-8: after a failed check the fix is recorded first (decision 0264)', () => {
  const tech = staff('t1', 'technician');
  const work = (at: string) => ({
    at,
    byId: 't1',
    byName: '员工t1',
    workDone: '更换接口',
    materials: [],
    photos: [],
  });

  it('MNT-8: finish after a failed check without new work is refused naming work; with new work it passes', () => {
    let o = order({ status: 'awaiting-check', work: [work(NOW.toISOString())] });
    const failed = decide(
      o,
      { action: 'check', passed: false, inspectors: ['李娜'], itemsToFix: '接口仍渗水' },
      staff('c1', 'cs-supervisor'),
      NOW,
    );
    o = { ...o, ...(failed.changes as Partial<WorkOrderFacts>) };
    expect(o.status).toBe('in-progress');
    expect(() => decide(o, { action: 'finish' }, tech, NOW)).toThrow(
      expect.objectContaining({ code: 'BUSINESS_RULE_VIOLATED', details: { field: 'work' } }),
    );
    // Recorded at the same instant as the check (a frozen clock): still a record made after it.
    const fixed = decide(
      o,
      { action: 'record-work', workDone: '重新密封', materials: [], photos: [] },
      tech,
      NOW,
    );
    o = { ...o, ...(fixed.changes as Partial<WorkOrderFacts>) };
    expect(decide(o, { action: 'finish' }, tech, NOW).changes.status).toBe('awaiting-check');
  });

  it('MNT-8: a failed check kept before the count existed is judged by the records’ times', () => {
    const check = { at: '2026-11-23T01:30:00.000Z', passed: false, inspectors: ['李娜'], itemsToFix: '渗水' };
    const before = order({
      status: 'in-progress',
      checks: [check],
      work: [work('2026-11-23T01:10:00.000Z')],
    });
    expect(codeOf(() => decide(before, { action: 'finish' }, tech, NOW))).toBe('BUSINESS_RULE_VIOLATED');
    const after = { ...before, work: [...before.work, work('2026-11-23T01:40:00.000Z')] };
    expect(decide(after, { action: 'finish' }, tech, NOW).changes.status).toBe('awaiting-check');
  });
});

describe('cancelling a work order (decision 0263)', () => {
  it('a cancelled order returns its repair request to surveyed, to be reissued, not cancelled', () => {
    const d = decide(order({ status: 'dispatched' }), { action: 'cancel' }, staff('d1', 'dispatcher'), NOW);
    expect(d).toMatchObject({
      changes: { status: 'cancelled' },
      progress: 'surveyed',
      reopensRequest: true,
    });
  });
});

describe('the quality-deposit deduction of a certified settlement (BIL-10, MNT-9, decision 0357)', () => {
  const LIABLE = '广州建工集团';
  const settled = (type: 'a' | 'b' | 'c', executor: 'team' | 'contractor', contractorName?: string) => ({
    type,
    executor,
    settledFen: 76_000,
    ...(contractorName ? { contractorName } : {}),
  });

  it('BIL-10, decision 0357: type-A work the in-house team or another contractor did is deducted', () => {
    expect(qualityDeductionFen(settled('a', 'team', LIABLE), LIABLE)).toBe(76_000);
    expect(qualityDeductionFen(settled('a', 'contractor', '广州安居防水工程有限公司'), LIABLE)).toBe(76_000);
  });

  it('BIL-10, decision 0357: the liable contractor’s own repair is not deducted, however its name is spaced or cased', () => {
    expect(qualityDeductionFen(settled('a', 'contractor', LIABLE), LIABLE)).toBe(0);
    expect(qualityDeductionFen(settled('a', 'contractor', ' 广州建工 集团 '), LIABLE)).toBe(0);
    expect(qualityDeductionFen(settled('a', 'contractor', 'ＡＢＣ Builders'), 'abc builders')).toBe(0);
  });

  it('BIL-10, decision 0380: invisible format characters in the dispatch’s name do not make it another contractor', () => {
    const withZeroWidth = '广州建工\u200b(集团)有限公司';
    expect(qualityDeductionFen(settled('a', 'contractor', withZeroWidth), '广州建工(集团)有限公司')).toBe(0);
    expect(qualityDeductionFen(settled('a', 'contractor', '\ufeff广州建工集团\u2060'), LIABLE)).toBe(0);
    // As before (0357): full-width brackets are the same name; another name is another contractor.
    expect(qualityDeductionFen(settled('a', 'contractor', '广州建工（集团）'), '广州建工(集团)')).toBe(0);
    expect(qualityDeductionFen(settled('a', 'contractor', '广州建工集团二'), LIABLE)).toBe(76_000);
  });

  it('MNT-4: type-B and type-C work is never deducted', () => {
    expect(qualityDeductionFen(settled('b', 'team'), undefined)).toBe(0);
    expect(qualityDeductionFen(settled('c', 'contractor', LIABLE), LIABLE)).toBe(0);
  });
});

describe('MNT-7: the contractor a dispatch names (decision 0380)', () => {
  const approved = order({ status: 'approved', type: 'a' });
  const dispatcher = staff('d', 'dispatcher');
  const team = {
    action: 'dispatch' as const,
    executor: 'team' as const,
    teamId: 'team-1',
    teamName: '一队',
    technician: { staffId: 't-li', name: '李' },
  };

  it('MNT-7, decision 0380: a dispatch to the team naming a contractor is refused naming contractorName', () => {
    let refusal: unknown;
    try {
      decide(approved, { ...team, contractorName: '随便写的公司' }, dispatcher, NOW);
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [{ field: 'contractorName' }] },
    });
    // Without one, the liable contractor the order shows stays as it is.
    expect(decide(approved, team, dispatcher, NOW).changes).not.toHaveProperty('contractorName');
  });

  it('MNT-7, decision 0380: a contractor’s name is stored without the spaces and invisible characters around it', () => {
    const to = (contractorName: string) =>
      decide(approved, { action: 'dispatch', executor: 'contractor', contractorName }, dispatcher, NOW)
        .changes;
    expect(to(' 广州建工 集团 ')).toMatchObject({ contractorName: '广州建工 集团' });
    expect(to('\u200b广州建工集团\u3000\ufeff')).toMatchObject({ contractorName: '广州建工集团' });
  });
});
