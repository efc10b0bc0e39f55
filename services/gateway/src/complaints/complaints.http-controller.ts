import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { ComplaintView, GetComplaint, RegisterComplaint, RegisterComplaintV1 } from '@pcs/contracts';
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
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

@ApiTag('complaints')
@ApiServedBy('complaints')
@Controller('api/v1/complaints')
export class ComplaintsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @HttpCode(201)
  @RequiresPermission('complaints.register')
  @ApiOperation({ summary: '登记投诉、建议或表扬 Register a complaint, suggestion or praise (CMP-1)' })
  @ApiJsonBody(RegisterComplaintV1)
  @ApiCreates(ComplaintView)
  @ApiBadInput()
  @ApiNotFound("The community is not one of the caller's")
  registerComplaint(@Body() body: RegisterComplaintV1): Promise<ComplaintView> {
    return this.bus.request(RegisterComplaint, body);
  }

  @Get(':id')
  @RequiresPermission('complaints.read')
  @ApiOperation({ summary: '查看投诉 Read a complaint' })
  @ApiIdPath('The complaint')
  @ApiOk(ComplaintView)
  @ApiBadInput()
  @ApiNotFound("No such complaint in the caller's communities")
  getComplaint(@Param() params: IdParam): Promise<ComplaintView> {
    return this.bus.request(GetComplaint, { id: params.id });
  }
}
