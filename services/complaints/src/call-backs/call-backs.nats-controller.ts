import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ComplaintsBus,
  CompleteCallBackV1,
  ListCallBacksV1,
  type CallBackView,
  type Page,
} from '@pcs/contracts';
import { CallBackService } from './call-back.service.js';

/** CMP-4 on the bus: the desk's call-back list. */
@Controller()
export class CallBacksNatsController {
  constructor(private readonly callBacks: CallBackService) {}

  @MessagePattern(ComplaintsBus.queries.listCallBacks)
  list(@Payload() query: ListCallBacksV1): Promise<Page<CallBackView>> {
    return this.callBacks.list(query);
  }

  @MessagePattern(ComplaintsBus.commands.completeCallBack)
  complete(@Payload() command: CompleteCallBackV1): Promise<CallBackView> {
    return this.callBacks.complete(command);
  }
}
