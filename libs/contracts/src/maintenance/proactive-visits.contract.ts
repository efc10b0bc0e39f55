import type { Page } from '../common/pagination.js';
import { defineCommand, defineQuery } from '../events/definitions.js';
import { MaintenanceBus } from './maintenance.bus.js';
import {
  GetProactiveVisitV1,
  ListEquipmentReportsV1,
  ListProactiveVisitsV1,
  RecordProactiveVisitV1,
  SubmitEquipmentReportV1,
  type EquipmentReportView,
  type ProactiveVisitView,
} from './proactive-visits.js';

const C = MaintenanceBus.commands;
const Q = MaintenanceBus.queries;

export const ListProactiveVisits = defineQuery<ListProactiveVisitsV1, Page<ProactiveVisitView>>({
  subject: Q.listProactiveVisits,
  request: ListProactiveVisitsV1,
  summary: 'Proactive visits after handover and fit-out, by community, unit, status or due date (MNT-12)',
});
export const GetProactiveVisit = defineQuery<GetProactiveVisitV1, ProactiveVisitView>({
  subject: Q.getProactiveVisit,
  request: GetProactiveVisitV1,
  summary: 'One proactive visit (MNT-12)',
});
export const RecordProactiveVisit = defineCommand<RecordProactiveVisitV1, ProactiveVisitView>({
  subject: C.recordProactiveVisit,
  request: RecordProactiveVisitV1,
  summary: 'Record a proactive visit: how it was made, the satisfaction and what was raised (MNT-12)',
});
export const ListEquipmentReports = defineQuery<ListEquipmentReportsV1, Page<EquipmentReportView>>({
  subject: Q.listEquipmentReports,
  request: ListEquipmentReportsV1,
  summary: "Communities' first-year equipment usage reports, due 12 months after handover (MNT-12)",
});
export const SubmitEquipmentReport = defineCommand<SubmitEquipmentReportV1, EquipmentReportView>({
  subject: C.submitEquipmentReport,
  request: SubmitEquipmentReportV1,
  summary: "Submit a community's first-year equipment usage report (MNT-12)",
});
