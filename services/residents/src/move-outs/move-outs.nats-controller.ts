import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CancelMoveOut,
  CancelMoveOutV1,
  ListMoveOuts,
  ListMoveOutsV1,
  CompleteMoveOut,
  GetMoveOut,
  MoveOutRefV1,
  RecordMoveOutInspection,
  RecordMoveOutInspectionV1,
  RequestMoveOut,
  RequestMoveOutV1,
  type MoveOutView,
  type Page,
} from '@pcs/contracts';
import { MoveOutService } from './move-out.service.js';

@Controller()
export class MoveOutsNatsController {
  constructor(private readonly moveOuts: MoveOutService) {}

  @MessagePattern(ListMoveOuts.subject)
  list(@Payload() query: ListMoveOutsV1): Promise<Page<MoveOutView>> {
    return this.moveOuts.list(query);
  }

  @MessagePattern(CancelMoveOut.subject)
  cancel(@Payload() command: CancelMoveOutV1): Promise<MoveOutView> {
    return this.moveOuts.cancel(command);
  }

  @MessagePattern(RequestMoveOut.subject)
  request(@Payload() command: RequestMoveOutV1): Promise<MoveOutView> {
    return this.moveOuts.request(command);
  }

  @MessagePattern(RecordMoveOutInspection.subject)
  recordInspection(@Payload() command: RecordMoveOutInspectionV1): Promise<MoveOutView> {
    return this.moveOuts.recordInspection(command);
  }

  @MessagePattern(CompleteMoveOut.subject)
  complete(@Payload() command: MoveOutRefV1): Promise<MoveOutView> {
    return this.moveOuts.complete(command);
  }

  @MessagePattern(GetMoveOut.subject)
  get(@Payload() query: MoveOutRefV1): Promise<MoveOutView> {
    return this.moveOuts.get(query);
  }
}
