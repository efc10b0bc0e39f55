import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  AttachIncidentComplaints,
  CloseIncident,
  GetIncident,
  IncidentClosureV1,
  IncidentComplaintsV1,
  IncidentView,
  ListIncidents,
  ListIncidentsV1,
  OpenIncident,
  OpenIncidentV1,
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
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

const NOT_FOUND = "No such incident in the caller's communities";

/** CMP-15: incidents (突发事件): one cause, many complaints, one notice, one closing. */
@ApiTag('incidents')
@ApiServedBy('complaints')
@Controller('api/v1/incidents')
export class IncidentsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @HttpCode(201)
  @RequiresPermission('incidents.manage')
  @ApiOperation({
    summary:
      '登记突发事件 Open an incident for a known outage (water, power, lift); the affected households get one notice (CMP-15)',
  })
  @ApiJsonBody(OpenIncidentV1)
  @ApiCreates(IncidentView)
  @ApiBadInput()
  @ApiNotFound("The community is not one of the caller's")
  openIncident(@Body() body: OpenIncidentV1): Promise<IncidentView> {
    return this.bus.request(OpenIncident, body);
  }

  @Get()
  @RequiresPermission('incidents.read')
  @ApiOperation({
    summary: '突发事件 Incidents newest first, by community, status or affected building (CMP-15)',
  })
  @ApiQueryOf(ListIncidentsV1)
  @ApiPage(IncidentView)
  @ApiBadInput()
  listIncidents(@Query() query: ListIncidentsV1): Promise<Page<IncidentView>> {
    return this.bus.request(ListIncidents, query);
  }

  @Get(':id')
  @RequiresPermission('incidents.read')
  @ApiOperation({ summary: '查看突发事件 One incident with its counts (CMP-15)' })
  @ApiIdPath('The incident')
  @ApiOk(IncidentView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  getIncident(@Param() p: IdParam): Promise<IncidentView> {
    return this.bus.request(GetIncident, { id: p.id });
  }

  @Post(':id/complaints')
  @HttpCode(200)
  @RequiresPermission('incidents.manage')
  @ApiOperation({
    summary:
      '关联投诉 Attach complaints in bulk: all or none, each refused one named; attaching again changes nothing (CMP-15)',
  })
  @ApiIdPath('The incident')
  @ApiJsonBody(IncidentComplaintsV1)
  @ApiOk(IncidentView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  @ApiIdempotent('INVALID_STATE_TRANSITION: the incident is closed')
  attachIncidentComplaints(@Param() p: IdParam, @Body() body: IncidentComplaintsV1): Promise<IncidentView> {
    return this.bus.request(AttachIncidentComplaints, { ...body, incidentId: p.id });
  }

  @Post(':id/close')
  @HttpCode(200)
  @RequiresPermission('incidents.close')
  @ApiOperation({
    summary:
      '关闭突发事件 Close with what was done and the outcome; its complaints are resolved with that record, once (CMP-15)',
  })
  @ApiIdPath('The incident')
  @ApiJsonBody(IncidentClosureV1)
  @ApiOk(IncidentView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  @ApiIdempotent('INVALID_STATE_TRANSITION: the incident is closed already')
  closeIncident(@Param() p: IdParam, @Body() body: IncidentClosureV1): Promise<IncidentView> {
    return this.bus.request(CloseIncident, { ...body, incidentId: p.id });
  }
}
