import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { LABELS } from '@pcs/api-client';
import { DEPARTMENT_SIGNERS as CONTRACT_DEPARTMENT_SIGNERS } from '@pcs/contracts';
import { operationRolesOf, type OpenApiDocument } from '../permissions/operation-roles';
import {
  ACTION_OPERATIONS,
  ACTION_STATUSES,
  KIND_ACTIONS,
  ESCALATION_LEVEL_ROLES,
  DEPARTMENT_SIGNERS,
  allowedActions,
  departmentsToSign,
  levelsToConfirm,
  stateAllows,
  type ActionFacts,
  type ComplaintActionCode,
} from './complaint-actions';
import type { ComplaintView } from './deadline-badges';

/*
 * The console's copy of the complaint state machine, checked against what the gateway's OpenAPI
 * document shows (routes, statuses, kinds, roles) and against CMP-2 … CMP-16 case by case. The
 * complaints service's own table is not imported (decisions 0167 and 0172): the console depends on
 * the API; the console journeys drive the real service and fail on an offered action it refuses.
 */
const DOCUMENT = JSON.parse(
  readFileSync(new URL('../../../../docs/openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument & {
  paths: Record<string, Record<string, { operationId?: string }>>;
  components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }> }> };
};
const VIEW = DOCUMENT.components.schemas['ComplaintView']?.properties;
const STATUSES = (VIEW?.['status']?.enum ?? []) as ComplaintView['status'][];
const KINDS = (VIEW?.['kind']?.enum ?? []) as ComplaintView['kind'][];

const TABLE = {
  assignComplaint: ['front-desk', 'cs-supervisor', 'cs-manager'],
  resolveComplaint: ['front-desk', 'engineer'],
  pauseComplaintDeadlines: ['front-desk'],
  resumeComplaintDeadlines: ['front-desk'],
  flagMajorComplaint: ['cs-supervisor'],
};

/** What an entry of this kind and status may be asked to do, in the order of the console's table. */
const allowedFrom = (kind: ComplaintView['kind'], status: ComplaintView['status']): ComplaintActionCode[] =>
  (Object.keys(ACTION_STATUSES) as ComplaintActionCode[]).filter((action) =>
    stateAllows(kind, status, action),
  );

describe("the console's complaint actions against the API document", () => {
  it('each action is a POST route of the document under its operation id', () => {
    const missing = Object.entries(ACTION_OPERATIONS).filter(
      ([, { operationId, path }]) => DOCUMENT.paths[path]?.['post']?.operationId !== operationId,
    );
    expect(missing).toEqual([]);
  });

  it('knows every action, status and kind the API labels, and no other status or kind', () => {
    expect(Object.keys(ACTION_STATUSES).sort()).toEqual(Object.keys(LABELS.ComplaintAction).sort());
    expect(Object.keys(ACTION_OPERATIONS).sort()).toEqual(Object.keys(LABELS.ComplaintAction).sort());
    expect([...STATUSES].sort()).toEqual(Object.keys(LABELS.ComplaintStatus).sort());
    expect([...KINDS].sort()).toEqual(Object.keys(KIND_ACTIONS).sort());
    expect([...KINDS].sort()).toEqual(Object.keys(LABELS.ComplaintKind).sort());
    const unknown = Object.values(ACTION_STATUSES)
      .flat()
      .filter((s) => !STATUSES.includes(s));
    expect(unknown).toEqual([]);
  });

  it('offers only routes some role of the permission table may call', () => {
    const roles = operationRolesOf(DOCUMENT);
    const uncallable = Object.values(ACTION_OPERATIONS).filter(
      ({ operationId }) => !roles[operationId]?.length,
    );
    expect(uncallable).toEqual([]);
  });
});

describe('the complaint state machine, rule by rule', () => {
  it('CMP-2: a registered complaint is routed (assigned) before it is worked on or resolved', () => {
    expect(allowedFrom('complaint', 'registered')).toEqual([
      'assign',
      'acknowledge',
      'escalate',
      'acknowledge-escalation',
      'flag-major',
      'record-meeting',
      'merge',
      'categorise',
    ]);
  });

  it('CMP-3, CMP-4, CMP-5, CMP-8, CMP-14: while worked on, it is fed back, extended, paused, escalated, resolved', () => {
    for (const status of ['assigned', 'in-progress', 'reopened'] as const) {
      expect(allowedFrom('complaint', status)).toEqual([
        'assign',
        'acknowledge',
        'feedback',
        'extend',
        'pause',
        'resume',
        'escalate',
        'acknowledge-escalation',
        'flag-major',
        'record-meeting',
        'resolve',
        'explain',
        'merge',
        'categorise',
      ]);
    }
    // Negotiating after a disagreement: no more department feedback, the rest as before.
    expect(allowedFrom('complaint', 'negotiating')).not.toContain('feedback');
    expect(allowedFrom('complaint', 'negotiating')).toContain('resolve');
  });

  it('CMP-8 … CMP-10: a resolved complaint is visited, disagreed with, signed off, reopened or closed', () => {
    expect(allowedFrom('complaint', 'resolved')).toEqual([
      'acknowledge-escalation',
      'record-meeting',
      'disagree',
      'sign-off',
      'return-visit',
      'visit-attempt',
      'exempt-visit',
      'reopen',
      'close',
      'categorise',
    ]);
  });

  it('CMP-16: final entries: a closed one is signed off or reopened, an explained one signed off, others nothing', () => {
    expect(allowedFrom('complaint', 'closed')).toEqual(['sign-off', 'reopen']);
    expect(allowedFrom('complaint', 'explained')).toEqual(['sign-off']);
    for (const kind of KINDS) {
      expect(allowedFrom(kind, 'answered')).toEqual([]);
      expect(allowedFrom(kind, 'merged')).toEqual([]);
    }
    expect(allowedFrom('complaint', 'referred')).toEqual(['merge']);
  });

  it('CMP-13: a suggestion, praise or enquiry is answered, never resolved; a repair is only merged', () => {
    expect(allowedFrom('suggestion', 'registered')).toEqual([
      'assign',
      'escalate',
      'acknowledge-escalation',
      'answer',
      'merge',
      'categorise',
    ]);
    expect(allowedFrom('praise', 'assigned')).toEqual(['assign', 'answer', 'merge', 'categorise']);
    expect(allowedFrom('enquiry', 'registered')).toEqual(['answer', 'merge']);
    expect(allowedFrom('repair', 'registered')).toEqual(['merge']);
    expect(allowedFrom('complaint', 'registered')).not.toContain('answer');
    for (const kind of KINDS.filter((k) => k !== 'complaint')) {
      for (const status of STATUSES) expect(stateAllows(kind, status, 'resolve')).toBe(false);
    }
  });
});

/** An entry as the page reads it, with only what decides its actions. */
const entry = (facts: Partial<ActionFacts> = {}): ActionFacts => ({
  kind: 'complaint',
  status: 'assigned',
  paused: false,
  major: false,
  escalationLevel: 'handler',
  deadlines: [],
  returnVisit: { status: 'not-due', statusLabel: '未到回访', attempts: 0, attemptDays: 0 },
  signOffs: [],
  repairRequested: false,
  ...facts,
});

describe('the actions a page offers', () => {
  const offered: ComplaintActionCode[] = ['assign', 'resolve', 'pause', 'resume', 'flag-major'];
  const view = entry();

  it('are those the state allows and one of the roles may call, in the order offered', () => {
    expect(allowedActions(view, ['front-desk'], TABLE, offered)).toEqual(['assign', 'resolve', 'pause']);
    expect(allowedActions(view, ['cs-supervisor'], TABLE, offered)).toEqual(['assign', 'flag-major']);
    expect(allowedActions(view, ['technician'], TABLE, offered)).toEqual([]);
  });

  it('never offers what the state refuses', () => {
    expect(allowedActions({ ...view, status: 'registered' }, ['front-desk'], TABLE, offered)).toEqual([
      'assign',
    ]);
    expect(
      allowedActions({ ...view, status: 'closed' }, ['front-desk', 'cs-supervisor'], TABLE, offered),
    ).toEqual([]);
    expect(allowedActions({ ...view, kind: 'enquiry' }, ['front-desk'], TABLE, offered)).toEqual([]);
  });

  it('offers resuming paused timers, not pausing them again (CMP-14)', () => {
    expect(allowedActions(entry({ paused: true }), ['front-desk'], TABLE, offered)).toEqual([
      'assign',
      'resolve',
      'resume',
    ]);
  });
});

describe("actions the entry's other facts would have refused are not offered (decision 0307)", () => {
  const everyRole = [...new Set(Object.values(operationRolesOf(DOCUMENT)).flat())];
  const table = operationRolesOf(DOCUMENT);
  const every = Object.keys(ACTION_OPERATIONS) as ComplaintActionCode[];
  const offers = (facts: Partial<ActionFacts>, roles: string[] = everyRole) =>
    allowedActions(entry(facts), roles, table, every);
  const visit = (status: ActionFacts['returnVisit']['status']) => ({
    status,
    statusLabel: LABELS.ReturnVisitStatus[status],
    attempts: 0,
    attemptDays: 0,
  });
  const deadline = (level: ActionFacts['escalationLevel'], done: Partial<{ metAt: string }> = {}) => ({
    kind: 'escalation-acknowledge' as const,
    kindLabel: '上报确认',
    level,
    dueAt: '2026-12-10T00:00:00.000Z',
    warnAt: '2026-12-09T00:00:00.000Z',
    paused: false,
    overdue: false,
    ...done,
  });

  it('CMP-9, DESK-4: a visit, an attempt or an exemption only while the visit is due; closing only after it', () => {
    const visitActions = ['return-visit', 'visit-attempt', 'exempt-visit'];
    expect(offers({ status: 'resolved', returnVisit: visit('due') })).toEqual(
      expect.arrayContaining(visitActions),
    );
    expect(offers({ status: 'resolved', returnVisit: visit('due') })).not.toContain('close');
    for (const status of ['done', 'exempt'] as const) {
      const offered = offers({ status: 'resolved', returnVisit: visit(status) });
      expect(offered.filter((a) => visitActions.includes(a))).toEqual([]);
      expect(offered).toContain('close');
    }
  });

  it('CMP-5: a major complaint is not flagged again, and ends (closed, explained) only with its meeting', () => {
    expect(offers({ major: false })).toContain('flag-major');
    expect(offers({ major: true })).not.toContain('flag-major');
    expect(offers({ major: true })).not.toContain('explain');
    const meeting = { heldAt: '2026-12-07T02:00:00.000Z', attendees: ['王磊'], minutes: '已商定' };
    expect(offers({ major: true, meeting })).toContain('explain');
    expect(offers({ status: 'resolved', returnVisit: visit('done'), major: true })).not.toContain('close');
    expect(offers({ status: 'resolved', returnVisit: visit('done'), major: true, meeting })).toContain(
      'close',
    );
  });

  it('CMP-4: no escalation above the general manager', () => {
    expect(offers({ escalationLevel: 'manager' })).toContain('escalate');
    expect(offers({ escalationLevel: 'general-manager' })).not.toContain('escalate');
  });

  it('CMP-4: a level is confirmed only while it awaits confirmation, and only by the role that holds it', () => {
    const escalated = { escalationLevel: 'general-manager' as const };
    const deadlines = [
      deadline('supervisor', { metAt: '2026-12-08T00:00:00.000Z' }),
      deadline('general-manager'),
    ];
    expect(levelsToConfirm({ ...escalated, deadlines }, ['cs-supervisor'])).toEqual([]);
    expect(levelsToConfirm({ ...escalated, deadlines }, ['gm'])).toEqual(['general-manager']);
    expect(levelsToConfirm({ ...escalated, deadlines }, ['deputy-gm', 'cs-manager'])).toEqual([
      'general-manager',
    ]);
    expect(offers({ ...escalated, deadlines }, ['cs-supervisor'])).not.toContain('acknowledge-escalation');
    expect(offers({ ...escalated, deadlines }, ['gm'])).toContain('acknowledge-escalation');
    // Not escalated: nothing to confirm for anyone.
    expect(offers({}, everyRole)).not.toContain('acknowledge-escalation');
    // A deadline above the level reached is not one to confirm.
    expect(
      levelsToConfirm({ escalationLevel: 'supervisor', deadlines: [deadline('manager')] }, ['cs-manager']),
    ).toEqual([]);
  });

  it('CMP-4: the level roles are the roles the API lets confirm an escalation', () => {
    expect([...new Set(Object.values(ESCALATION_LEVEL_ROLES).flat())].sort()).toEqual(
      [...(table['acknowledgeComplaintEscalation'] ?? [])].sort(),
    );
  });

  it('CMP-8: a department that has signed is not offered again; with all signed, no sign-off', () => {
    const signed = (department: ActionFacts['signOffs'][number]['department']) => ({
      department,
      departmentLabel: LABELS.Department[department],
      by: { staffId: 'staff-0001', name: '李娜' },
      at: '2026-12-08T00:00:00.000Z',
    });
    const closed = { status: 'closed' as const, signOffs: [signed('engineering')] };
    expect(departmentsToSign(closed, everyRole)).not.toContain('engineering');
    expect(departmentsToSign(closed, everyRole)).toContain('customer-service');
    expect(offers(closed)).toContain('sign-off');
    const all = (Object.keys(LABELS.Department) as ActionFacts['signOffs'][number]['department'][]).map(
      signed,
    );
    expect(offers({ status: 'closed', signOffs: all })).not.toContain('sign-off');
  });

  it('CMP-8 (decision 0290): a caller is offered only the departments its roles sign for', () => {
    const closed = { status: 'closed' as const, signOffs: [] };
    expect(departmentsToSign(closed, ['security'])).toEqual(['security']);
    expect(departmentsToSign(closed, ['front-desk'])).toEqual(['customer-service']);
    expect(departmentsToSign(closed, ['finance'])).toEqual(['finance']);
    expect(departmentsToSign(closed, ['cs-manager'])).toEqual([
      'cleaning',
      'landscaping',
      'customer-service',
      'management',
    ]);
    expect(departmentsToSign(closed, ['dispatcher', 'security'])).toEqual(['engineering', 'security']);
    // A role that signs for no department (or whose departments have all signed) is offered no sign-off.
    expect(offers(closed, ['gm'])).not.toContain('sign-off');
    const securitySigned = {
      status: 'closed' as const,
      signOffs: [
        {
          department: 'security' as const,
          departmentLabel: LABELS.Department.security,
          by: { staffId: 'staff-0009', name: '陈刚' },
          at: '2026-12-08T00:00:00.000Z',
        },
      ],
    };
    expect(offers(securitySigned, ['security'])).not.toContain('sign-off');
    expect(offers(securitySigned, ['finance'])).toContain('sign-off');
  });

  it("CMP-8: the console's department signers are the contracts' DEPARTMENT_SIGNERS (decision 0290)", () => {
    expect(DEPARTMENT_SIGNERS).toEqual(CONTRACT_DEPARTMENT_SIGNERS);
    // Every signer may call the sign-off route.
    const signers = [...new Set(Object.values(DEPARTMENT_SIGNERS).flat())];
    expect(signers.filter((role) => !(table['signOffComplaint'] ?? []).includes(role))).toEqual([]);
  });

  it("a repair complaint's deadline is not extended here (it follows the work order)", () => {
    expect(offers({})).toContain('extend');
    expect(offers({ repairRequested: true })).not.toContain('extend');
  });
});
