import type { Page } from '../common/pagination.js';
import { defineCommand, defineEvent, defineQuery } from '../events/definitions.js';
import { MaintenanceBus } from './maintenance.bus.js';
import { RepairRequestProgressedV1 } from './repair-request-progressed.js';
import { SettlementCertifiedV1, WorkOrderCompletedV1 } from './work-order-events.js';
import {
  GetProactiveVisit,
  ListEquipmentReports,
  ListProactiveVisits,
  RecordProactiveVisit,
  SubmitEquipmentReport,
} from './proactive-visits.contract.js';
import {
  CancelRepairRequestV1,
  GetRepairRequestV1,
  ListRepairRequestsV1,
  RecordRepairStepV1,
  RecordSurveyV1,
  RegisterRepairRequestV1,
  SetWarrantyPeriodV1,
  type RepairRequestView,
  type WarrantyPeriodView,
} from './repair-requests.js';
import {
  CreateRepairTeamV1,
  ListRepairTeamsV1,
  type RepairTeamListView,
  type RepairTeamView,
} from './repair-teams.js';
import {
  CancelWorkOrderV1,
  CheckWorkOrderV1,
  ConfirmSettlementV1,
  CreateWorkOrderV1,
  DispatchWorkOrderV1,
  ExtendWorkOrderV1,
  GetMaintenanceHistoryV1,
  GetWorkOrderV1,
  GetTechnicianScoresV1,
  ListPaidServicePricesV1,
  ListWorkOrdersV1,
  RecordArrivalV1,
  RecordWorkV1,
  RecordWorkOrderReturnVisitV1,
  ReturnWorkOrderV1,
  ReviewSettlementV1,
  SetPaidServicePriceV1,
  SignOffWorkOrderV1,
  SubmitSettlementV1,
  WorkOrderActionV1,
  type MaintenanceHistoryView,
  type PaidServicePriceListView,
  type PaidServicePriceView,
  type TechnicianScoresView,
  type WorkOrderView,
} from './work-orders.js';

const C = MaintenanceBus.commands;
const Q = MaintenanceBus.queries;
const onRequest = <Req extends object>(subject: string, request: new () => Req, summary: string) =>
  defineCommand<Req, RepairRequestView>({ subject, request, summary });
const onOrder = <Req extends object>(subject: string, request: new () => Req, summary: string) =>
  defineCommand<Req, WorkOrderView>({ subject, request, summary });

export const RegisterRepairRequest = onRequest(
  C.registerRepairRequest,
  RegisterRepairRequestV1,
  'Register a repair request from a resident or a patrol (MNT-1)',
);
export const RecordArrivalOnSite = onRequest(
  C.recordArrivalOnSite,
  RecordRepairStepV1,
  'Record arrival on site, due 30 minutes after an emergency (MNT-1)',
);
export const RecordMadeSafe = onRequest(
  C.recordMadeSafe,
  RecordRepairStepV1,
  'Record that an emergency was made safe, due within 12 hours (MNT-1)',
);
export const RecordSurvey = onRequest(
  C.recordSurvey,
  RecordSurveyV1,
  'Record the signed site survey, its responsible party and warranty (MNT-2, MNT-3)',
);
export const CancelRepairRequest = onRequest(
  C.cancelRepairRequest,
  CancelRepairRequestV1,
  'Cancel a repair request with a reason',
);
export const GetRepairRequest = defineQuery<GetRepairRequestV1, RepairRequestView>({
  subject: Q.getRepairRequest,
  request: GetRepairRequestV1,
  summary: 'One repair request',
});
export const ListRepairRequests = defineQuery<ListRepairRequestsV1, Page<RepairRequestView>>({
  subject: Q.listRepairRequests,
  request: ListRepairRequestsV1,
  summary: 'Repair requests, newest first',
});
export const GetRepairRequestHistory = defineQuery<GetMaintenanceHistoryV1, MaintenanceHistoryView>({
  subject: Q.repairRequestHistory,
  request: GetMaintenanceHistoryV1,
  summary: 'The history of a repair request (GEN-3)',
});
export const CreateWorkOrder = onOrder(
  C.createWorkOrder,
  CreateWorkOrderV1,
  'Open the work order of a surveyed repair request (MNT-4, MNT-5)',
);
export const ApproveWorkOrder = onOrder(
  C.approveWorkOrder,
  WorkOrderActionV1,
  'Take the next step of the approval chain the estimate needs (MNT-6)',
);
export const DispatchWorkOrder = onOrder(
  C.dispatchWorkOrder,
  DispatchWorkOrderV1,
  'Dispatch to the in-house team or the contractor, once approved (MNT-6, MNT-7)',
);
export const RecordWorkOrderArrival = onOrder(
  C.recordArrival,
  RecordArrivalV1,
  "Record the technician's arrival (MNT-7)",
);
export const RecordWork = onOrder(
  C.recordWork,
  RecordWorkV1,
  'Record work done, materials and photos (MNT-7)',
);
export const FinishWork = onOrder(C.finishWork, WorkOrderActionV1, 'Report the work finished (MNT-7)');
export const CheckWorkOrder = onOrder(
  C.checkWorkOrder,
  CheckWorkOrderV1,
  'Record the completion check; a failed check returns the order to execution (MNT-8)',
);
export const SignOffWorkOrder = onOrder(
  C.signOffWorkOrder,
  SignOffWorkOrderV1,
  "Record the customer's sign-off; the order is completed (MNT-8)",
);
export const ExtendWorkOrder = onOrder(
  C.extendWorkOrder,
  ExtendWorkOrderV1,
  "Extend the completion deadline with the customer's recorded consent (MNT-5)",
);
export const SubmitSettlement = onOrder(
  C.submitSettlement,
  SubmitSettlementV1,
  "Submit the team lead's final account (MNT-9)",
);
export const ReviewSettlement = onOrder(
  C.reviewSettlement,
  ReviewSettlementV1,
  'Review the final account: customer service up to 20,000 yuan, audit above (MNT-9)',
);
export const ConfirmSettlement = onOrder(
  C.confirmSettlement,
  ConfirmSettlementV1,
  "Record the contractor's confirmation of a type-A settlement (MNT-9)",
);
export const CertifySettlement = onOrder(
  C.certifySettlement,
  WorkOrderActionV1,
  'Certify a type-A settlement (deputy chief engineer, MNT-9)',
);
export const CancelWorkOrder = onOrder(
  C.cancelWorkOrder,
  CancelWorkOrderV1,
  'Cancel a work order with a reason',
);
export const ReturnWorkOrder = onOrder(
  C.returnWorkOrder,
  ReturnWorkOrderV1,
  'Send an estimate back for a new survey: the approver of the step due, with the reason (MNT-6)',
);
export const RetryFundDraw = onOrder(
  C.retryFundDraw,
  WorkOrderActionV1,
  'Ask billing again to pay the team from its revolving fund (MNT-13)',
);
export const RecordWorkOrderReturnVisit = onOrder(
  C.recordReturnVisit,
  RecordWorkOrderReturnVisitV1,
  "Record the return visit within 1 working day of completion, honouring the resident's preferences (MNT-10)",
);
export const GetWorkOrder = defineQuery<GetWorkOrderV1, WorkOrderView>({
  subject: Q.getWorkOrder,
  request: GetWorkOrderV1,
  summary: 'One work order',
});
export const ListWorkOrders = defineQuery<ListWorkOrdersV1, Page<WorkOrderView>>({
  subject: Q.listWorkOrders,
  request: ListWorkOrdersV1,
  summary: "Work orders, newest first; `mine` is a technician's own queue (MNT-7)",
});
export const GetWorkOrderHistory = defineQuery<GetMaintenanceHistoryV1, MaintenanceHistoryView>({
  subject: Q.workOrderHistory,
  request: GetMaintenanceHistoryV1,
  summary: 'The history of a work order (GEN-3)',
});
export const SetPaidServicePrice = defineCommand<SetPaidServicePriceV1, PaidServicePriceView>({
  subject: C.setPaidServicePrice,
  request: SetPaidServicePriceV1,
  summary: "Set an item of the company's paid-service price list (MNT-4)",
});
export const GetTechnicianScores = defineQuery<GetTechnicianScoresV1, TechnicianScoresView>({
  subject: Q.technicianScores,
  request: GetTechnicianScoresV1,
  summary: 'Technician and team scores for a quarter or a year (MNT-11)',
});
export const SetWarrantyPeriod = defineCommand<SetWarrantyPeriodV1, WarrantyPeriodView>({
  subject: C.setWarrantyPeriod,
  request: SetWarrantyPeriodV1,
  summary: "Override a component's warranty period for the company or a community (MNT-3)",
});
export const ListPaidServicePrices = defineQuery<ListPaidServicePricesV1, PaidServicePriceListView>({
  subject: Q.listPaidServicePrices,
  request: ListPaidServicePricesV1,
  summary: "The company's paid-service price list (MNT-4)",
});
export const CreateRepairTeam = defineCommand<CreateRepairTeamV1, RepairTeamView>({
  subject: C.createRepairTeam,
  request: CreateRepairTeamV1,
  summary: "Add a repair team to the company's directory, which dispatch takes teams from (MNT-7, MNT-13)",
});
export const ListRepairTeams = defineQuery<ListRepairTeamsV1, RepairTeamListView>({
  subject: Q.listRepairTeams,
  request: ListRepairTeamsV1,
  summary: "The company's repair teams, or those serving a community (MNT-7)",
});

export const RepairRequestProgressed = defineEvent({
  subject: MaintenanceBus.events.repairRequestProgressed,
  type: 'repair-request.progressed.v1',
  data: RepairRequestProgressedV1,
  summary: 'A repair request moved on (MNT-1 … MNT-8); complaints follows it (CMP-2)',
});

export const WorkOrderCompleted = defineEvent({
  subject: MaintenanceBus.events.workOrderCompleted,
  type: 'work-order.completed.v1',
  data: WorkOrderCompletedV1,
  summary:
    'A work order passed its completion check and was signed off (MNT-8); billing charges type C once (BIL-7)',
});

export const SettlementCertified = defineEvent({
  subject: MaintenanceBus.events.settlementCertified,
  type: 'settlement.certified.v1',
  data: SettlementCertifiedV1,
  summary:
    "A settlement is final (MNT-9); billing deducts type-A costs from the contractor's deposit once (BIL-10)",
});

/** Everything the maintenance service serves and publishes, for documents generated from the contracts. */
export const MAINTENANCE_MESSAGES = {
  requests: [
    RegisterRepairRequest,
    RecordArrivalOnSite,
    RecordMadeSafe,
    RecordSurvey,
    CancelRepairRequest,
    GetRepairRequest,
    ListRepairRequests,
    GetRepairRequestHistory,
    CreateWorkOrder,
    ApproveWorkOrder,
    DispatchWorkOrder,
    RecordWorkOrderArrival,
    RecordWork,
    FinishWork,
    CheckWorkOrder,
    SignOffWorkOrder,
    ExtendWorkOrder,
    SubmitSettlement,
    ReviewSettlement,
    ConfirmSettlement,
    CertifySettlement,
    CancelWorkOrder,
    ReturnWorkOrder,
    RetryFundDraw,
    RecordWorkOrderReturnVisit,
    GetWorkOrder,
    ListWorkOrders,
    GetWorkOrderHistory,
    SetPaidServicePrice,
    ListPaidServicePrices,
    SetWarrantyPeriod,
    CreateRepairTeam,
    ListRepairTeams,
    GetTechnicianScores,
    ListProactiveVisits,
    GetProactiveVisit,
    RecordProactiveVisit,
    ListEquipmentReports,
    SubmitEquipmentReport,
  ],
  events: [RepairRequestProgressed, WorkOrderCompleted, SettlementCertified],
};
