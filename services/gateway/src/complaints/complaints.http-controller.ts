import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ComplaintView, GetComplaint, RegisterComplaint, RegisterComplaintV1 } from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { IdParam } from '../http/id-param.js';
import { ApiIdPath } from '../openapi/operations.js';
import { PROBLEM_SCHEMA_REF, schemaRef } from '../openapi/schemas.js';

@ApiTags('投诉 complaints')
@Controller('api/v1/complaints')
export class ComplaintsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @HttpCode(201)
  @RequiresPermission('complaints.register')
  @ApiOperation({ summary: '登记投诉、建议或表扬 Register a complaint, suggestion or praise (CMP-1)' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key and body returns the first response',
  })
  @ApiBody({ schema: schemaRef(RegisterComplaintV1) })
  @ApiCreatedResponse({ schema: schemaRef(ComplaintView) })
  @ApiBadRequestResponse({
    description: 'Invalid input; `errors` names each field',
    schema: PROBLEM_SCHEMA_REF,
  })
  @ApiNotFoundResponse({
    description: "The community is not one of the caller's",
    schema: PROBLEM_SCHEMA_REF,
  })
  register(@Body() body: RegisterComplaintV1): Promise<ComplaintView> {
    return this.bus.request(RegisterComplaint, body);
  }

  @Get(':id')
  @RequiresPermission('complaints.read')
  @ApiOperation({ summary: '查看投诉 Read a complaint' })
  @ApiIdPath('The complaint')
  @ApiOkResponse({ schema: schemaRef(ComplaintView) })
  @ApiNotFoundResponse({
    description: "No such complaint in the caller's communities",
    schema: PROBLEM_SCHEMA_REF,
  })
  get(@Param() params: IdParam): Promise<ComplaintView> {
    return this.bus.request(GetComplaint, { id: params.id });
  }
}
