import { applyDecorators, Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiParam } from '@nestjs/swagger';
import {
  DayReconciliationView,
  DaySignOffV1,
  GetDayReconciliation,
  GetDayReconciliationV1,
  SignOffDay,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../auth/permission.decorator.js';
import {
  ApiBadInput,
  ApiIdempotent,
  ApiJsonBody,
  ApiNotFound,
  ApiOk,
  ApiRefused,
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

/** `{communityId}/{date}`: a community's local date (validated: a malformed one is 400 naming it). */
const ApiDayPath = (): MethodDecorator =>
  applyDecorators(
    ApiParam({
      name: 'communityId',
      description: 'The community code, e.g. GZ01',
      schema: { type: 'string', pattern: '^[A-Z][A-Z0-9]{1,15}$' },
    }),
    ApiParam({
      name: 'date',
      description: "The local date in the community's time zone, YYYY-MM-DD",
      schema: { type: 'string', format: 'date' },
    }),
  );

/** CMP-6: the daily reconciliation (日盘点) of a community's register, and the supervisor's sign-off. */
@ApiTag('complaints')
@ApiServedBy('complaints')
@Controller('api/v1/complaints/reconciliations')
export class ReconciliationsHttpController {
  constructor(private readonly bus: BusClient) {}

  @Get(':communityId/:date')
  @RequiresPermission('complaints.reconciliation.read')
  @ApiOperation({
    summary:
      '日盘点 A day of the register: its entries, the gaps (no handler, no promised time, overdue, nothing done), counts and the sign-off (CMP-6)',
  })
  @ApiDayPath()
  @ApiOk(DayReconciliationView)
  @ApiBadInput()
  @ApiNotFound("The community is not one of the caller's")
  getDayReconciliation(@Param() day: GetDayReconciliationV1): Promise<DayReconciliationView> {
    return this.bus.request(GetDayReconciliation, { communityId: day.communityId, date: day.date });
  }

  @Post(':communityId/:date/sign-off')
  @HttpCode(200)
  @RequiresPermission('complaints.reconciliation.sign')
  @ApiOperation({
    summary:
      '盘点签字 Sign an ended day’s reconciliation with the gaps as they stand; the day is then locked (CMP-6)',
  })
  @ApiDayPath()
  @ApiJsonBody(DaySignOffV1)
  @ApiOk(DayReconciliationView)
  @ApiBadInput()
  @ApiNotFound("The community is not one of the caller's")
  @ApiIdempotent('DAY_SIGNED_OFF: the day was signed already')
  @ApiRefused('BUSINESS_RULE_VIOLATED: the day has not ended yet')
  signOffDay(
    @Param() day: GetDayReconciliationV1,
    @Body() body: DaySignOffV1,
  ): Promise<DayReconciliationView> {
    return this.bus.request(SignOffDay, { ...body, communityId: day.communityId, date: day.date });
  }
}
