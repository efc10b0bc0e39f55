import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  DecideFileAccess,
  FileAccessDecisionV1,
  FileAccessPurposeV1,
  FileAccessRequestView,
  ListFileAccessRequests,
  ListFileAccessRequestsV1,
  ReadResidentFile,
  RequestFileAccess,
  ResidentFileView,
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

const NOT_FOUND = "No such file request in the caller's communities";

/** RES-8: borrowing or exporting a resident's file needs a manager's approval; every read is logged. */
@ApiTag('file-access')
@ApiServedBy('residents')
@Controller('api/v1')
export class FileAccessHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post('people/:id/file-access-requests')
  @HttpCode(201)
  @RequiresPermission('file-access.request')
  @ApiOperation({ summary: "申请调阅档案 Ask to borrow or export a resident's file (RES-8)" })
  @ApiIdPath('The person whose file is asked for')
  @ApiJsonBody(FileAccessPurposeV1)
  @ApiCreates(FileAccessRequestView)
  @ApiBadInput()
  @ApiNotFound("No such person in the caller's communities")
  requestFileAccess(
    @Param() params: IdParam,
    @Body() body: FileAccessPurposeV1,
  ): Promise<FileAccessRequestView> {
    return this.bus.request(RequestFileAccess, { ...body, personId: params.id });
  }

  @Get('file-access-requests')
  @RequiresPermission('file-access.read')
  @ApiOperation({ summary: '档案调阅申请列表 File requests by community and status (RES-8)' })
  @ApiQueryOf(ListFileAccessRequestsV1)
  @ApiPage(FileAccessRequestView)
  @ApiBadInput()
  listFileAccessRequests(@Query() query: ListFileAccessRequestsV1): Promise<Page<FileAccessRequestView>> {
    return this.bus.request(ListFileAccessRequests, query);
  }

  @Get('file-access-requests/mine')
  @RequiresPermission('file-access.request')
  @ApiOperation({
    summary: "我的档案调阅申请 The caller's own file requests and whether they were approved (RES-8)",
  })
  @ApiQueryOf(ListFileAccessRequestsV1, 'mine')
  @ApiPage(FileAccessRequestView)
  @ApiBadInput()
  listMyFileAccessRequests(@Query() query: ListFileAccessRequestsV1): Promise<Page<FileAccessRequestView>> {
    return this.bus.request(ListFileAccessRequests, { ...query, mine: true });
  }

  @Post('file-access-requests/:id/decision')
  @HttpCode(200)
  @RequiresPermission('file-access.decide')
  @ApiOperation({
    summary: '审批档案调阅 A manager approves or rejects a file request, never their own (RES-8)',
  })
  @ApiIdPath('The file request')
  @ApiJsonBody(FileAccessDecisionV1)
  @ApiOk(FileAccessRequestView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  @ApiIdempotent('INVALID_STATE_TRANSITION: the request has already been decided')
  decideFileAccess(
    @Param() params: IdParam,
    @Body() body: FileAccessDecisionV1,
  ): Promise<FileAccessRequestView> {
    return this.bus.request(DecideFileAccess, { ...body, requestId: params.id });
  }

  // A GET although each read is logged: the log records a read, it changes nothing in the file, and
  // reading again is safe.
  @Get('file-access-requests/:id/file')
  @RequiresPermission('file-access.request')
  @ApiOperation({
    summary: '查看已批准的档案 Read the approved file in full, unmasked; every read is logged (RES-8, GEN-4)',
  })
  @ApiIdPath('The approved file request')
  @ApiOk(ResidentFileView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  @ApiRefused("FILE_ACCESS_NOT_APPROVED: the request is not approved, not the caller's, or expired")
  readResidentFile(@Param() params: IdParam): Promise<ResidentFileView> {
    return this.bus.request(ReadResidentFile, { requestId: params.id });
  }
}
