import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  RecordHandoverInspection,
  RecordHandoverInspectionV1,
  type HandoverInspectionView,
} from '@pcs/contracts';
import { HandoverService } from './handover.service.js';

@Controller()
export class HandoverNatsController {
  constructor(private readonly handover: HandoverService) {}

  @MessagePattern(RecordHandoverInspection.subject)
  record(@Payload() command: RecordHandoverInspectionV1): Promise<HandoverInspectionView> {
    return this.handover.record(command);
  }
}
