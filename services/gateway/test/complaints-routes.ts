import * as c from '@pcs/contracts';
import { complaintRegistration } from '@pcs/testing';
import {
  PATH_COMMUNITY,
  PATH_DATE,
  PATH_ID,
  type ResidentsRoute as GatewayRoute,
} from './residents-routes.js';

const action = (
  name: string,
  permission: GatewayRoute['permission'],
  sends: GatewayRoute['sends'],
  bodyClass: new () => object,
  body: Record<string, unknown>,
): GatewayRoute => ({
  method: 'POST',
  template: `/api/v1/complaints/{id}/${name}`,
  permission,
  status: 200,
  sends,
  bodyClass,
  body,
  fromPath: { complaintId: PATH_ID },
});

const handler = { staffId: 'staff-0501', name: '赵敏' };

/** Every route the gateway serves for the complaints service; the OpenAPI test checks it is complete. */
export const COMPLAINTS_ROUTES: readonly GatewayRoute[] = [
  {
    method: 'POST',
    template: '/api/v1/complaints',
    permission: 'complaints.register',
    status: 201,
    sends: c.RegisterComplaint,
    bodyClass: c.RegisterComplaintV1,
    body: complaintRegistration(),
  },
  {
    method: 'GET',
    template: '/api/v1/complaints',
    permission: 'complaints.read',
    status: 200,
    sends: c.ListComplaints,
    query: { status: 'registered', limit: '10' },
  },
  {
    method: 'GET',
    template: '/api/v1/complaints/return-visits',
    permission: 'complaints.visit',
    status: 200,
    sends: c.ListReturnVisits,
    query: { communityId: 'GZ01' },
  },
  {
    method: 'GET',
    template: '/api/v1/complaints/{id}',
    permission: 'complaints.read',
    status: 200,
    sends: c.GetComplaint,
    fromPath: { id: PATH_ID },
  },
  {
    method: 'GET',
    template: '/api/v1/complaints/{id}/history',
    permission: 'complaints.read',
    status: 200,
    sends: c.GetComplaintHistory,
    fromPath: { id: PATH_ID },
  },
  action('assign', 'complaints.assign', c.AssignComplaint, c.AssignmentV1, {
    department: 'cleaning',
    handler,
  }),
  action('acknowledge', 'complaints.handle', c.AcknowledgeComplaint, c.CustomerAcknowledgementV1, {
    promisedAt: '2026-11-25T18:00:00+08:00',
    note: '已告知业主明天下午处理',
  }),
  action('feedback', 'complaints.handle', c.RecordComplaintFeedback, c.DepartmentFeedbackV1, {
    feedback: '已安排保洁员明早清理',
  }),
  action('extend', 'complaints.extend', c.ExtendComplaintDeadline, c.DeadlineExtensionV1, {
    until: '2026-12-10T18:00:00+08:00',
    reason: '需等待配件到货',
    customerConsent: { consented: true, consentedAt: '2026-11-25T10:00:00+08:00', channel: 'call' },
  }),
  action('pause', 'complaints.handle', c.PauseComplaintDeadlines, c.DeadlinePauseV1, {
    reason: 'no-access',
    note: '业主出差',
  }),
  action('resume', 'complaints.handle', c.ResumeComplaintDeadlines, c.ResumptionV1, { note: '业主已回' }),
  action('escalate', 'complaints.escalate', c.EscalateComplaint, c.EscalationV1, {
    reason: '超出本部门权限',
  }),
  action(
    'acknowledge-escalation',
    'complaints.acknowledge-escalation',
    c.AcknowledgeComplaintEscalation,
    c.EscalationAcknowledgementV1,
    { level: 'supervisor', note: '已知悉' },
  ),
  action('flag-major', 'complaints.major', c.FlagMajorComplaint, c.MajorFlagV1, {
    reasons: ['group-complaint'],
    note: '6户业主联名投诉',
  }),
  action('meeting', 'complaints.meeting', c.RecordComplaintMeeting, c.MeetingRecordV1, {
    heldAt: '2026-11-26T15:00:00+08:00',
    attendees: ['周建国', '刘强'],
    minutes: '专题研究漏水整改方案',
  }),
  action('resolve', 'complaints.handle', c.ResolveComplaint, c.ResolutionV1, {
    measures: '更换感应灯',
    result: '灯已恢复正常',
  }),
  action('disagree', 'complaints.handle', c.RecordComplaintDisagreement, c.DisagreementV1, {
    reason: '业主认为处理不彻底',
  }),
  action('explain', 'complaints.explain', c.CloseComplaintAsExplained, c.ExplanationV1, {
    explanation: '已向业主解释该区域属市政管理范围',
  }),
  action('sign-off', 'complaints.sign-off', c.SignOffComplaint, c.DepartmentSignOffV1, {
    department: 'engineering',
  }),
  action('return-visit', 'complaints.visit', c.RecordReturnVisit, c.ReturnVisitV1, {
    method: 'phone',
    satisfaction: 'satisfied',
    comments: '业主表示满意',
  }),
  action('visit-attempt', 'complaints.visit', c.RecordVisitAttempt, c.VisitAttemptV1, {
    method: 'phone',
    note: '无人接听',
  }),
  action('exempt-visit', 'complaints.visit', c.ExemptReturnVisit, c.VisitExemptionV1, {
    exemption: 'sensitive',
    note: '涉及邻里纠纷，不宜回访',
  }),
  action('reopen', 'complaints.visit', c.ReopenComplaint, c.ReopeningV1, { reason: '业主来电反映问题复发' }),
  action('close', 'complaints.close', c.CloseComplaint, c.ClosingV1, { note: '回访满意，结案' }),
  action('answer', 'complaints.handle', c.AnswerComplaint, c.AnswerV1, {
    answer: '感谢您的建议，已转相关部门',
  }),
  action('merge', 'complaints.merge', c.MergeComplaint, c.MergeV1, {
    intoId: '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8c',
    reason: '同一事项重复登记',
  }),

  // CMP-6: the daily reconciliation
  {
    method: 'GET',
    template: '/api/v1/complaints/reconciliations/{communityId}/{date}',
    permission: 'complaints.reconciliation.read',
    status: 200,
    sends: c.GetDayReconciliation,
    fromPath: { communityId: PATH_COMMUNITY, date: PATH_DATE },
  },
  {
    method: 'POST',
    template: '/api/v1/complaints/reconciliations/{communityId}/{date}/sign-off',
    permission: 'complaints.reconciliation.sign',
    status: 200,
    sends: c.SignOffDay,
    bodyClass: c.DaySignOffV1,
    body: { note: '当日登记已逐条核对，未分派两件已补派' },
    fromPath: { communityId: PATH_COMMUNITY, date: PATH_DATE },
  },

  // CMP-4: the desk's call-back list
  {
    method: 'GET',
    template: '/api/v1/complaints/call-backs',
    permission: 'complaints.call-back',
    status: 200,
    sends: c.ListCallBacks,
    query: { communityId: 'GZ01', status: 'open' },
  },
  {
    method: 'POST',
    template: '/api/v1/complaints/call-backs/{id}/done',
    permission: 'complaints.call-back',
    status: 200,
    sends: c.CompleteCallBack,
    bodyClass: c.CallBackOutcomeV1,
    body: { outcome: '已电话告知业主投诉已上报客服经理' },
    fromPath: { callBackId: PATH_ID },
  },

  // DESK-1: shift handovers
  {
    method: 'POST',
    template: '/api/v1/shift-handovers',
    permission: 'shift-handovers.hand-over',
    status: 201,
    sends: c.CreateShiftHandover,
    bodyClass: c.CreateShiftHandoverV1,
    body: {
      communityId: 'GZ01',
      to: { staffId: 'staff-0002', name: '张伟' },
      shiftEndsAt: '2026-11-25T17:30:00+08:00',
      summary: '白班共接来电12个，3栋漏水已派工程部',
      notes: '钥匙柜钥匙已清点',
    },
  },
  {
    method: 'GET',
    template: '/api/v1/shift-handovers',
    permission: 'shift-handovers.read',
    status: 200,
    sends: c.ListShiftHandovers,
    query: { communityId: 'GZ01', date: PATH_DATE, reviewed: 'false' },
  },
  {
    method: 'GET',
    template: '/api/v1/shift-handovers/{id}',
    permission: 'shift-handovers.read',
    status: 200,
    sends: c.GetShiftHandover,
    fromPath: { id: PATH_ID },
  },
  ...(
    [
      [
        'accept',
        'shift-handovers.answer',
        c.AcceptShiftHandover,
        c.ShiftHandoverAcceptanceV1,
        { note: '已清点' },
      ],
      [
        'refuse',
        'shift-handovers.answer',
        c.RefuseShiftHandover,
        c.ShiftHandoverRefusalV1,
        { reason: '漏水事项未写明进展' },
      ],
      [
        'review',
        'shift-handovers.review',
        c.ReviewShiftHandover,
        c.ShiftHandoverReviewV1,
        { note: '交接清楚' },
      ],
    ] as const
  ).map(([name, permission, sends, bodyClass, body]): GatewayRoute => ({
    method: 'POST',
    template: `/api/v1/shift-handovers/{id}/${name}`,
    permission,
    status: 200,
    sends,
    bodyClass,
    body,
    fromPath: { handoverId: PATH_ID },
  })),
];
