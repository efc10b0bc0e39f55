import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  CallBackOutcomeV1,
  CallBackView,
  CompleteCallBack,
  ListCallBacks,
  ListCallBacksV1,
  type Page,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { IdParam } from '../http/id-param.js';
import {
  ApiBadInput,
  ApiIdPath,
  ApiIdempotent,
  ApiJsonBody,
  ApiNotFound,
  ApiOk,
  ApiPage,
  ApiQueryOf,
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

/** CMP-4: the desk's call-back list (回电清单): customers to tell that their complaint was escalated. */
@ApiTag('complaints')
@ApiServedBy('complaints')
@Controller('api/v1/complaints/call-backs')
export class CallBacksHttpController {
  constructor(private readonly bus: BusClient) {}

  @Get()
  @RequiresPermission('complaints.call-back')
  @ApiOperation({
    summary:
      '回电清单 Customers to call back after an escalation: open ones oldest due first, done ones newest first (CMP-4)',
  })
  @ApiQueryOf(ListCallBacksV1)
  @ApiPage(CallBackView)
  @ApiBadInput()
  listCallBacks(@Query() query: ListCallBacksV1): Promise<Page<CallBackView>> {
    return this.bus.request(ListCallBacks, query);
  }

  @Post(':id/done')
  @HttpCode(200)
  @RequiresPermission('complaints.call-back')
  @ApiOperation({ summary: '已回电 The customer was called back; record what came of it (CMP-4)' })
  @ApiIdPath('The call-back')
  @ApiJsonBody(CallBackOutcomeV1)
  @ApiOk(CallBackView)
  @ApiBadInput()
  @ApiNotFound("No such call-back in the caller's communities")
  @ApiIdempotent('INVALID_STATE_TRANSITION: the call-back is done already')
  completeCallBack(@Param() p: IdParam, @Body() body: CallBackOutcomeV1): Promise<CallBackView> {
    return this.bus.request(CompleteCallBack, { ...body, callBackId: p.id });
  }
}
