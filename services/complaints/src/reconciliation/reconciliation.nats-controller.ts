import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ComplaintsBus,
  GetDayReconciliationV1,
  SignOffDayV1,
  type DayReconciliationView,
} from '@pcs/contracts';
import { DayReconciliationService } from './day-reconciliation.service.js';

/** CMP-6 on the bus: a day's reconciliation and its sign-off. */
@Controller()
export class ReconciliationNatsController {
  constructor(private readonly reconciliations: DayReconciliationService) {}

  @MessagePattern(ComplaintsBus.queries.getDayReconciliation)
  get(@Payload() query: GetDayReconciliationV1): Promise<DayReconciliationView> {
    return this.reconciliations.get(query);
  }

  @MessagePattern(ComplaintsBus.commands.signOffDay)
  signOff(@Payload() command: SignOffDayV1): Promise<DayReconciliationView> {
    return this.reconciliations.signOff(command);
  }
}
