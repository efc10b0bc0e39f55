import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ComplaintKind, ComplaintStatus, DomainError, ReturnVisitStatus, type Role } from '@pcs/contracts';
import type { DeadlineOp } from '../deadlines/deadline-rule.js';
import { COMPLAINT_POLICY } from './complaint-policy.js';
import { decide, TOP_LEVEL, type ComplaintCommand, type ComplaintFacts } from './complaint.rules.js';
import { isFinalStatus } from './complaint.state.js';

const NOW = new Date('2026-11-23T02:00:00Z');
const later = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);

function registered(overrides: Partial<ComplaintFacts> = {}): ComplaintFacts {
  return {
    kind: 'complaint',
    status: 'registered',
    category: 'cleaning',
    escalationLevel: 0,
    major: false,
    paused: false,
    returnVisitStatus: 'not-due',
    returnVisitAttempts: 0,
    customerAnonymous: false,
    receivedAt: later(-1),
    receivedById: 'staff-0001',
    repairRequested: false,
    signOffs: [],
    reopenCount: 0,
    ...overrides,
  };
}

const handler = { staffId: 'staff-0002', name: '张伟' };

/** An entry as a sequence of commands leaves it, with its open clocks and its history. */
interface Model {
  facts: ComplaintFacts;
  clocks: Set<string>;
  history: string[];
}

function applyClocks(clocks: Set<string>, ops: readonly DeadlineOp[]): void {
  for (const op of ops) {
    if (op.op === 'open') clocks.add(`${op.kind}:${op.level ?? 0}`);
    if (op.op === 'meet' || op.op === 'cancel') {
      for (const key of [...clocks]) {
        const [kind, level] = key.split(':');
        const kinds = op.kinds;
        const levelMatches = op.op === 'cancel' || op.level === undefined || Number(level) === op.level;
        if ((kinds === 'all' || kinds.includes(kind as never)) && levelMatches) clocks.delete(key);
      }
    }
  }
}

function run(model: Model, command: ComplaintCommand): 'ok' | 'refused' {
  const before = JSON.stringify(model.facts);
  try {
    const decision = decide(model.facts, command, NOW, COMPLAINT_POLICY);
    model.facts = { ...model.facts, ...(decision.changes as Partial<ComplaintFacts>) };
    applyClocks(model.clocks, decision.deadlines);
    model.history.push(command.action);
    return 'ok';
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    expect(JSON.stringify(model.facts)).toBe(before); // a refused command changes nothing
    return 'refused';
  }
}

const commandArb: fc.Arbitrary<ComplaintCommand> = fc.oneof(
  fc.constant<ComplaintCommand>({ action: 'assign', handler }),
  fc.constant<ComplaintCommand>({ action: 'acknowledge', promisedAt: later(24) }),
  fc.constant<ComplaintCommand>({ action: 'feedback', feedback: '已安排保洁员清理' }),
  fc.constant<ComplaintCommand>({ action: 'extend', until: later(300), consentedAt: NOW }),
  fc.constant<ComplaintCommand>({ action: 'pause', reason: 'no-access' }),
  fc.constant<ComplaintCommand>({ action: 'resume' }),
  fc.constant<ComplaintCommand>({ action: 'escalate' }),
  fc
    .integer({ min: 1, max: 3 })
    .map<ComplaintCommand>((level) => ({ action: 'acknowledge-escalation', level, openAtLevel: true })),
  fc.constant<ComplaintCommand>({ action: 'flag-major', reasons: ['injury'] }),
  fc.constant<ComplaintCommand>({
    action: 'record-meeting',
    meeting: { heldAt: NOW.toISOString(), attendees: ['王总'], minutes: '专题会议' },
  }),
  fc.boolean().map<ComplaintCommand>((refusesVisits) => ({
    action: 'resolve',
    measures: '清理',
    result: '已清理',
    refusesVisits,
  })),
  fc.constant<ComplaintCommand>({ action: 'disagree' }),
  fc.constant<ComplaintCommand>({ action: 'explain', explanation: '已解释' }),
  fc.constantFrom('engineering', 'cleaning').map<ComplaintCommand>((department) => ({
    action: 'sign-off',
    department: department as 'engineering',
    by: handler,
    roles: ['engineer', 'cs-supervisor'],
  })),
  fc
    .constantFrom('very-satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very-dissatisfied')
    .map<ComplaintCommand>((satisfaction) => ({
      action: 'return-visit',
      method: 'phone',
      satisfaction: satisfaction as 'satisfied',
      refusesVisits: false,
    })),
  fc.constantFrom('2026-11-23', '2026-11-24', '2026-11-28').map<ComplaintCommand>((date) => ({
    action: 'visit-attempt',
    method: 'phone',
    day: { date, working: date !== '2026-11-28' },
  })),
  fc.constant<ComplaintCommand>({ action: 'exempt-visit', exemption: 'sensitive' }),
  fc.constant<ComplaintCommand>({ action: 'reopen' }),
  fc.constant<ComplaintCommand>({ action: 'close' }),
  fc.constant<ComplaintCommand>({ action: 'answer', answer: '感谢您的建议' }),
  fc.constant<ComplaintCommand>({ action: 'merge', intoId: '0193a000-0000-7000-8000-000000000001' }),
  fc.constantFrom('cleaning', 'fees').map<ComplaintCommand>((category) => ({
    action: 'categorise',
    category: category as 'fees',
  })),
);

describe('the complaint state machine (CMP-2 … CMP-10, CMP-16)', () => {
  it('CMP-8: no sequence of commands reaches an invalid state, and every change is in the history', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ComplaintKind.codes),
        fc.array(commandArb, { maxLength: 40 }),
        (kind, commands) => {
          const model: Model = {
            facts: registered({
              kind,
              status: kind === 'enquiry' ? 'answered' : kind === 'repair' ? 'referred' : 'registered',
            }),
            clocks: new Set(),
            history: [],
          };
          let accepted = 0;
          let level = 0;
          for (const command of commands) {
            if (run(model, command) === 'ok') accepted++;
            const f = model.facts;
            expect(ComplaintStatus.is(f.status)).toBe(true);
            expect(ReturnVisitStatus.is(f.returnVisitStatus)).toBe(true);
            // Escalation only climbs, and never above the general manager.
            expect(f.escalationLevel).toBeGreaterThanOrEqual(level);
            expect(f.escalationLevel).toBeLessThanOrEqual(TOP_LEVEL);
            level = f.escalationLevel;
            // Nothing is resolved or explained without a handler (resolving needs an assignment first).
            if (
              ['resolved', 'explained', 'closed', 'negotiating', 'in-progress', 'reopened'].includes(f.status)
            ) {
              expect(f.handlerId).toBeDefined();
            }
            // CMP-9: closed only after the return visit or its exemption; CMP-5: major only with the meeting.
            if (f.status === 'closed') {
              expect(['done', 'exempt']).toContain(f.returnVisitStatus);
              if (f.major) expect(f.meeting).toBeDefined();
            }
            // A visit is due only on a resolved complaint; a final entry has no running clock.
            if (f.returnVisitStatus === 'due') expect(f.status).toBe('resolved');
            if (isFinalStatus(f.status)) expect([...model.clocks]).toEqual([]);
            // CMP-16: merged exactly when it points at the entry that stays.
            expect(f.status === 'merged').toBe((f as { mergedIntoId?: string }).mergedIntoId !== undefined);
            // Answered only for what is answered (CMP-13, DESK-2); explained only for complaints (CMP-8).
            if ((f as { answer?: string }).answer !== undefined) expect(f.status).toMatch(/answered|merged/);
            if (f.status === 'explained') expect(f.kind).toBe('complaint');
            // A paused timer belongs to an entry being worked on.
            if (f.paused) expect(['assigned', 'in-progress', 'negotiating', 'reopened']).toContain(f.status);
          }
          expect(model.history).toHaveLength(accepted);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('CMP-8: resolving an unassigned complaint is refused with INVALID_STATE_TRANSITION', () => {
    expect(() =>
      decide(
        registered(),
        { action: 'resolve', measures: 'x', result: 'y', refusesVisits: false },
        NOW,
        COMPLAINT_POLICY,
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_STATE_TRANSITION' }));
  });

  it('closing twice and a return visit on an open complaint are refused', () => {
    const closed = registered({ status: 'closed', handlerId: 'h', returnVisitStatus: 'done' });
    expect(() => decide(closed, { action: 'close' }, NOW, COMPLAINT_POLICY)).toThrow(
      expect.objectContaining({ code: 'INVALID_STATE_TRANSITION' }),
    );
    const open = registered({ status: 'assigned', handlerId: 'h' });
    expect(() =>
      decide(
        open,
        { action: 'return-visit', method: 'phone', satisfaction: 'satisfied', refusesVisits: false },
        NOW,
        COMPLAINT_POLICY,
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_STATE_TRANSITION' }));
  });

  it('CMP-9: a dissatisfied return visit reopens the complaint with fresh feedback and resolution clocks', () => {
    const resolved = registered({ status: 'resolved', handlerId: 'h', returnVisitStatus: 'due' });
    const d = decide(
      resolved,
      { action: 'return-visit', method: 'phone', satisfaction: 'dissatisfied', refusesVisits: false },
      NOW,
      COMPLAINT_POLICY,
    );
    expect(d.changes).toMatchObject({ status: 'reopened', satisfaction: 'dissatisfied', reopenCount: 1 });
    expect(d.deadlines.filter((o) => o.op === 'open').map((o) => (o.op === 'open' ? o.kind : ''))).toEqual([
      'feedback',
      'resolve',
    ]);
  });

  it('CMP-10: a resident who refused visits is exempt at resolution, with the reason; a visit is then refused', () => {
    const working = registered({ status: 'in-progress', handlerId: 'h' });
    const d = decide(
      working,
      { action: 'resolve', measures: 'm', result: 'r', refusesVisits: true },
      NOW,
      COMPLAINT_POLICY,
    );
    expect(d.changes).toMatchObject({
      status: 'resolved',
      returnVisitStatus: 'exempt',
      returnVisitExemption: 'refused-visits',
    });
    expect(d.deadlines.some((o) => o.op === 'open' && o.kind === 'return-visit')).toBe(false);
  });

  it('DESK-4: three failed attempts within one minute do not make the customer unreachable; attempts over two working days do', () => {
    const attempt = (facts: ComplaintFacts, date: string, working = true): ComplaintFacts =>
      ({
        ...facts,
        ...decide(
          facts,
          { action: 'visit-attempt', method: 'phone', day: { date, working } },
          NOW,
          COMPLAINT_POLICY,
        ).changes,
      }) as ComplaintFacts;
    let facts = registered({ status: 'resolved', handlerId: 'h', returnVisitStatus: 'due' });
    for (let i = 0; i < 3; i++) facts = attempt(facts, '2026-11-23');
    // Three calls on one working day: still due, one working day covered.
    expect(facts).toMatchObject({
      returnVisitAttempts: 3,
      returnVisitAttemptDays: 1,
      returnVisitStatus: 'due',
    });
    // A Saturday call counts as an attempt, not as a working day.
    facts = attempt(facts, '2026-11-28', false);
    expect(facts).toMatchObject({
      returnVisitAttempts: 4,
      returnVisitAttemptDays: 1,
      returnVisitStatus: 'due',
    });
    // The next working day's call completes the second working day: unreachable, an exemption.
    facts = attempt(facts, '2026-11-30');
    expect(facts).toMatchObject({ returnVisitAttemptDays: 2, returnVisitStatus: 'exempt' });
    expect((facts as { returnVisitExemption?: string }).returnVisitExemption).toBe('unreachable');
  });

  it('DESK-4: two working days with fewer than three attempts are not enough either', () => {
    let facts = registered({ status: 'resolved', handlerId: 'h', returnVisitStatus: 'due' });
    for (const date of ['2026-11-23', '2026-11-24']) {
      facts = {
        ...facts,
        ...decide(
          facts,
          { action: 'visit-attempt', method: 'door', day: { date, working: true } },
          NOW,
          COMPLAINT_POLICY,
        ).changes,
      } as ComplaintFacts;
    }
    expect(facts).toMatchObject({
      returnVisitAttempts: 2,
      returnVisitAttemptDays: 2,
      returnVisitStatus: 'due',
    });
  });

  it('CMP-9: resolved on the spot needs the customer satisfied, the same day, and the desk or the handler recording it', () => {
    const due = registered({
      status: 'resolved',
      handlerId: 'staff-0002',
      returnVisitStatus: 'due',
      customerPhone: '13812345678',
    });
    const onTheSpot = (facts: ComplaintFacts, extra: Record<string, unknown> = {}) =>
      decide(
        facts,
        {
          action: 'exempt-visit',
          exemption: 'resolved-on-the-spot',
          satisfaction: 'satisfied',
          by: 'staff-0001',
          resolvedOnDayReceived: true,
          ...extra,
        },
        NOW,
        COMPLAINT_POLICY,
      );
    expect(onTheSpot(due).changes).toMatchObject({
      returnVisitStatus: 'exempt',
      returnVisitExemption: 'resolved-on-the-spot',
      satisfaction: 'satisfied',
    });
    expect(onTheSpot(due, { by: 'staff-0002' }).changes.returnVisitExemption).toBe('resolved-on-the-spot');
    // Someone who was not there cannot vouch for it.
    expect(() => onTheSpot(due, { by: 'staff-0999' })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    // Not satisfied, or no satisfaction recorded: the visit is due.
    for (const satisfaction of [undefined, 'neutral', 'dissatisfied'])
      expect(() => onTheSpot(due, { satisfaction })).toThrow(
        expect.objectContaining({ details: expect.objectContaining({ field: 'satisfaction' }) }),
      );
    // Not on the spot: resolved another day, a repair, a reopened or a major complaint.
    for (const facts of [
      due,
      { ...due, repairRequested: true },
      { ...due, reopenCount: 1 },
      { ...due, major: true },
    ])
      expect(() => onTheSpot(facts, facts === due ? { resolvedOnDayReceived: false } : {})).toThrow(
        expect.objectContaining({ code: 'BUSINESS_RULE_VIOLATED', details: { field: 'exemption' } }),
      );
    // A satisfaction belongs to an on-the-spot resolution only.
    expect(() =>
      decide(
        due,
        { action: 'exempt-visit', exemption: 'sensitive', satisfaction: 'satisfied' },
        NOW,
        COMPLAINT_POLICY,
      ),
    ).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });

  it('CMP-5: a major complaint goes straight to the manager and the general manager and cannot close without its meeting record', () => {
    const d = decide(
      registered({ status: 'assigned', handlerId: 'h' }),
      { action: 'flag-major', reasons: ['media-threat'] },
      NOW,
      COMPLAINT_POLICY,
    );
    expect(d.changes).toMatchObject({ major: true, escalationLevel: TOP_LEVEL });
    const levels = d.deadlines.flatMap((o) =>
      o.op === 'open' && o.kind === 'escalation-acknowledge' ? [o.level] : [],
    );
    expect(levels).toEqual(expect.arrayContaining([2, 3]));
    const visited = registered({
      status: 'resolved',
      handlerId: 'h',
      major: true,
      returnVisitStatus: 'done',
    });
    expect(() => decide(visited, { action: 'close' }, NOW, COMPLAINT_POLICY)).toThrow(
      expect.objectContaining({ code: 'BUSINESS_RULE_VIOLATED' }),
    );
    const withMeeting = {
      ...visited,
      meeting: { heldAt: NOW.toISOString(), attendees: ['王总'], minutes: '会议' },
    };
    expect(decide(withMeeting, { action: 'close' }, NOW, COMPLAINT_POLICY).changes.status).toBe('closed');
  });

  it('CMP-3: a deadline moves only later, and never for a repair that follows maintenance', () => {
    const working = registered({ status: 'in-progress', handlerId: 'h' });
    expect(() =>
      decide(
        working,
        { action: 'extend', until: later(10), currentDue: later(20), consentedAt: NOW },
        NOW,
        COMPLAINT_POLICY,
      ),
    ).toThrow(expect.objectContaining({ code: 'BUSINESS_RULE_VIOLATED' }));
    expect(() =>
      decide(
        { ...working, repairRequested: true },
        { action: 'extend', until: later(30), consentedAt: NOW },
        NOW,
        COMPLAINT_POLICY,
      ),
    ).toThrow(expect.objectContaining({ code: 'BUSINESS_RULE_VIOLATED' }));
  });

  it('bad input: a promised time or an extended deadline lies within a year (decision 0226)', () => {
    const working = registered({ status: 'in-progress', handlerId: 'h', receivedAt: later(-48) });
    const promise = (promisedAt: Date) =>
      decide(working, { action: 'acknowledge', promisedAt }, NOW, COMPLAINT_POLICY);
    const extend = (until: Date) =>
      decide(working, { action: 'extend', until, consentedAt: NOW }, NOW, COMPLAINT_POLICY);
    const naming = (field: string) =>
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: expect.objectContaining({ errors: [expect.objectContaining({ field })] }),
      });
    for (const far of [later(24 * 366 + 1), new Date('2999-12-10T10:00:00Z')]) {
      expect(() => promise(far)).toThrow(naming('promisedAt'));
      expect(() => extend(far)).toThrow(naming('until'));
    }
    expect(promise(later(24 * 366)).changes.promisedAt).toEqual(later(24 * 366));
    expect(extend(later(24 * 366)).deadlines).toContainEqual(
      expect.objectContaining({ op: 'open', kind: 'resolve' }),
    );
  });

  it('CMP-3: the consent to an extension is dated between the entry’s receipt and now', () => {
    const working = registered({ status: 'in-progress', handlerId: 'h', receivedAt: later(-48) });
    const extend = (consentedAt: Date) =>
      decide(working, { action: 'extend', until: later(300), consentedAt }, NOW, COMPLAINT_POLICY);
    for (const consentedAt of [later(-49), new Date('2020-01-01T00:00:00Z'), later(1), later(24 * 200)])
      expect(() => extend(consentedAt)).toThrow(
        expect.objectContaining({
          details: expect.objectContaining({ field: 'customerConsent.consentedAt' }),
        }),
      );
    for (const consentedAt of [later(-48), later(-1), NOW, new Date(NOW.getTime() + 4 * 60_000)])
      expect(extend(consentedAt).deadlines).toContainEqual(
        expect.objectContaining({ op: 'open', kind: 'resolve' }),
      );
  });

  it('CMP-9: a customer who left a number is not exempted from the visit as anonymous', () => {
    const due = registered({ status: 'resolved', returnVisitStatus: 'due', customerPhone: '13812345678' });
    const exempt = (facts: ComplaintFacts) =>
      decide(facts, { action: 'exempt-visit', exemption: 'anonymous' }, NOW, COMPLAINT_POLICY);
    expect(() => exempt(due)).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ field: 'exemption' }) }),
    );
    expect(exempt({ ...due, customerAnonymous: true }).changes.returnVisitExemption).toBe('anonymous');
    expect(exempt({ ...due, customerPhone: undefined }).changes.returnVisitExemption).toBe('anonymous');
    expect(
      decide(due, { action: 'exempt-visit', exemption: 'sensitive' }, NOW, COMPLAINT_POLICY).changes
        .returnVisitExemption,
    ).toBe('sensitive');
  });

  it('CMP-13: a suggestion is answered, never resolved', () => {
    const suggestion = registered({ kind: 'suggestion' });
    expect(
      decide(suggestion, { action: 'answer', answer: '谢谢' }, NOW, COMPLAINT_POLICY).changes.status,
    ).toBe('answered');
    expect(() =>
      decide(
        { ...suggestion, status: 'assigned', handlerId: 'h' },
        { action: 'resolve', measures: 'm', result: 'r', refusesVisits: false },
        NOW,
        COMPLAINT_POLICY,
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_STATE_TRANSITION' }));
  });

  it('CMP-8: a department signs off through its own staff only (decision 0290)', () => {
    const resolved = registered({ status: 'resolved', handlerId: 'h', category: 'fees' });
    const signOff = (department: 'finance' | 'management' | 'engineering', roles: Role[]) =>
      decide(resolved, { action: 'sign-off', department, by: handler, roles }, NOW, COMPLAINT_POLICY);
    const forbidden = expect.objectContaining({
      code: 'FORBIDDEN',
      details: expect.objectContaining({ field: 'department' }),
    });
    expect(() => signOff('finance', ['security'])).toThrow(forbidden);
    expect(() => signOff('management', ['front-desk'])).toThrow(forbidden);
    expect(() => signOff('engineering', ['finance'])).toThrow(forbidden);
    expect(signOff('finance', ['finance']).changes.signOffs).toEqual([
      expect.objectContaining({ department: 'finance', staffId: handler.staffId }),
    ]);
    expect(signOff('engineering', ['repair-lead']).changes.signOffs).toHaveLength(1);
  });

  it('CMP-3, decision 0293: a repair complaint gets no 7-day resolution clock on disagree, reopen or a dissatisfied visit', () => {
    const resolved = registered({ status: 'resolved', handlerId: 'h', repairRequested: true });
    const opened = (command: ComplaintCommand, facts: ComplaintFacts) =>
      decide(facts, command, NOW, COMPLAINT_POLICY).deadlines.flatMap((d) =>
        d.op === 'open' ? [d.kind] : [],
      );
    expect(opened({ action: 'disagree' }, resolved)).toEqual(['feedback']);
    expect(opened({ action: 'reopen' }, resolved)).toEqual(['feedback']);
    expect(
      opened(
        { action: 'return-visit', method: 'phone', satisfaction: 'dissatisfied', refusesVisits: false },
        { ...resolved, returnVisitStatus: 'due' },
      ),
    ).toEqual(['feedback']);
    // A complaint without a repair keeps its resolution clock.
    expect(opened({ action: 'disagree' }, { ...resolved, repairRequested: false })).toEqual(['resolve']);
    expect(opened({ action: 'reopen' }, { ...resolved, repairRequested: false })).toEqual([
      'feedback',
      'resolve',
    ]);
  });

  it('CMP-3, GEN-3: an extension records its deadline, the one it replaced and the consent; a pause keeps its note (decision 0294)', () => {
    const working = registered({ status: 'in-progress', handlerId: 'h', receivedAt: later(-48) });
    const extended = decide(
      working,
      {
        action: 'extend',
        until: later(300),
        currentDue: later(20),
        consentedAt: NOW,
        consentChannel: 'call',
      },
      NOW,
      COMPLAINT_POLICY,
    );
    expect(extended.recorded).toEqual({
      until: later(300).toISOString(),
      previousDueAt: later(20).toISOString(),
      customerConsent: { consentedAt: NOW.toISOString(), channel: 'call' },
    });
    const paused = decide(
      working,
      { action: 'pause', reason: 'no-access', note: '敲门无人' },
      NOW,
      COMPLAINT_POLICY,
    );
    expect(paused.changes).toMatchObject({ paused: true, pauseReason: 'no-access' });
    expect(paused.recorded).toEqual({ note: '敲门无人' });
  });

  it('CMP-3: the promise to the customer is no later than the resolution deadline; a changed one keeps the old (decision 0294)', () => {
    const working = registered({ status: 'in-progress', handlerId: 'h' });
    const promise = (promisedAt: Date, facts = working) =>
      decide(facts, { action: 'acknowledge', promisedAt, resolveDue: later(48) }, NOW, COMPLAINT_POLICY);
    expect(() => promise(later(49))).toThrow(
      expect.objectContaining({
        code: 'BUSINESS_RULE_VIOLATED',
        details: expect.objectContaining({ field: 'promisedAt' }),
      }),
    );
    const first = promise(later(48));
    expect(first.changes.promisedAt).toEqual(later(48));
    expect(first.recorded).toBeUndefined();
    const again = promise(later(24), { ...working, promisedAt: later(48) });
    expect(again.recorded).toEqual({ previousPromisedAt: later(48).toISOString() });
  });

  it('CMP-2: an unclassified entry is categorised and routed to the category’s department; a routed one keeps its department (decision 0334)', () => {
    const bare = registered({ category: undefined });
    const set = decide(bare, { action: 'categorise', category: 'fees' }, NOW, COMPLAINT_POLICY);
    expect(set.changes).toEqual({ category: 'fees', department: 'finance' });
    expect(set.recorded).toEqual({ previousCategory: null });
    expect(set.deadlines).toEqual([]);
    const routed = registered({ status: 'assigned', department: 'cleaning', handlerId: handler.staffId });
    const corrected = decide(routed, { action: 'categorise', category: 'fees' }, NOW, COMPLAINT_POLICY);
    expect(corrected.changes).toEqual({ category: 'fees' });
    expect(corrected.recorded).toEqual({ previousCategory: 'cleaning' });
    expect(() =>
      decide(routed, { action: 'categorise', category: 'cleaning' }, NOW, COMPLAINT_POLICY),
    ).toThrow(expect.objectContaining({ code: 'BUSINESS_RULE_VIOLATED', details: { field: 'category' } }));
    expect(() =>
      decide(
        registered({ status: 'closed' }),
        { action: 'categorise', category: 'fees' },
        NOW,
        COMPLAINT_POLICY,
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_STATE_TRANSITION' }));
  });
});
