import { describe, expect, it } from '@jest/globals';
import { ComplaintAction, ComplaintKind, ComplaintStatus } from '@pcs/contracts';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the drift check reads the service's own state table
import { canTakeAction } from '../../../../services/complaints/src/complaints/complaint.state';
import {
  ACTION_OPERATIONS,
  KIND_ACTIONS,
  allowedActions,
  stateAllows,
  type ComplaintActionCode,
} from './complaint-actions';

const TABLE = {
  assignComplaint: ['front-desk', 'cs-supervisor', 'cs-manager'],
  resolveComplaint: ['front-desk', 'engineer'],
  pauseComplaintDeadlines: ['front-desk'],
  resumeComplaintDeadlines: ['front-desk'],
  flagMajorComplaint: ['cs-supervisor'],
};

describe("the console's copy of the complaint state machine", () => {
  it('allows exactly what the complaints service allows, for every kind, status and action', () => {
    const differences: string[] = [];
    for (const kind of ComplaintKind.codes) {
      for (const status of ComplaintStatus.codes) {
        for (const action of ComplaintAction.codes) {
          if (stateAllows(kind, status, action) !== canTakeAction(kind, status, action)) {
            differences.push(`${kind} ${status} ${action}`);
          }
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it('knows every action the contracts name, each with its route', () => {
    expect(Object.keys(ACTION_OPERATIONS).sort()).toEqual([...ComplaintAction.codes].sort());
    expect(Object.keys(KIND_ACTIONS).sort()).toEqual([...ComplaintKind.codes].sort());
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
