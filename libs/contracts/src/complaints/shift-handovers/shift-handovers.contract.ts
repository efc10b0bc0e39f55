import type { Page } from '../../common/pagination.js';
import { defineCommand, defineEvent, defineQuery } from '../../events/definitions.js';
import { ComplaintsBus } from '../complaints.bus.js';
import { AcceptShiftHandoverV1 } from './accept-shift-handover.js';
import { CreateShiftHandoverV1 } from './create-shift-handover.js';
import { GetShiftHandoverV1 } from './get-shift-handover.js';
import { ListShiftHandoversV1 } from './list-shift-handovers.js';
import { RefuseShiftHandoverV1 } from './refuse-shift-handover.js';
import { ReviewShiftHandoverV1 } from './review-shift-handover.js';
import { ShiftHandoverRefusedV1 } from './shift-handover-refused.js';
import type { ShiftHandoverView } from './shift-handover-view.js';

const C = ComplaintsBus.commands;
const Q = ComplaintsBus.queries;

export const CreateShiftHandover = defineCommand<CreateShiftHandoverV1, ShiftHandoverView>({
  subject: C.createShiftHandover,
  request: CreateShiftHandoverV1,
  summary: 'Hand the shift over to the incoming staff member with what is pending (DESK-1)',
});
export const AcceptShiftHandover = defineCommand<AcceptShiftHandoverV1, ShiftHandoverView>({
  subject: C.acceptShiftHandover,
  request: AcceptShiftHandoverV1,
  summary: 'The incoming staff member accepts the handover (DESK-1)',
});
export const RefuseShiftHandover = defineCommand<RefuseShiftHandoverV1, ShiftHandoverView>({
  subject: C.refuseShiftHandover,
  request: RefuseShiftHandoverV1,
  summary: 'The incoming staff member refuses the handover; it goes to the supervisor (DESK-1)',
});
export const ReviewShiftHandover = defineCommand<ReviewShiftHandoverV1, ShiftHandoverView>({
  subject: C.reviewShiftHandover,
  request: ReviewShiftHandoverV1,
  summary: "The supervisor's daily review of an accepted or refused handover (DESK-1)",
});
export const ListShiftHandovers = defineQuery<ListShiftHandoversV1, Page<ShiftHandoverView>>({
  subject: Q.listShiftHandovers,
  request: ListShiftHandoversV1,
  summary: "Shift handovers, newest first; the supervisor's daily review (DESK-1)",
});
export const GetShiftHandover = defineQuery<GetShiftHandoverV1, ShiftHandoverView>({
  subject: Q.getShiftHandover,
  request: GetShiftHandoverV1,
  summary: 'Read one shift handover with its snapshot (DESK-1)',
});

export const ShiftHandoverRefused = defineEvent({
  subject: ComplaintsBus.events.shiftHandoverRefused,
  type: 'shift-handover.refused.v1',
  data: ShiftHandoverRefusedV1,
  summary: 'A handover was refused by the incoming staff member; the supervisor reviews it (DESK-1)',
});
