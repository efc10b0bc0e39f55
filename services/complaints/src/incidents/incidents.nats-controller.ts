import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AttachIncidentComplaintsV1,
  CloseIncidentV1,
  ComplaintsBus,
  GetEarlyWarningRuleV1,
  GetEarlyWarningV1,
  GetIncidentV1,
  ListEarlyWarningsV1,
  ListIncidentsV1,
  OpenIncidentFromWarningV1,
  OpenIncidentV1,
  RecordEarlyWarningActionV1,
  SetEarlyWarningRuleV1,
  type EarlyWarningRuleView,
  type EarlyWarningView,
  type IncidentView,
  type Page,
} from '@pcs/contracts';
import { EarlyWarningService } from './early-warning.service.js';
import { IncidentService } from './incident.service.js';

const C = ComplaintsBus.commands;
const Q = ComplaintsBus.queries;

/** CMP-11, CMP-15 on the bus: early warnings and incidents. */
@Controller()
export class IncidentsNatsController {
  constructor(
    private readonly warnings: EarlyWarningService,
    private readonly incidents: IncidentService,
  ) {}

  @MessagePattern(Q.listEarlyWarnings)
  listEarlyWarnings(@Payload() q: ListEarlyWarningsV1): Promise<Page<EarlyWarningView>> {
    return this.warnings.list(q);
  }

  @MessagePattern(Q.getEarlyWarning)
  getEarlyWarning(@Payload() q: GetEarlyWarningV1): Promise<EarlyWarningView> {
    return this.warnings.get(q);
  }

  @MessagePattern(C.recordEarlyWarningAction)
  recordEarlyWarningAction(@Payload() c: RecordEarlyWarningActionV1): Promise<EarlyWarningView> {
    return this.warnings.recordAction(c);
  }

  @MessagePattern(C.setEarlyWarningRule)
  setEarlyWarningRule(@Payload() c: SetEarlyWarningRuleV1): Promise<EarlyWarningRuleView> {
    return this.warnings.setRule(c);
  }

  @MessagePattern(Q.getEarlyWarningRule)
  getEarlyWarningRule(@Payload() q: GetEarlyWarningRuleV1): Promise<EarlyWarningRuleView> {
    return this.warnings.getRule(q);
  }

  @MessagePattern(C.openIncident)
  openIncident(@Payload() c: OpenIncidentV1): Promise<IncidentView> {
    return this.incidents.open(c);
  }

  @MessagePattern(C.openIncidentFromWarning)
  openIncidentFromWarning(@Payload() c: OpenIncidentFromWarningV1): Promise<IncidentView> {
    return this.incidents.openFromWarning(c);
  }

  @MessagePattern(C.attachIncidentComplaints)
  attachIncidentComplaints(@Payload() c: AttachIncidentComplaintsV1): Promise<IncidentView> {
    return this.incidents.attach(c);
  }

  @MessagePattern(C.closeIncident)
  closeIncident(@Payload() c: CloseIncidentV1): Promise<IncidentView> {
    return this.incidents.close(c);
  }

  @MessagePattern(Q.listIncidents)
  listIncidents(@Payload() q: ListIncidentsV1): Promise<Page<IncidentView>> {
    return this.incidents.list(q);
  }

  @MessagePattern(Q.getIncident)
  getIncident(@Payload() q: GetIncidentV1): Promise<IncidentView> {
    return this.incidents.get(q);
  }
}
