import { applyDecorators, Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  AcknowledgeComplaint,
  AcknowledgeComplaintEscalation,
  AnswerComplaint,
  AnswerV1,
  AssignComplaint,
  AssignmentV1,
  CategoriseComplaint,
  CategorisationV1,
  CloseComplaint,
  CloseComplaintAsExplained,
  ClosingV1,
  ComplaintHistoryView,
  ComplaintView,
  CustomerAcknowledgementV1,
  DeadlineExtensionV1,
  DeadlinePauseV1,
  DepartmentFeedbackV1,
  DepartmentSignOffV1,
  DisagreementV1,
  EscalateComplaint,
  EscalationAcknowledgementV1,
  EscalationV1,
  ExemptReturnVisit,
  ExplanationV1,
  ExtendComplaintDeadline,
  FlagMajorComplaint,
  GetComplaint,
  GetComplaintHistory,
  ListComplaints,
  ListComplaintsV1,
  ListReturnVisits,
  ListReturnVisitsV1,
  GetComplaintCounts,
  GetComplaintCountsV1,
  ComplaintCountsView,
  MajorFlagV1,
  MeetingRecordV1,
  MergeComplaint,
  MergeV1,
  PauseComplaintDeadlines,
  RecordComplaintDisagreement,
  RecordComplaintFeedback,
  RecordComplaintMeeting,
  RecordReturnVisit,
  RecordVisitAttempt,
  RegisterComplaint,
  RegisterComplaintV1,
  ReopenComplaint,
  ReopeningV1,
  ResolutionV1,
  ResolveComplaint,
  ResumeComplaintDeadlines,
  ResumptionV1,
  ReturnVisitV1,
  SignOffComplaint,
  VisitAttemptV1,
  VisitExemptionV1,
  type Page,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { IdParam } from '../http/id-param.js';
import {
  ApiBadInput,
  ApiCreates,
  ApiIdPath,
  ApiIdempotent,
  ApiJsonBody,
  ApiNotFound,
  ApiOk,
  ApiPage,
  ApiQueryOf,
  ApiRefused,
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

const NOT_FOUND = "No such register entry in the caller's communities";
const STATUS = "INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action";

/** What every action on an entry shares: the path id, its body, the updated entry, the problems. */
const ApiComplaintAction = (body: Parameters<typeof ApiJsonBody>[0], refused?: string): MethodDecorator =>
  applyDecorators(
    HttpCode(200),
    ApiIdPath('The register entry'),
    ApiJsonBody(body),
    ApiOk(ComplaintView),
    ApiBadInput(),
    ApiNotFound(NOT_FOUND),
    ApiIdempotent(STATUS),
    ...(refused ? [ApiRefused(`BUSINESS_RULE_VIOLATED: ${refused}`)] : []),
  );

/**
 * CMP-1 … CMP-10, CMP-13, CMP-16, DESK-2: the call/visit register and every action on an entry. One
 * explicit route per action, `POST /complaints/{id}/{action}`, each with its permission and body.
 */
@ApiTag('complaints')
@ApiServedBy('complaints')
@Controller('api/v1/complaints')
export class ComplaintsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @HttpCode(201)
  @RequiresPermission('complaints.register')
  @ApiOperation({
    summary:
      '来电来访登记 Register a call, visit, letter or message: complaint, suggestion, praise, enquiry or repair (CMP-1, DESK-2)',
  })
  @ApiJsonBody(RegisterComplaintV1)
  @ApiCreates(ComplaintView)
  @ApiBadInput()
  @ApiNotFound("The community is not one of the caller's")
  registerComplaint(@Body() body: RegisterComplaintV1): Promise<ComplaintView> {
    return this.bus.request(RegisterComplaint, body);
  }

  @Get()
  @RequiresPermission('complaints.read')
  @ApiOperation({
    summary:
      '来电来访登记表 Search the register by date, community, building, unit, kind, category, status, handler, channel, overdue or phone (DESK-2)',
  })
  @ApiQueryOf(ListComplaintsV1)
  @ApiPage(ComplaintView)
  @ApiBadInput()
  listComplaints(@Query() query: ListComplaintsV1): Promise<Page<ComplaintView>> {
    return this.bus.request(ListComplaints, query);
  }

  @Get('return-visits')
  @RequiresPermission('complaints.visit')
  @ApiOperation({
    summary: '回访队列 Resolved complaints waiting for their return visit, oldest first (CMP-9, DESK-4)',
  })
  @ApiQueryOf(ListReturnVisitsV1)
  @ApiPage(ComplaintView)
  @ApiBadInput()
  listReturnVisits(@Query() query: ListReturnVisitsV1): Promise<Page<ComplaintView>> {
    return this.bus.request(ListReturnVisits, query);
  }

  @Get('counts')
  @RequiresPermission('complaints.read')
  @ApiOperation({
    summary:
      '登记队列统计 Open entries per status, and how many are overdue, escalated or major, for a community or every community the caller sees (DESK-2)',
  })
  @ApiQueryOf(GetComplaintCountsV1)
  @ApiOk(ComplaintCountsView)
  @ApiBadInput()
  @ApiNotFound("The community is not one of the caller's")
  getComplaintCounts(@Query() query: GetComplaintCountsV1): Promise<ComplaintCountsView> {
    return this.bus.request(GetComplaintCounts, query);
  }

  @Get(':id')
  @RequiresPermission('complaints.read')
  @ApiOperation({ summary: '查看登记 Read a register entry with its deadlines' })
  @ApiIdPath('The register entry')
  @ApiOk(ComplaintView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  getComplaint(@Param() params: IdParam): Promise<ComplaintView> {
    return this.bus.request(GetComplaint, { id: params.id });
  }

  @Get(':id/history')
  @RequiresPermission('complaints.read')
  @ApiOperation({
    summary: '处理记录 The history of an entry and of the entries merged into it (GEN-3, CMP-16)',
  })
  @ApiIdPath('The register entry')
  @ApiOk(ComplaintHistoryView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  getComplaintHistory(@Param() params: IdParam): Promise<ComplaintHistoryView> {
    return this.bus.request(GetComplaintHistory, { id: params.id });
  }

  @Post(':id/assign')
  @RequiresPermission('complaints.assign')
  @ApiOperation({ summary: '分派 Route to the responsible department and a named handler (CMP-2)' })
  @ApiComplaintAction(AssignmentV1, 'an uncategorised entry needs a department')
  assignComplaint(@Param() p: IdParam, @Body() body: AssignmentV1): Promise<ComplaintView> {
    return this.bus.request(AssignComplaint, { ...body, complaintId: p.id });
  }

  @Post(':id/acknowledge')
  @RequiresPermission('complaints.handle')
  @ApiOperation({ summary: '回复客户 The customer was told when it will be resolved, the same day (CMP-3)' })
  @ApiComplaintAction(CustomerAcknowledgementV1, 'the promised time has passed')
  acknowledgeComplaint(@Param() p: IdParam, @Body() body: CustomerAcknowledgementV1): Promise<ComplaintView> {
    return this.bus.request(AcknowledgeComplaint, { ...body, complaintId: p.id });
  }

  @Post(':id/feedback')
  @RequiresPermission('complaints.handle')
  @ApiOperation({
    summary: '部门反馈 The responsible department’s feedback, due 3 working days after assignment (CMP-3)',
  })
  @ApiComplaintAction(DepartmentFeedbackV1)
  recordComplaintFeedback(@Param() p: IdParam, @Body() body: DepartmentFeedbackV1): Promise<ComplaintView> {
    return this.bus.request(RecordComplaintFeedback, { ...body, complaintId: p.id });
  }

  @Post(':id/extend')
  @RequiresPermission('complaints.extend')
  @ApiOperation({
    summary: '延期 Extend the resolution deadline with the customer’s recorded consent (CMP-3)',
  })
  @ApiComplaintAction(DeadlineExtensionV1, 'the new deadline is not later, or the repair follows maintenance')
  extendComplaintDeadline(@Param() p: IdParam, @Body() body: DeadlineExtensionV1): Promise<ComplaintView> {
    return this.bus.request(ExtendComplaintDeadline, { ...body, complaintId: p.id });
  }

  @Post(':id/pause')
  @RequiresPermission('complaints.handle')
  @ApiOperation({ summary: '暂停计时 Pause the timers while the matter waits on the customer (CMP-14)' })
  @ApiComplaintAction(DeadlinePauseV1, 'the timers are already paused')
  pauseComplaintDeadlines(@Param() p: IdParam, @Body() body: DeadlinePauseV1): Promise<ComplaintView> {
    return this.bus.request(PauseComplaintDeadlines, { ...body, complaintId: p.id });
  }

  @Post(':id/resume')
  @RequiresPermission('complaints.handle')
  @ApiOperation({ summary: '恢复计时 Resume the timers with the time that was left (CMP-14)' })
  @ApiComplaintAction(ResumptionV1, 'the timers are not paused')
  resumeComplaintDeadlines(@Param() p: IdParam, @Body() body: ResumptionV1): Promise<ComplaintView> {
    return this.bus.request(ResumeComplaintDeadlines, { ...body, complaintId: p.id });
  }

  @Post(':id/escalate')
  @RequiresPermission('complaints.escalate')
  @ApiOperation({ summary: '上报 Escalate one level, with a reason; the customer is told (CMP-4)' })
  @ApiComplaintAction(EscalationV1, 'the general manager already has it')
  escalateComplaint(@Param() p: IdParam, @Body() body: EscalationV1): Promise<ComplaintView> {
    return this.bus.request(EscalateComplaint, { ...body, complaintId: p.id });
  }

  @Post(':id/acknowledge-escalation')
  @RequiresPermission('complaints.acknowledge-escalation')
  @ApiOperation({
    summary:
      '确认上报 The supervisor, manager or general manager acknowledges the escalation to their level (CMP-4)',
  })
  @ApiComplaintAction(EscalationAcknowledgementV1, 'nothing waits for acknowledgement at that level')
  acknowledgeComplaintEscalation(
    @Param() p: IdParam,
    @Body() body: EscalationAcknowledgementV1,
  ): Promise<ComplaintView> {
    return this.bus.request(AcknowledgeComplaintEscalation, { ...body, complaintId: p.id });
  }

  @Post(':id/flag-major')
  @RequiresPermission('complaints.major')
  @ApiOperation({
    summary: '重大投诉 Flag a major complaint: straight to the manager and general manager (CMP-5)',
  })
  @ApiComplaintAction(MajorFlagV1, 'it is already major')
  flagMajorComplaint(@Param() p: IdParam, @Body() body: MajorFlagV1): Promise<ComplaintView> {
    return this.bus.request(FlagMajorComplaint, { ...body, complaintId: p.id });
  }

  @Post(':id/meeting')
  @RequiresPermission('complaints.meeting')
  @ApiOperation({
    summary: '专题会议纪要 Record the special meeting a major complaint needs before it closes (CMP-5)',
  })
  @ApiComplaintAction(MeetingRecordV1)
  recordComplaintMeeting(@Param() p: IdParam, @Body() body: MeetingRecordV1): Promise<ComplaintView> {
    return this.bus.request(RecordComplaintMeeting, { ...body, complaintId: p.id });
  }

  @Post(':id/resolve')
  @RequiresPermission('complaints.handle')
  @ApiOperation({
    summary:
      '处理完毕 Record the measures and the result; the return visit is due in 1 working day (CMP-8, CMP-9)',
  })
  @ApiComplaintAction(ResolutionV1)
  resolveComplaint(@Param() p: IdParam, @Body() body: ResolutionV1): Promise<ComplaintView> {
    return this.bus.request(ResolveComplaint, { ...body, complaintId: p.id });
  }

  @Post(':id/disagree')
  @RequiresPermission('complaints.handle')
  @ApiOperation({ summary: '客户不认可 The customer disagrees: back to negotiation, not closed (CMP-8)' })
  @ApiComplaintAction(DisagreementV1)
  recordComplaintDisagreement(@Param() p: IdParam, @Body() body: DisagreementV1): Promise<ComplaintView> {
    return this.bus.request(RecordComplaintDisagreement, { ...body, complaintId: p.id });
  }

  @Post(':id/explain')
  @RequiresPermission('complaints.explain')
  @ApiOperation({
    summary: '无理投诉已解释 Close an unreasonable complaint with the explanation given (CMP-8)',
  })
  @ApiComplaintAction(ExplanationV1)
  closeComplaintAsExplained(@Param() p: IdParam, @Body() body: ExplanationV1): Promise<ComplaintView> {
    return this.bus.request(CloseComplaintAsExplained, { ...body, complaintId: p.id });
  }

  @Post(':id/sign-off')
  @RequiresPermission('complaints.sign-off')
  @ApiOperation({ summary: '部门签字认可 A department involved acknowledges the record (CMP-8)' })
  @ApiComplaintAction(DepartmentSignOffV1, 'the department already signed')
  signOffComplaint(@Param() p: IdParam, @Body() body: DepartmentSignOffV1): Promise<ComplaintView> {
    return this.bus.request(SignOffComplaint, { ...body, complaintId: p.id });
  }

  @Post(':id/return-visit')
  @RequiresPermission('complaints.visit')
  @ApiOperation({
    summary: '回访 Record the return visit and the satisfaction; dissatisfied reopens (CMP-9)',
  })
  @ApiComplaintAction(ReturnVisitV1, 'no visit is due, or the resident refused visits (CMP-10)')
  recordReturnVisit(@Param() p: IdParam, @Body() body: ReturnVisitV1): Promise<ComplaintView> {
    return this.bus.request(RecordReturnVisit, { ...body, complaintId: p.id });
  }

  @Post(':id/visit-attempt')
  @RequiresPermission('complaints.visit')
  @ApiOperation({
    summary:
      '回访未接通 An attempt that did not reach the customer; the third makes them unreachable (DESK-4)',
  })
  @ApiComplaintAction(VisitAttemptV1, 'no visit is due')
  recordVisitAttempt(@Param() p: IdParam, @Body() body: VisitAttemptV1): Promise<ComplaintView> {
    return this.bus.request(RecordVisitAttempt, { ...body, complaintId: p.id });
  }

  @Post(':id/exempt-visit')
  @RequiresPermission('complaints.visit')
  @ApiOperation({ summary: '免回访 Exempt from the return visit, with the reason (CMP-9)' })
  @ApiComplaintAction(VisitExemptionV1, 'no visit is due')
  exemptReturnVisit(@Param() p: IdParam, @Body() body: VisitExemptionV1): Promise<ComplaintView> {
    return this.bus.request(ExemptReturnVisit, { ...body, complaintId: p.id });
  }

  @Post(':id/reopen')
  @RequiresPermission('complaints.visit')
  @ApiOperation({ summary: '重新处理 Reopen a resolved or closed complaint (CMP-9)' })
  @ApiComplaintAction(ReopeningV1)
  reopenComplaint(@Param() p: IdParam, @Body() body: ReopeningV1): Promise<ComplaintView> {
    return this.bus.request(ReopenComplaint, { ...body, complaintId: p.id });
  }

  @Post(':id/close')
  @RequiresPermission('complaints.close')
  @ApiOperation({
    summary: '结案 Close a resolved complaint whose return visit is done or exempt (CMP-5, CMP-9)',
  })
  @ApiComplaintAction(ClosingV1, 'no return visit yet, or a major complaint without its meeting record')
  closeComplaint(@Param() p: IdParam, @Body() body: ClosingV1): Promise<ComplaintView> {
    return this.bus.request(CloseComplaint, { ...body, complaintId: p.id });
  }

  @Post(':id/answer')
  @RequiresPermission('complaints.handle')
  @ApiOperation({ summary: '答复 Answer a suggestion, praise or enquiry (CMP-13)' })
  @ApiComplaintAction(AnswerV1)
  answerComplaint(@Param() p: IdParam, @Body() body: AnswerV1): Promise<ComplaintView> {
    return this.bus.request(AnswerComplaint, { ...body, complaintId: p.id });
  }

  @Post(':id/merge')
  @RequiresPermission('complaints.merge')
  @ApiOperation({
    summary: '合并重复登记 Merge a duplicate into the entry that stays; both histories are kept (CMP-16)',
  })
  @ApiComplaintAction(MergeV1, 'the entry that stays is closed or in another community')
  mergeComplaint(@Param() p: IdParam, @Body() body: MergeV1): Promise<ComplaintView> {
    return this.bus.request(MergeComplaint, { ...body, complaintId: p.id });
  }

  @Post(':id/category')
  @RequiresPermission('complaints.categorise')
  @ApiOperation({
    summary:
      '设定类别 Set or correct the category with a reason; an unrouted entry goes to the category’s department (CMP-2, GEN-3)',
  })
  @ApiComplaintAction(CategorisationV1, 'the entry already has that category')
  categoriseComplaint(@Param() p: IdParam, @Body() body: CategorisationV1): Promise<ComplaintView> {
    return this.bus.request(CategoriseComplaint, { ...body, complaintId: p.id });
  }
}
