import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { SetTypicalCase, TypicalCaseMarkV1, TypicalCaseStateView } from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import { IdParam } from '../http/id-param.js';
import {
  ApiBadInput,
  ApiIdempotent,
  ApiIdPath,
  ApiJsonBody,
  ApiNotFound,
  ApiOk,
  ApiRefused,
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

/** CMP-12: typical cases (典型案例) for training; the weekly report lists those marked in its week. */
@ApiTag('complaints')
@ApiServedBy('complaints')
@Controller('api/v1/complaints')
export class TypicalCasesHttpController {
  constructor(private readonly bus: BusClient) {}

  @Put(':id/typical-case')
  @RequiresPermission('complaints.typical-case')
  @ApiOperation({
    summary:
      '标记典型案例 Mark a complaint as a typical case for training, with why, or unmark it; setting the state it has changes nothing (CMP-12)',
  })
  @ApiIdPath('The complaint')
  @ApiJsonBody(TypicalCaseMarkV1)
  @ApiOk(TypicalCaseStateView)
  @ApiBadInput()
  @ApiNotFound("No such complaint in the caller's communities")
  @ApiIdempotent()
  @ApiRefused('BUSINESS_RULE_VIOLATED: only complaints not merged away can be typical cases')
  setTypicalCase(@Param() p: IdParam, @Body() body: TypicalCaseMarkV1): Promise<TypicalCaseStateView> {
    return this.bus.request(SetTypicalCase, { ...body, complaintId: p.id });
  }
}
