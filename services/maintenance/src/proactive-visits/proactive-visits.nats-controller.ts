import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  GetProactiveVisitV1,
  ListEquipmentReportsV1,
  ListProactiveVisitsV1,
  MaintenanceBus,
  RecordProactiveVisitV1,
  SubmitEquipmentReportV1,
  type EquipmentReportView,
  type Page,
  type ProactiveVisitView,
} from '@pcs/contracts';
import { ProactiveVisitService } from './proactive-visit.service.js';

const C = MaintenanceBus.commands;
const Q = MaintenanceBus.queries;

/** Proactive visits and first-year equipment reports on the bus (MNT-12). */
@Controller()
export class ProactiveVisitsNatsController {
  constructor(private readonly visits: ProactiveVisitService) {}

  @MessagePattern(Q.listProactiveVisits)
  list(@Payload() q: ListProactiveVisitsV1): Promise<Page<ProactiveVisitView>> {
    return this.visits.list(q);
  }

  @MessagePattern(Q.getProactiveVisit)
  get(@Payload() q: GetProactiveVisitV1): Promise<ProactiveVisitView> {
    return this.visits.get(q);
  }

  @MessagePattern(C.recordProactiveVisit)
  record(@Payload() c: RecordProactiveVisitV1): Promise<ProactiveVisitView> {
    return this.visits.record(c);
  }

  @MessagePattern(Q.listEquipmentReports)
  listReports(@Payload() q: ListEquipmentReportsV1): Promise<Page<EquipmentReportView>> {
    return this.visits.listReports(q);
  }

  @MessagePattern(C.submitEquipmentReport)
  submitReport(@Payload() c: SubmitEquipmentReportV1): Promise<EquipmentReportView> {
    return this.visits.submitReport(c);
  }
}
