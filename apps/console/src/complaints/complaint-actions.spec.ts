import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { LABELS } from '@pcs/api-client';
import { operationRolesOf, type OpenApiDocument } from '../permissions/operation-roles';
import {
  ACTION_OPERATIONS,
  ACTION_STATUSES,
  KIND_ACTIONS,
  allowedActions,
  stateAllows,
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
    ]);
    expect(allowedFrom('praise', 'assigned')).toEqual(['assign', 'answer', 'merge']);
    expect(allowedFrom('enquiry', 'registered')).toEqual(['answer', 'merge']);
    expect(allowedFrom('repair', 'registered')).toEqual(['merge']);
    expect(allowedFrom('complaint', 'registered')).not.toContain('answer');
    for (const kind of KINDS.filter((k) => k !== 'complaint')) {
      for (const status of STATUSES) expect(stateAllows(kind, status, 'resolve')).toBe(false);
    }
  });
});

describe('the actions a page offers', () => {
  const offered: ComplaintActionCode[] = ['assign', 'resolve', 'pause', 'resume', 'flag-major'];
  const view = { kind: 'complaint', status: 'assigned', paused: false } as const;

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
    expect(allowedActions({ ...view, paused: true }, ['front-desk'], TABLE, offered)).toEqual([
      'assign',
      'resolve',
      'resume',
    ]);
  });
});
