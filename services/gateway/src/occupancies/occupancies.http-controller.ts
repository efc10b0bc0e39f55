import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  EndOccupancy,
  OccupancyDetailsV1,
  OccupancyEndV1,
  OccupancyView,
  StartOccupancy,
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
  ApiRefused,
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

/** RES-2: who is owner, tenant, household member or emergency contact of a unit, and since when. */
@ApiTag('occupancies')
@ApiServedBy('residents')
@Controller('api/v1')
export class OccupanciesHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post('units/:id/occupancies')
  @HttpCode(201)
  @RequiresPermission('occupancies.manage')
  @ApiOperation({
    summary: '关联房屋与人员 Link a person to a unit as owner, tenant, member or emergency contact (RES-2)',
  })
  @ApiIdPath('The unit')
  @ApiJsonBody(OccupancyDetailsV1)
  @ApiCreates(OccupancyView)
  @ApiBadInput()
  @ApiNotFound("No such unit or person in the caller's communities")
  @ApiRefused(
    'OWNER_ALREADY_REGISTERED: the unit has current owners and the person is not their co-owner; BUSINESS_RULE_VIOLATED: the person belongs to another community, or already holds that role',
  )
  startOccupancy(@Param() params: IdParam, @Body() body: OccupancyDetailsV1): Promise<OccupancyView> {
    return this.bus.request(StartOccupancy, { ...body, unitId: params.id });
  }

  @Post('occupancies/:id/end')
  @HttpCode(200)
  @RequiresPermission('occupancies.manage')
  @ApiOperation({
    summary:
      "结束入住关系 End an occupancy; it stays in the history. An owner's or tenant's ends only when billing reports the unit clear (RES-2, RES-6)",
  })
  @ApiIdPath('The occupancy')
  @ApiJsonBody(OccupancyEndV1)
  @ApiOk(OccupancyView)
  @ApiBadInput()
  @ApiNotFound("No such occupancy in the caller's communities")
  @ApiIdempotent('INVALID_STATE_TRANSITION: the occupancy has already ended')
  @ApiRefused('MOVE_OUT_BLOCKED_BY_ARREARS: billing reports the unit still owes; `openItems` lists what')
  endOccupancy(@Param() params: IdParam, @Body() body: OccupancyEndV1): Promise<OccupancyView> {
    return this.bus.request(EndOccupancy, { ...body, id: params.id });
  }
}
