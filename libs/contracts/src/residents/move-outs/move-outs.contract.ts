import { defineCommand, defineEvent, defineQuery } from '../../events/definitions.js';
import { ResidentsBus } from '../residents.bus.js';
import { CancelMoveOutV1 } from './cancel-move-out.js';
import { MoveOutRefV1 } from './move-out-ref.js';
import { MoveOutCancelledV1, MoveOutRequestedV1 } from './move-out-requested.js';
import type { MoveOutView } from './move-out-view.js';
import { RecordMoveOutInspectionV1 } from './record-move-out-inspection.js';
import { RequestMoveOutV1 } from './request-move-out.js';
import { UnitMovedOutV1 } from './unit-moved-out.js';

/* RES-6: move-out. */

const C = ResidentsBus.commands;
const Q = ResidentsBus.queries;
const E = ResidentsBus.events;

export const RequestMoveOut = defineCommand<RequestMoveOutV1, MoveOutView>({
  subject: C.requestMoveOut,
  request: RequestMoveOutV1,
  summary: 'Request a move-out; refused while billing reports arrears (RES-6)',
});

export const RecordMoveOutInspection = defineCommand<RecordMoveOutInspectionV1, MoveOutView>({
  subject: C.recordMoveOutInspection,
  request: RecordMoveOutInspectionV1,
  summary: 'Record the move-out inspection and damages (RES-6)',
});

export const CompleteMoveOut = defineCommand<MoveOutRefV1, MoveOutView>({
  subject: C.completeMoveOut,
  request: MoveOutRefV1,
  summary: 'Complete the move-out once billing confirms it is settled (RES-6)',
});

export const GetMoveOut = defineQuery<MoveOutRefV1, MoveOutView>({
  subject: Q.getMoveOut,
  request: MoveOutRefV1,
  summary: 'Read a move-out',
});

export const UnitMovedOut = defineEvent({
  subject: E.unitMovedOut,
  type: 'unit.moved-out.v1',
  data: UnitMovedOutV1,
  summary: 'Occupants moved out (RES-6)',
});

export const CancelMoveOut = defineCommand<CancelMoveOutV1, MoveOutView>({
  subject: C.cancelMoveOut,
  request: CancelMoveOutV1,
  summary: 'Cancel a move-out not completed yet, with a reason (RES-6)',
});

export const MoveOutRequested = defineEvent({
  subject: E.moveOutRequested,
  type: 'move-out.requested.v1',
  data: MoveOutRequestedV1,
  summary: 'A move-out was requested: departments prepare for the date (工作联系单, RES-6)',
});

export const MoveOutCancelled = defineEvent({
  subject: E.moveOutCancelled,
  type: 'move-out.cancelled.v1',
  data: MoveOutCancelledV1,
  summary: 'A move-out was cancelled (RES-6)',
});
