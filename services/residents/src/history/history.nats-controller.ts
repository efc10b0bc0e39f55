import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  GetPersonHistory,
  GetPersonHistoryV1,
  GetUnitHistory,
  GetUnitHistoryV1,
  type HistoryEntryView,
  type Page,
  type PersonHistoryView,
} from '@pcs/contracts';
import { HistoryService } from './history.service.js';

@Controller()
export class HistoryNatsController {
  constructor(private readonly history: HistoryService) {}

  @MessagePattern(GetUnitHistory.subject)
  unitHistory(@Payload() query: GetUnitHistoryV1): Promise<Page<HistoryEntryView>> {
    return this.history.unitHistory(query);
  }

  @MessagePattern(GetPersonHistory.subject)
  personHistory(@Payload() query: GetPersonHistoryV1): Promise<PersonHistoryView> {
    return this.history.personHistory(query);
  }
}
