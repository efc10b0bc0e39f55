import { defineCommand, defineEvent, defineQuery } from '../../events/definitions.js';
import { ResidentsBus } from '../residents.bus.js';
import { RecordMoveInAcknowledgementsV1 } from './acknowledge-move-in.js';
import { CancelMoveInV1 } from './cancel-move-in.js';
import { CompleteMoveInV1 } from './complete-move-in.js';
import { MoveInCancelledV1, MoveInRequestedV1 } from './move-in-requested.js';
import { MoveInRefV1 } from './move-in-ref.js';
import type { MoveInView } from './move-in-view.js';
import { RecordKeysHandedOverV1 } from './record-move-in-keys.js';
import { StartMoveInV1 } from './start-move-in.js';
import { StartTenantMoveInV1 } from './tenant-move-in.js';
import { UnitMovedInV1 } from './unit-moved-in.js';

/* RES-4: move-in. */

const C = ResidentsBus.commands;
const Q = ResidentsBus.queries;
const E = ResidentsBus.events;

export const StartMoveIn = defineCommand<StartMoveInV1, MoveInView>({
  subject: C.startMoveIn,
  request: StartMoveInV1,
  summary: 'Open the move-in procedure; the move-in charges are requested from billing (RES-4)',
});

export const AcknowledgeMoveIn = defineCommand<RecordMoveInAcknowledgementsV1, MoveInView>({
  subject: C.acknowledgeMoveIn,
  request: RecordMoveInAcknowledgementsV1,
  summary: 'Record the handbook and decoration rules acknowledged (RES-4)',
});

export const RecordMoveInKeys = defineCommand<RecordKeysHandedOverV1, MoveInView>({
  subject: C.recordMoveInKeys,
  request: RecordKeysHandedOverV1,
  summary: 'Record the keys handed over (RES-4)',
});

export const CompleteMoveIn = defineCommand<CompleteMoveInV1, MoveInView>({
  subject: C.completeMoveIn,
  request: CompleteMoveInV1,
  summary: 'Complete the move-in once every precondition holds (RES-4)',
});

export const GetMoveIn = defineQuery<MoveInRefV1, MoveInView>({
  subject: Q.getMoveIn,
  request: MoveInRefV1,
  summary: 'Read a move-in and what it still lacks',
});

export const UnitMovedIn = defineEvent({
  subject: E.unitMovedIn,
  type: 'unit.moved-in.v1',
  data: UnitMovedInV1,
  summary: 'The owners moved in (RES-4)',
});

export const StartTenantMoveIn = defineCommand<StartTenantMoveInV1, MoveInView>({
  subject: C.startTenantMoveIn,
  request: StartTenantMoveInV1,
  summary:
    "Open a tenant's move-in after the lease is signed; the contract deposit is requested from billing (RES-4, BIL-8)",
});

export const CancelMoveIn = defineCommand<CancelMoveInV1, MoveInView>({
  subject: C.cancelMoveIn,
  request: CancelMoveInV1,
  summary: 'Cancel an open move-in with a reason; its charge request is withdrawn (RES-4)',
});

export const MoveInRequested = defineEvent({
  subject: E.moveInRequested,
  type: 'move-in.requested.v1',
  data: MoveInRequestedV1,
  summary: 'A move-in was opened: departments prepare for the date (工作联系单, RES-4)',
});

export const MoveInCancelled = defineEvent({
  subject: E.moveInCancelled,
  type: 'move-in.cancelled.v1',
  data: MoveInCancelledV1,
  summary: 'A move-in was cancelled (RES-4)',
});
