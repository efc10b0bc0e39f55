import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  HandoverInspectionDetailsV1,
  HandoverInspectionView,
  ListHandoverInspections,
  ListHandoverInspectionsV1,
  RecordHandoverInspection,
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
  ApiPage,
  ApiQueryOf,
  ApiRefused,
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

/** RES-3: the handover inspection (验房/接楼) with the owner, before move-in. */
@ApiTag('handover')
@ApiServedBy('residents')
@Controller('api/v1')
export class HandoverHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post('units/:id/handover-inspections')
  @HttpCode(201)
  @RequiresPermission('handover.record')
  @ApiOperation({
    summary: '登记验房结果 Record the handover inspection; each defect becomes a repair request (RES-3)',
  })
  @ApiIdPath('The unit')
  @ApiJsonBody(HandoverInspectionDetailsV1)
  @ApiCreates(HandoverInspectionView)
  @ApiBadInput()
  @ApiNotFound("No such unit in the caller's communities")
  @ApiRefused(
    'BUSINESS_RULE_VIOLATED naming ownerPersonId: the person is not a current owner of the unit (decision 0382)',
  )
  recordHandoverInspection(
    @Param() params: IdParam,
    @Body() body: HandoverInspectionDetailsV1,
  ): Promise<HandoverInspectionView> {
    return this.bus.request(RecordHandoverInspection, { ...body, unitId: params.id });
  }

  @Get('handover-inspections')
  @RequiresPermission('handover.read')
  @ApiOperation({
    summary:
      '验房记录列表 Handover inspections by community, unit, date and whether they found defects, newest first (RES-3)',
  })
  @ApiQueryOf(ListHandoverInspectionsV1)
  @ApiPage(HandoverInspectionView)
  @ApiBadInput()
  listHandoverInspections(@Query() query: ListHandoverInspectionsV1): Promise<Page<HandoverInspectionView>> {
    return this.bus.request(ListHandoverInspections, query);
  }
}
