import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AcceptShiftHandoverV1,
  ComplaintsBus,
  CreateShiftHandoverV1,
  GetShiftHandoverV1,
  ListShiftHandoversV1,
  RefuseShiftHandoverV1,
  ReviewShiftHandoverV1,
  type Page,
  type ShiftHandoverView,
} from '@pcs/contracts';
import { ShiftHandoverService } from './shift-handover.service.js';

const C = ComplaintsBus.commands;
const Q = ComplaintsBus.queries;

/** DESK-1 on the bus: shift handovers. */
@Controller()
export class ShiftHandoversNatsController {
  constructor(private readonly handovers: ShiftHandoverService) {}

  @MessagePattern(C.createShiftHandover)
  create(@Payload() command: CreateShiftHandoverV1): Promise<ShiftHandoverView> {
    return this.handovers.create(command);
  }

  @MessagePattern(C.acceptShiftHandover)
  accept(@Payload() command: AcceptShiftHandoverV1): Promise<ShiftHandoverView> {
    return this.handovers.accept(command);
  }

  @MessagePattern(C.refuseShiftHandover)
  refuse(@Payload() command: RefuseShiftHandoverV1): Promise<ShiftHandoverView> {
    return this.handovers.refuse(command);
  }

  @MessagePattern(C.reviewShiftHandover)
  review(@Payload() command: ReviewShiftHandoverV1): Promise<ShiftHandoverView> {
    return this.handovers.review(command);
  }

  @MessagePattern(Q.listShiftHandovers)
  list(@Payload() query: ListShiftHandoversV1): Promise<Page<ShiftHandoverView>> {
    return this.handovers.list(query);
  }

  @MessagePattern(Q.getShiftHandover)
  get(@Payload() query: GetShiftHandoverV1): Promise<ShiftHandoverView> {
    return this.handovers.get(query);
  }
}
