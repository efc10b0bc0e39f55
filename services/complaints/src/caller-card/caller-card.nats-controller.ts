import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ComplaintsBus,
  GetCallerHistoryV1,
  ListIncomingCallsV1,
  RecordIncomingCallV1,
  TakeIncomingCallV1,
  type CallerHistoryView,
  type IncomingCallView,
  type Page,
  type TakenIncomingCallView,
} from '@pcs/contracts';
import { CallerHistoryService } from './caller-history.service.js';
import { IncomingCallService } from './incoming-call.service.js';

/** DESK-3 on the bus: the register's part of the caller card (the gateway composes the card). */
@Controller()
export class CallerCardNatsController {
  constructor(
    private readonly history: CallerHistoryService,
    private readonly calls: IncomingCallService,
  ) {}

  @MessagePattern(ComplaintsBus.queries.callerHistory)
  callerHistory(@Payload() q: GetCallerHistoryV1): Promise<CallerHistoryView> {
    return this.history.history(q);
  }

  @MessagePattern(ComplaintsBus.commands.recordIncomingCall)
  recordIncomingCall(@Payload() c: RecordIncomingCallV1): Promise<IncomingCallView> {
    return this.calls.record(c);
  }

  @MessagePattern(ComplaintsBus.queries.listIncomingCalls)
  listIncomingCalls(@Payload() q: ListIncomingCallsV1): Promise<Page<IncomingCallView>> {
    return this.calls.list(q);
  }

  @MessagePattern(ComplaintsBus.commands.takeIncomingCall)
  takeIncomingCall(@Payload() c: TakeIncomingCallV1): Promise<TakenIncomingCallView> {
    return this.calls.take(c);
  }
}
