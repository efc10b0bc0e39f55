import * as c from '@pcs/contracts';
import { PATH_ID, type ResidentsRoute as GatewayRoute } from './residents-routes.js';

const requestAction = (
  name: string,
  permission: GatewayRoute['permission'],
  sends: GatewayRoute['sends'],
  bodyClass: new () => object,
  body: Record<string, unknown>,
): GatewayRoute => ({
  method: 'POST',
  template: `/api/v1/repair-requests/{id}/${name}`,
  permission,
  status: 200,
  sends,
  bodyClass,
  body,
  fromPath: { repairRequestId: PATH_ID },
});

const orderAction = (
  name: string,
  permission: GatewayRoute['permission'],
  sends: GatewayRoute['sends'],
  bodyClass: new () => object,
  body: Record<string, unknown>,
): GatewayRoute => ({
  method: 'POST',
  template: `/api/v1/work-orders/{id}/${name}`,
  permission,
  status: 200,
  sends,
  bodyClass,
  body,
  fromPath: { workOrderId: PATH_ID },
});

const read = (
  template: string,
  sends: GatewayRoute['sends'],
  extra: Partial<GatewayRoute> = {},
): GatewayRoute => ({
  method: 'GET',
  template,
  permission: 'maintenance.read',
  status: 200,
  sends,
  ...extra,
});

/** A valid desk registration of a repair request in GZ01. */
export const repairRegistration = (): Record<string, unknown> => ({
  communityId: 'GZ01',
  source: 'desk',
  location: '3栋1单元大堂',
  trades: ['electrical'],
  urgency: 'normal',
  description: '大堂吸顶灯不亮',
  contactSurname: '王',
  contactPhone: '13812345678',
});

/** Every route the gateway serves for the maintenance service; the OpenAPI test checks it is complete. */
export const MAINTENANCE_ROUTES: readonly GatewayRoute[] = [
  {
    method: 'POST',
    template: '/api/v1/repair-requests',
    permission: 'maintenance.register',
    status: 201,
    sends: c.RegisterRepairRequest,
    bodyClass: c.RegisterRepairRequestV1,
    body: repairRegistration(),
  },
  // Decision 0351: security reads the repair requests (the patrol's finds), not the work orders.
  read('/api/v1/repair-requests', c.ListRepairRequests, {
    query: { progress: 'accepted', limit: '10' },
    permission: 'maintenance.requests.read',
  }),
  read('/api/v1/repair-requests/{id}', c.GetRepairRequest, {
    fromPath: { id: PATH_ID },
    permission: 'maintenance.requests.read',
  }),
  read('/api/v1/repair-requests/{id}/history', c.GetRepairRequestHistory, {
    fromPath: { id: PATH_ID },
    permission: 'maintenance.requests.read',
  }),
  requestAction('arrival', 'maintenance.respond', c.RecordArrivalOnSite, c.RepairStepDetailsV1, {
    at: '2026-11-23T10:05:00+08:00',
  }),
  requestAction('made-safe', 'maintenance.respond', c.RecordMadeSafe, c.RepairStepDetailsV1, {
    at: '2026-11-23T10:40:00+08:00',
    note: '已关闭总阀',
  }),
  requestAction('survey', 'maintenance.survey', c.RecordSurvey, c.SurveyDetailsV1, {
    surveyedAt: '2026-11-23T10:00:00+08:00',
    participants: [
      { role: 'customer-service', name: '李娜' },
      { role: 'engineering', name: '孙工' },
      { role: 'repair-lead', name: '赵队长' },
    ],
    findings: '灯具镇流器烧坏',
    estimateFen: 12_000,
    component: 'electrical',
    responsibleParty: 'company',
    warrantyDecision: { underWarranty: false, reason: '公共区域灯具已过保修期' },
  }),
  requestAction('cancel', 'maintenance.cancel', c.CancelRepairRequest, c.RepairCancellationV1, {
    reason: '住户已自行修好',
  }),
  {
    method: 'POST',
    template: '/api/v1/warranty-periods',
    permission: 'maintenance.warranty',
    status: 200,
    sends: c.SetWarrantyPeriod,
    bodyClass: c.SetWarrantyPeriodV1,
    body: { communityId: 'GZ01', component: 'wet-room-waterproofing', months: 96 },
  },
  {
    method: 'POST',
    template: '/api/v1/work-orders',
    permission: 'maintenance.work-order.create',
    status: 201,
    sends: c.CreateWorkOrder,
    bodyClass: c.CreateWorkOrderV1,
    body: { repairRequestId: PATH_ID, description: '更换大堂灯具镇流器' },
  },
  read('/api/v1/work-orders', c.ListWorkOrders, { query: { status: 'dispatched', limit: '10' } }),
  read('/api/v1/work-orders/{id}', c.GetWorkOrder, { fromPath: { id: PATH_ID } }),
  read('/api/v1/work-orders/{id}/history', c.GetWorkOrderHistory, { fromPath: { id: PATH_ID } }),
  orderAction('approve', 'maintenance.work-order.approve', c.ApproveWorkOrder, c.WorkOrderNoteV1, {
    note: '同意',
  }),
  orderAction('return', 'maintenance.work-order.approve', c.ReturnWorkOrder, c.ApprovalReturnDetailsV1, {
    reason: '预算偏高，请重新勘察估价',
  }),
  orderAction('dispatch', 'maintenance.work-order.dispatch', c.DispatchWorkOrder, c.DispatchDetailsV1, {
    executor: 'team',
    teamId: '0193a000-0000-7000-8000-00000000a001',
    teamName: '工程维修一队',
    technician: { staffId: 'staff-0601', name: '李建军' },
  }),
  orderAction('arrival', 'maintenance.work-order.execute', c.RecordWorkOrderArrival, c.ArrivalDetailsV1, {
    arrivedAt: '2026-11-23T14:00:00+08:00',
  }),
  orderAction('work', 'maintenance.work-order.execute', c.RecordWork, c.WorkDoneDetailsV1, {
    workDone: '更换镇流器',
    materials: [{ name: '电子镇流器', quantity: 1, unit: '个', costFen: 4_500 }],
    photos: ['files/2026/11/lamp-after.jpg'],
  }),
  orderAction('finish', 'maintenance.work-order.execute', c.FinishWork, c.WorkOrderNoteV1, {}),
  orderAction('check', 'maintenance.work-order.check', c.CheckWorkOrder, c.CompletionCheckDetailsV1, {
    passed: true,
    inspectors: ['李娜', '赵队长'],
  }),
  orderAction('sign-off', 'maintenance.work-order.check', c.SignOffWorkOrder, c.SignOffDetailsV1, {
    customerName: '王先生',
    satisfaction: 'satisfied',
  }),
  orderAction('extend', 'maintenance.work-order.extend', c.ExtendWorkOrder, c.ExtensionDetailsV1, {
    until: '2026-12-04T18:00:00+08:00',
    consent: { customerName: '王先生', consentedAt: '2026-11-24T09:00:00+08:00', record: '电话录音 0912' },
  }),
  orderAction(
    'return-visit',
    'maintenance.return-visit',
    c.RecordWorkOrderReturnVisit,
    c.WorkOrderReturnVisitV1,
    {
      method: 'phone',
      satisfaction: 'satisfied',
      comments: '维修及时',
    },
  ),
  orderAction('settlement', 'maintenance.settlement.submit', c.SubmitSettlement, c.FinalAccountDetailsV1, {
    finalAccountFen: 12_000,
  }),
  orderAction(
    'settlement/review',
    'maintenance.settlement.review',
    c.ReviewSettlement,
    c.SettlementReviewDetailsV1,
    { settledFen: 11_500 },
  ),
  orderAction(
    'settlement/confirm',
    'maintenance.settlement.confirm',
    c.ConfirmSettlement,
    c.ContractorConfirmationDetailsV1,
    { contractorSignatory: '钱经理' },
  ),
  orderAction(
    'settlement/certify',
    'maintenance.settlement.certify',
    c.CertifySettlement,
    c.WorkOrderNoteV1,
    {},
  ),
  orderAction('settlement/pay', 'maintenance.settlement.pay', c.RetryFundDraw, c.WorkOrderNoteV1, {}),
  orderAction('cancel', 'maintenance.work-order.cancel', c.CancelWorkOrder, c.CancellationDetailsV1, {
    reason: '住户取消',
  }),
  read('/api/v1/paid-service-prices', c.ListPaidServicePrices),
  // MNT-7, MNT-13 (decision 0329): the repair-team directory
  {
    method: 'GET',
    template: '/api/v1/repair-teams',
    permission: 'maintenance.teams.read',
    status: 200,
    sends: c.ListRepairTeams,
    query: { communityId: 'GZ01' },
  },
  {
    method: 'POST',
    template: '/api/v1/repair-teams',
    permission: 'maintenance.teams',
    status: 201,
    sends: c.CreateRepairTeam,
    bodyClass: c.CreateRepairTeamV1,
    body: { id: '0193a000-0000-7000-8000-00000000a0e1', name: '工程维修二队', communityIds: ['GZ01'] },
  },
  {
    method: 'GET',
    template: '/api/v1/technician-scores',
    permission: 'maintenance.scores',
    status: 200,
    sends: c.GetTechnicianScores,
    query: { year: '2026', quarter: '4' },
  },
  {
    method: 'POST',
    template: '/api/v1/paid-service-prices',
    permission: 'maintenance.price-list',
    status: 200,
    sends: c.SetPaidServicePrice,
    bodyClass: c.SetPaidServicePriceV1,
    body: { code: 'faucet-replace', name: '更换水龙头', unit: '个', priceFen: 8_000 },
  },
  // MNT-12: proactive visits and the first-year equipment report
  {
    method: 'GET',
    template: '/api/v1/proactive-visits',
    permission: 'maintenance.proactive-visits.read',
    status: 200,
    sends: c.ListProactiveVisits,
    query: { communityId: 'GZ01', status: 'scheduled', dueBy: '2026-12-31', overdue: 'false', limit: '10' },
  },
  {
    method: 'GET',
    template: '/api/v1/proactive-visits/{id}',
    permission: 'maintenance.proactive-visits.read',
    status: 200,
    sends: c.GetProactiveVisit,
    fromPath: { id: PATH_ID },
  },
  {
    method: 'POST',
    template: '/api/v1/proactive-visits/{id}/record',
    permission: 'maintenance.proactive-visits.record',
    status: 200,
    sends: c.RecordProactiveVisit,
    bodyClass: c.ProactiveVisitRecordV1,
    body: { method: 'door', satisfaction: 'satisfied', findings: '卫生间地漏返味，已转报修' },
    fromPath: { visitId: PATH_ID },
  },
  {
    method: 'GET',
    template: '/api/v1/equipment-reports',
    permission: 'maintenance.equipment-reports.read',
    status: 200,
    sends: c.ListEquipmentReports,
    query: { status: 'due', overdue: 'true' },
  },
  {
    method: 'POST',
    template: '/api/v1/equipment-reports/{id}/submit',
    permission: 'maintenance.equipment-reports.submit',
    status: 200,
    sends: c.SubmitEquipmentReport,
    bodyClass: c.EquipmentReportSubmissionV1,
    body: { summary: '电梯、水泵、消防设备运行正常；2号楼水泵异响一次，已更换轴承。', faultCount: 1 },
    fromPath: { reportId: PATH_ID },
  },
];
