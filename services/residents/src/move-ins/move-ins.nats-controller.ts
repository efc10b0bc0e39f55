import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AcknowledgeMoveIn,
  CancelMoveIn,
  CancelMoveInV1,
  StartTenantMoveIn,
  StartTenantMoveInV1,
  CompleteMoveIn,
  CompleteMoveInV1,
  GetMoveIn,
  ListMoveIns,
  ListMoveInsV1,
  MoveInRefV1,
  RecordKeysHandedOverV1,
  RecordMoveInAcknowledgementsV1,
  RecordMoveInKeys,
  StartMoveIn,
  StartMoveInV1,
  type MoveInView,
  type Page,
} from '@pcs/contracts';
import { MoveInService } from './move-in.service.js';

@Controller()
export class MoveInsNatsController {
  constructor(private readonly moveIns: MoveInService) {}

  @MessagePattern(StartMoveIn.subject)
  start(@Payload() command: StartMoveInV1): Promise<MoveInView> {
    return this.moveIns.start(command);
  }

  @MessagePattern(ListMoveIns.subject)
  list(@Payload() query: ListMoveInsV1): Promise<Page<MoveInView>> {
    return this.moveIns.list(query);
  }

  @MessagePattern(StartTenantMoveIn.subject)
  startTenant(@Payload() command: StartTenantMoveInV1): Promise<MoveInView> {
    return this.moveIns.startTenant(command);
  }

  @MessagePattern(CancelMoveIn.subject)
  cancel(@Payload() command: CancelMoveInV1): Promise<MoveInView> {
    return this.moveIns.cancel(command);
  }

  @MessagePattern(AcknowledgeMoveIn.subject)
  acknowledge(@Payload() command: RecordMoveInAcknowledgementsV1): Promise<MoveInView> {
    return this.moveIns.acknowledge(command);
  }

  @MessagePattern(RecordMoveInKeys.subject)
  recordKeys(@Payload() command: RecordKeysHandedOverV1): Promise<MoveInView> {
    return this.moveIns.recordKeys(command);
  }

  @MessagePattern(CompleteMoveIn.subject)
  complete(@Payload() command: CompleteMoveInV1): Promise<MoveInView> {
    return this.moveIns.complete(command);
  }

  @MessagePattern(GetMoveIn.subject)
  get(@Payload() query: MoveInRefV1): Promise<MoveInView> {
    return this.moveIns.get(query);
  }
}
