import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  EarlyWarningActionV1,
  EarlyWarningRuleV1,
  EarlyWarningRuleView,
  EarlyWarningView,
  GetEarlyWarning,
  GetEarlyWarningRule,
  IncidentFromWarningV1,
  IncidentView,
  ListEarlyWarnings,
  ListEarlyWarningsV1,
  OpenIncidentFromWarning,
  RecordEarlyWarningAction,
  SetEarlyWarningRule,
  type Page,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { CommunityIdParam } from '../http/community-id-param.js';
import { IdParam } from '../http/id-param.js';
import {
  ApiBadInput,
  ApiCommunityPath,
  ApiCreates,
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

const NOT_FOUND = "No such early warning in the caller's communities";

/** CMP-11: early warnings (预警) raised when complaints cluster, and what was done about them. */
@ApiTag('incidents')
@ApiServedBy('complaints')
@Controller('api/v1')
export class EarlyWarningsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Get('early-warnings')
  @RequiresPermission('incidents.read')
  @ApiOperation({
    summary: '投诉预警 Early warnings newest first; status=open is what still needs doing (CMP-11)',
  })
  @ApiQueryOf(ListEarlyWarningsV1)
  @ApiPage(EarlyWarningView)
  @ApiBadInput()
  listEarlyWarnings(@Query() query: ListEarlyWarningsV1): Promise<Page<EarlyWarningView>> {
    return this.bus.request(ListEarlyWarnings, query);
  }

  @Get('early-warnings/:id')
  @RequiresPermission('incidents.read')
  @ApiOperation({ summary: '查看预警 One early warning with its complaints and what was done (CMP-11)' })
  @ApiIdPath('The early warning')
  @ApiOk(EarlyWarningView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  getEarlyWarning(@Param() p: IdParam): Promise<EarlyWarningView> {
    return this.bus.request(GetEarlyWarning, { id: p.id });
  }

  @Post('early-warnings/:id/actions')
  @HttpCode(200)
  @RequiresPermission('incidents.manage')
  @ApiOperation({
    summary: '预警处理记录 Record what was done about a warning; close=true settles it (CMP-11)',
  })
  @ApiIdPath('The early warning')
  @ApiJsonBody(EarlyWarningActionV1)
  @ApiOk(EarlyWarningView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  @ApiIdempotent('INVALID_STATE_TRANSITION: closing a warning that is settled already')
  recordEarlyWarningAction(
    @Param() p: IdParam,
    @Body() body: EarlyWarningActionV1,
  ): Promise<EarlyWarningView> {
    return this.bus.request(RecordEarlyWarningAction, { ...body, warningId: p.id });
  }

  @Post('early-warnings/:id/incident')
  @HttpCode(201)
  @RequiresPermission('incidents.manage')
  @ApiOperation({
    summary:
      "预警转突发事件 Turn a warning into an incident with the warning's open complaints; the building gets one notice (CMP-11, CMP-15)",
  })
  @ApiIdPath('The early warning')
  @ApiJsonBody(IncidentFromWarningV1)
  @ApiCreates(IncidentView, 'INVALID_STATE_TRANSITION: the warning is settled or an incident already')
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  openIncidentFromWarning(@Param() p: IdParam, @Body() body: IncidentFromWarningV1): Promise<IncidentView> {
    return this.bus.request(OpenIncidentFromWarning, { ...body, warningId: p.id });
  }

  @Get('communities/:id/early-warning-rule')
  @RequiresPermission('incidents.read')
  @ApiOperation({
    summary: '预警规则 The community’s warning threshold and window, or the defaults of 3 in 7 days (CMP-11)',
  })
  @ApiCommunityPath()
  @ApiOk(EarlyWarningRuleView)
  @ApiBadInput()
  @ApiNotFound("No such community among the caller's")
  getEarlyWarningRule(@Param() p: CommunityIdParam): Promise<EarlyWarningRuleView> {
    return this.bus.request(GetEarlyWarningRule, { communityId: p.id });
  }

  @Put('communities/:id/early-warning-rule')
  @RequiresPermission('incidents.rule')
  @ApiOperation({
    summary:
      '设置预警规则 Set the community’s warning threshold and window for the next registrations (CMP-11)',
  })
  @ApiCommunityPath()
  @ApiJsonBody(EarlyWarningRuleV1)
  @ApiOk(EarlyWarningRuleView)
  @ApiBadInput()
  @ApiNotFound("No such community among the caller's")
  @ApiIdempotent()
  setEarlyWarningRule(
    @Param() p: CommunityIdParam,
    @Body() body: EarlyWarningRuleV1,
  ): Promise<EarlyWarningRuleView> {
    return this.bus.request(SetEarlyWarningRule, { ...body, communityId: p.id });
  }
}
