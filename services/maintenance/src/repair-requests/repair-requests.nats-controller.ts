import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CancelRepairRequestV1,
  GetMaintenanceHistoryV1,
  GetRepairRequestV1,
  ListRepairRequestsV1,
  MaintenanceBus,
  RecordRepairStepV1,
  RecordSurveyV1,
  RegisterRepairRequestV1,
  SetWarrantyPeriodV1,
  type MaintenanceHistoryView,
  type Page,
  type RepairRequestView,
  type WarrantyPeriodView,
} from '@pcs/contracts';
import { RepairRequestService } from './repair-request.service.js';

const C = MaintenanceBus.commands;
const Q = MaintenanceBus.queries;

/** Repair requests on the bus (MNT-1 … MNT-3). */
@Controller()
export class RepairRequestsNatsController {
  constructor(private readonly requests: RepairRequestService) {}

  @MessagePattern(C.registerRepairRequest)
  register(@Payload() c: RegisterRepairRequestV1): Promise<RepairRequestView> {
    return this.requests.register(c);
  }

  @MessagePattern(C.recordArrivalOnSite)
  arrive(@Payload() c: RecordRepairStepV1): Promise<RepairRequestView> {
    return this.requests.recordArrival(c);
  }

  @MessagePattern(C.recordMadeSafe)
  makeSafe(@Payload() c: RecordRepairStepV1): Promise<RepairRequestView> {
    return this.requests.recordMadeSafe(c);
  }

  @MessagePattern(C.recordSurvey)
  survey(@Payload() c: RecordSurveyV1): Promise<RepairRequestView> {
    return this.requests.recordSurvey(c);
  }

  @MessagePattern(C.cancelRepairRequest)
  cancel(@Payload() c: CancelRepairRequestV1): Promise<RepairRequestView> {
    return this.requests.cancel(c);
  }

  @MessagePattern(C.setWarrantyPeriod)
  setWarrantyPeriod(@Payload() c: SetWarrantyPeriodV1): Promise<WarrantyPeriodView> {
    return this.requests.setWarrantyPeriod(c);
  }

  @MessagePattern(Q.getRepairRequest)
  get(@Payload() q: GetRepairRequestV1): Promise<RepairRequestView> {
    return this.requests.get(q);
  }

  @MessagePattern(Q.listRepairRequests)
  list(@Payload() q: ListRepairRequestsV1): Promise<Page<RepairRequestView>> {
    return this.requests.list(q);
  }

  @MessagePattern(Q.repairRequestHistory)
  history(@Payload() q: GetMaintenanceHistoryV1): Promise<MaintenanceHistoryView> {
    return this.requests.history(q);
  }
}
