import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ListHandoverInspections,
  ListHandoverInspectionsV1,
  RecordHandoverInspection,
  RecordHandoverInspectionV1,
  type HandoverInspectionView,
  type Page,
} from '@pcs/contracts';
import { HandoverService } from './handover.service.js';

@Controller()
export class HandoverNatsController {
  constructor(private readonly handover: HandoverService) {}

  @MessagePattern(ListHandoverInspections.subject)
  list(@Payload() query: ListHandoverInspectionsV1): Promise<Page<HandoverInspectionView>> {
    return this.handover.list(query);
  }

  @MessagePattern(RecordHandoverInspection.subject)
  record(@Payload() command: RecordHandoverInspectionV1): Promise<HandoverInspectionView> {
    return this.handover.record(command);
  }
}
