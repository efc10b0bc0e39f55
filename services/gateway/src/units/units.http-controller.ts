import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  BuildingChangesV1,
  BuildingView,
  CreateUnit,
  GetUnit,
  GetUnitHistory,
  HistoryEntryView,
  ListUnits,
  ListUnitsV1,
  UnitChangesV1,
  UnitDetailsV1,
  UnitHistoryQueryV1,
  UnitView,
  UpdateBuilding,
  UpdateUnit,
  type Page,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { IdParam } from '../http/id-param.js';
import { pageWithOccupantsShown, withOccupantsShown } from './occupants-shown.js';
import {
  ApiBadInput,
  ApiCreates,
  ApiIdempotent,
  ApiIdPath,
  ApiJsonBody,
  ApiNotFound,
  ApiOk,
  ApiPage,
  ApiQueryOf,
  ApiRefused,
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

/** RES-1: units (房号) of buildings, with type, area, handover date, status and current occupants. */
@ApiTag('units')
@ApiServedBy('residents')
@Controller('api/v1')
export class UnitsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post('buildings/:id/units')
  @HttpCode(201)
  @RequiresPermission('communities.manage')
  @ApiOperation({ summary: '新增房屋 Add a unit to a building (RES-1)' })
  @ApiIdPath('The building')
  @ApiJsonBody(UnitDetailsV1)
  @ApiCreates(UnitView, 'UNIT_EXISTS: the number is taken in this building')
  @ApiBadInput()
  @ApiNotFound("No such building in the caller's communities")
  async createUnit(@Param() params: IdParam, @Body() body: UnitDetailsV1): Promise<UnitView> {
    return withOccupantsShown(await this.bus.request(CreateUnit, { ...body, buildingId: params.id }));
  }

  @Patch('buildings/:id')
  @RequiresPermission('communities.manage')
  @ApiOperation({
    summary:
      "更正楼栋信息 Correct a building's name or floors, with the reason kept; its units' labels follow (RES-1, GEN-3)",
  })
  @ApiIdPath('The building')
  @ApiJsonBody(BuildingChangesV1)
  @ApiOk(BuildingView)
  @ApiIdempotent()
  @ApiBadInput()
  @ApiNotFound("No such building in the caller's communities")
  @ApiRefused('BUSINESS_RULE_VIOLATED: a unit stands on a floor the correction would remove')
  updateBuilding(@Param() params: IdParam, @Body() body: BuildingChangesV1): Promise<BuildingView> {
    return this.bus.request(UpdateBuilding, { ...body, buildingId: params.id });
  }

  @Patch('units/:id')
  @RequiresPermission('communities.manage')
  @ApiOperation({
    summary:
      "更正房屋信息 Correct a unit's number, floor, type, area or handover date, with the reason kept (RES-1, GEN-3)",
  })
  @ApiIdPath('The unit')
  @ApiJsonBody(UnitChangesV1)
  @ApiOk(UnitView)
  @ApiIdempotent('UNIT_EXISTS: the new number is taken in this building')
  @ApiBadInput()
  @ApiNotFound("No such unit in the caller's communities")
  async updateUnit(@Param() params: IdParam, @Body() body: UnitChangesV1): Promise<UnitView> {
    return withOccupantsShown(await this.bus.request(UpdateUnit, { ...body, unitId: params.id }));
  }

  @Get('units')
  @RequiresPermission('structure.read')
  @ApiOperation({
    summary:
      '房屋列表 Units by community, building, status, type, or as people say them, e.g. 3-1201 (RES-1)',
  })
  @ApiQueryOf(ListUnitsV1)
  @ApiPage(UnitView)
  @ApiBadInput()
  async listUnits(@Query() query: ListUnitsV1): Promise<Page<UnitView>> {
    return pageWithOccupantsShown(await this.bus.request(ListUnits, query));
  }

  @Get('units/:id')
  @RequiresPermission('structure.read')
  @ApiOperation({
    summary:
      '查看房屋 Read a unit with its current occupants, phones masked; occupants only for roles that read people (RES-1, GEN-4)',
  })
  @ApiIdPath('The unit')
  @ApiOk(UnitView)
  @ApiBadInput()
  @ApiNotFound("No such unit in the caller's communities")
  async getUnit(@Param() params: IdParam): Promise<UnitView> {
    return withOccupantsShown(await this.bus.request(GetUnit, { id: params.id }));
  }

  @Get('units/:id/history')
  @RequiresPermission('history.read')
  @ApiOperation({
    summary:
      "房屋履历 A unit's timeline, newest first: occupancies, move-ins, move-outs, inspections, decorations and corrections, with who and why (GEN-3)",
  })
  @ApiIdPath('The unit')
  @ApiQueryOf(UnitHistoryQueryV1)
  @ApiPage(HistoryEntryView)
  @ApiBadInput()
  @ApiNotFound("No such unit in the caller's communities")
  getUnitHistory(
    @Param() params: IdParam,
    @Query() query: UnitHistoryQueryV1,
  ): Promise<Page<HistoryEntryView>> {
    return this.bus.request(GetUnitHistory, { ...query, unitId: params.id });
  }
}
