import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  CreateRepairTeam,
  CreateRepairTeamV1,
  ListRepairTeams,
  ListRepairTeamsV1,
  RepairTeamListView,
  RepairTeamView,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import {
  ApiBadInput,
  ApiCreates,
  ApiNotFound,
  ApiJsonBody,
  ApiOk,
  ApiQueryOf,
  ApiRefused,
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

/** MNT-7, MNT-13 (decision 0329): the company's repair teams, which work orders are dispatched to. */
@ApiTag('maintenance')
@ApiServedBy('maintenance')
@Controller('api/v1/repair-teams')
export class RepairTeamsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Get()
  @RequiresPermission('maintenance.teams.read')
  @ApiOperation({
    summary:
      '维修班组 The company’s repair teams, or those serving a community: dispatch picks from them (MNT-7)',
  })
  @ApiQueryOf(ListRepairTeamsV1)
  @ApiOk(RepairTeamListView)
  @ApiBadInput()
  @ApiNotFound('The community is unknown')
  listRepairTeams(@Query() query: ListRepairTeamsV1): Promise<RepairTeamListView> {
    return this.bus.request(ListRepairTeams, query);
  }

  @Post()
  @HttpCode(201)
  @RequiresPermission('maintenance.teams')
  @ApiOperation({
    summary:
      '新增维修班组 Add a repair team to the directory (a chief engineer who sees every community, else 403); its id is the one its revolving fund is kept under (MNT-13)',
  })
  @ApiJsonBody(CreateRepairTeamV1)
  @ApiCreates(RepairTeamView)
  @ApiBadInput()
  @ApiRefused('BUSINESS_RULE_VIOLATED: the name or the id is already a team’s')
  createRepairTeam(@Body() body: CreateRepairTeamV1): Promise<RepairTeamView> {
    return this.bus.request(CreateRepairTeam, body);
  }
}
