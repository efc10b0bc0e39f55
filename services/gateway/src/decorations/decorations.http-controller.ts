import { applyDecorators, Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  ConfirmDamageRepair,
  RepairConfirmationV1,
  ApplyForDecoration,
  ApplyForDecorationV1,
  CancelDecoration,
  CancellationV1,
  DecorationDocumentsV1,
  DecorationInspectionV1,
  DecorationView,
  GetDecoration,
  IssueWorkerPasses,
  ListDecorations,
  ListDecorationsV1,
  PatrolFindingV1,
  RecordDecorationInspection,
  RecordPatrolFinding,
  RequestDecorationInspection,
  ReviewDecisionV1,
  ReviewDecoration,
  SubmitDecoration,
  UpdateDecorationDocuments,
  WorkerPassesV1,
  type Page,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { IdParam } from '../http/id-param.js';
import { NoBody } from '../http/no-body.js';
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

const NOT_FOUND = "No such decoration application in the caller's communities";
const STATUS = "INVALID_STATE_TRANSITION: the application's status does not allow it";

/** What every action on an application shares: the path id, the updated application, the problems. */
const ApiDecorationAction = (): MethodDecorator =>
  applyDecorators(
    ApiIdPath('The decoration application'),
    ApiOk(DecorationView),
    ApiBadInput(),
    ApiNotFound(NOT_FOUND),
    ApiIdempotent(STATUS),
  );

/**
 * RES-5: secondary decoration (二次装修), from the application to the inspection that starts the
 * deposit refund clock. `POST /decorations/{id}/{action}` is one explicit route per action: each has
 * its own permission and body, which a single `:action` route could neither check nor document.
 */
@ApiTag('decorations')
@ApiServedBy('residents')
@Controller('api/v1/decorations')
export class DecorationsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @HttpCode(201)
  @RequiresPermission('decorations.apply')
  @ApiOperation({ summary: '装修申请 Apply for a secondary decoration; it starts as a draft (RES-5)' })
  @ApiJsonBody(ApplyForDecorationV1)
  @ApiCreates(DecorationView)
  @ApiBadInput()
  @ApiNotFound("No such unit or applicant in the caller's communities")
  @ApiRefused(
    'BUSINESS_RULE_VIOLATED: the applicant is not a current owner of the unit (a tenant may not apply), or the unit has an open application',
  )
  applyForDecoration(@Body() body: ApplyForDecorationV1): Promise<DecorationView> {
    return this.bus.request(ApplyForDecoration, body);
  }

  @Get()
  @RequiresPermission('decorations.read')
  @ApiOperation({ summary: '装修申请列表 Decoration applications by community, unit or status (RES-5)' })
  @ApiQueryOf(ListDecorationsV1)
  @ApiPage(DecorationView)
  @ApiBadInput()
  listDecorations(@Query() query: ListDecorationsV1): Promise<Page<DecorationView>> {
    return this.bus.request(ListDecorations, query);
  }

  @Get(':id')
  @RequiresPermission('decorations.read')
  @ApiOperation({ summary: '查看装修申请 Read a decoration application with its history (RES-5, GEN-3)' })
  @ApiIdPath('The decoration application')
  @ApiOk(DecorationView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  getDecoration(@Param() params: IdParam): Promise<DecorationView> {
    return this.bus.request(GetDecoration, { id: params.id });
  }

  @Put(':id/documents')
  @RequiresPermission('decorations.apply')
  @ApiOperation({
    summary: '更新申请资料 Replace the documents of a draft or returned application (RES-5)',
  })
  @ApiJsonBody(DecorationDocumentsV1)
  @ApiDecorationAction()
  updateDecorationDocuments(
    @Param() params: IdParam,
    @Body() body: DecorationDocumentsV1,
  ): Promise<DecorationView> {
    return this.bus.request(UpdateDecorationDocuments, { ...body, decorationId: params.id });
  }

  @Post(':id/submit')
  @HttpCode(200)
  @RequiresPermission('decorations.apply')
  @ApiOperation({
    summary: '提交申请 Submit the application; the deposit and waste-removal fee are billed (RES-5)',
  })
  @ApiDecorationAction()
  @ApiRefused('BUSINESS_RULE_VIOLATED: the application has no drawings or no workers')
  submitDecoration(@Param() params: IdParam, @NoBody() _body: undefined): Promise<DecorationView> {
    return this.bus.request(SubmitDecoration, { decorationId: params.id });
  }

  @Post(':id/review')
  @HttpCode(200)
  @RequiresPermission('decorations.review')
  @ApiOperation({
    summary: '图纸审核 Approve the drawings, or reject them with reasons and return the application (RES-5)',
  })
  @ApiJsonBody(ReviewDecisionV1)
  @ApiDecorationAction()
  reviewDecoration(@Param() params: IdParam, @Body() body: ReviewDecisionV1): Promise<DecorationView> {
    return this.bus.request(ReviewDecoration, { ...body, decorationId: params.id });
  }

  @Post(':id/issue-passes')
  @HttpCode(200)
  @RequiresPermission('decorations.passes')
  @ApiOperation({ summary: '发放施工人员出入证 Issue worker passes; the works start (RES-5)' })
  @ApiJsonBody(WorkerPassesV1)
  @ApiDecorationAction()
  @ApiRefused('BUSINESS_RULE_VIOLATED: the unit is already under decoration works')
  issueWorkerPasses(@Param() params: IdParam, @Body() body: WorkerPassesV1): Promise<DecorationView> {
    return this.bus.request(IssueWorkerPasses, { ...body, decorationId: params.id });
  }

  @Post(':id/patrol-findings')
  @HttpCode(200)
  @RequiresPermission('decorations.patrol')
  @ApiOperation({
    summary: '装修巡查记录 Record a patrol finding; damage is charged against the deposit (RES-5)',
  })
  @ApiJsonBody(PatrolFindingV1)
  @ApiDecorationAction()
  recordPatrolFinding(@Param() params: IdParam, @Body() body: PatrolFindingV1): Promise<DecorationView> {
    return this.bus.request(RecordPatrolFinding, { ...body, decorationId: params.id });
  }

  @Post(':id/request-inspection')
  @HttpCode(200)
  @RequiresPermission('decorations.apply')
  @ApiOperation({ summary: '申请竣工验收 Ask for the completion inspection or re-inspection (RES-5)' })
  @ApiDecorationAction()
  requestDecorationInspection(@Param() params: IdParam, @NoBody() _body: undefined): Promise<DecorationView> {
    return this.bus.request(RequestDecorationInspection, { decorationId: params.id });
  }

  @Post(':id/inspection')
  @HttpCode(200)
  @RequiresPermission('decorations.inspect')
  @ApiOperation({
    summary:
      '竣工验收 Record the completion inspection: passed (the 90-day deposit refund clock starts) or failed with items to fix (RES-5, BIL-9)',
  })
  @ApiJsonBody(DecorationInspectionV1)
  @ApiDecorationAction()
  recordDecorationInspection(
    @Param() params: IdParam,
    @Body() body: DecorationInspectionV1,
  ): Promise<DecorationView> {
    return this.bus.request(RecordDecorationInspection, { ...body, decorationId: params.id });
  }

  @Post(':id/repair-confirmations')
  @HttpCode(200)
  @RequiresPermission('decorations.inspect')
  @ApiOperation({
    summary:
      '复查业主自行修复 Confirm at re-inspection that the resident repaired a damage; a repair not done is charged to the deposit (RES-5, BIL-8)',
  })
  @ApiJsonBody(RepairConfirmationV1)
  @ApiDecorationAction()
  @ApiRefused('BUSINESS_RULE_VIOLATED: no such pending repair on this application')
  confirmDamageRepair(@Param() params: IdParam, @Body() body: RepairConfirmationV1): Promise<DecorationView> {
    return this.bus.request(ConfirmDamageRepair, { ...body, decorationId: params.id });
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequiresPermission('decorations.apply')
  @ApiOperation({ summary: '撤回申请 Withdraw an application before the works start (RES-5)' })
  @ApiJsonBody(CancellationV1)
  @ApiDecorationAction()
  cancelDecoration(@Param() params: IdParam, @Body() body: CancellationV1): Promise<DecorationView> {
    return this.bus.request(CancelDecoration, { ...body, decorationId: params.id });
  }
}
