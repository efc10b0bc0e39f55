import type { Page } from '../../common/pagination.js';
import { defineCommand, defineEvent, defineQuery } from '../../events/definitions.js';
import { ComplaintsBus } from '../complaints.bus.js';
import { GetCallerHistoryV1, type CallerHistoryView } from './caller-history.js';
import {
  IncomingCallReceivedV1,
  ListIncomingCallsV1,
  RecordIncomingCallV1,
  TakeIncomingCallV1,
  type IncomingCallView,
  type TakenIncomingCallView,
} from './incoming-call.js';

export const GetCallerHistory = defineQuery<GetCallerHistoryV1, CallerHistoryView>({
  subject: ComplaintsBus.queries.callerHistory,
  request: GetCallerHistoryV1,
  summary: "The register's part of the caller card: open entries, recent contacts, flags, incidents (DESK-3)",
});
export const RecordIncomingCall = defineCommand<RecordIncomingCallV1, IncomingCallView>({
  subject: ComplaintsBus.commands.recordIncomingCall,
  request: RecordIncomingCallV1,
  summary: 'The telephony system reports a call to a desk line; the same call id twice is one call (DESK-3)',
});
export const ListIncomingCalls = defineQuery<ListIncomingCallsV1, Page<IncomingCallView>>({
  subject: ComplaintsBus.queries.listIncomingCalls,
  request: ListIncomingCallsV1,
  summary: 'Calls to the desk lines, newest first; ringing ones are waiting to be taken (DESK-3)',
});
export const TakeIncomingCall = defineCommand<TakeIncomingCallV1, TakenIncomingCallView>({
  subject: ComplaintsBus.commands.takeIncomingCall,
  request: TakeIncomingCallV1,
  summary: 'A desk takes a ringing call; the gateway composes its caller card (DESK-3)',
});
export const IncomingCallReceived = defineEvent({
  subject: ComplaintsBus.events.incomingCallReceived,
  type: 'incoming-call.received.v1',
  data: IncomingCallReceivedV1,
  summary: 'A desk line rang; consoles show the call for a desk to take (DESK-3)',
});

export const CALLER_CARD_REQUESTS = [
  GetCallerHistory,
  RecordIncomingCall,
  ListIncomingCalls,
  TakeIncomingCall,
];
export const CALLER_CARD_EVENTS = [IncomingCallReceived];
