import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  CreateUnit,
  GetUnit,
  ListUnits,
  ListUnitsV1,
  UnitDetailsV1,
  UnitView,
  type Page,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { IdParam } from '../http/id-param.js';
import {
  ApiBadInput,
  ApiCreates,
  ApiIdPath,
  ApiJsonBody,
  ApiNotFound,
  ApiOk,
  ApiPage,
  ApiQueryOf,
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
  createUnit(@Param() params: IdParam, @Body() body: UnitDetailsV1): Promise<UnitView> {
    return this.bus.request(CreateUnit, { ...body, buildingId: params.id });
  }

  @Get('units')
  @RequiresPermission('structure.read')
  @ApiOperation({ summary: '房屋列表 Units by community, building, status or type (RES-1)' })
  @ApiQueryOf(ListUnitsV1)
  @ApiPage(UnitView)
  @ApiBadInput()
  listUnits(@Query() query: ListUnitsV1): Promise<Page<UnitView>> {
    return this.bus.request(ListUnits, query);
  }

  @Get('units/:id')
  @RequiresPermission('structure.read')
  @ApiOperation({ summary: '查看房屋 Read a unit with its current occupants, phones masked (RES-1, GEN-4)' })
  @ApiIdPath('The unit')
  @ApiOk(UnitView)
  @ApiBadInput()
  @ApiNotFound("No such unit in the caller's communities")
  getUnit(@Param() params: IdParam): Promise<UnitView> {
    return this.bus.request(GetUnit, { id: params.id });
  }
}
