import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiOperation } from '@nestjs/swagger';
import {
  ContactPreferencesChangeV1,
  DomainError,
  ContactPreferencesView,
  GetPerson,
  GetPersonHistory,
  ListPersonalDataAccess,
  ListPersonalDataAccessV1,
  PersonalDataAccessView,
  PersonChangesV1,
  PersonHistoryView,
  PersonView,
  RegisterPerson,
  RegisterPersonV1,
  RevealedPersonView,
  RevealPerson,
  RevealReasonV1,
  SearchPeople,
  SearchPeopleV1,
  SetContactPreferences,
  UpdatePerson,
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
  ApiProblem,
  ApiQueryOf,
  ApiServedBy,
} from '../openapi/operations.js';
import { ApiTag } from '../openapi/tags.js';

/**
 * RES-2, RES-7, GEN-4: the resident file. Every answer masks phone and ID numbers except a reveal,
 * which needs its own permission and a reason, and is logged.
 */
@ApiTag('people')
@ApiServedBy('residents')
@Controller('api/v1')
export class PeopleHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post('people')
  @HttpCode(201)
  @RequiresPermission('people.register')
  @ApiOperation({ summary: "登记客户 Register a person in a community's resident file (RES-2)" })
  @ApiJsonBody(RegisterPersonV1)
  @ApiCreates(PersonView)
  @ApiBadInput()
  @ApiNotFound("The community is not one of the caller's")
  registerPerson(@Body() body: RegisterPersonV1): Promise<PersonView> {
    return this.bus.request(RegisterPerson, body);
  }

  @Get('people')
  @RequiresPermission('people.search')
  @ApiOperation({
    summary:
      '查找客户 Find people by name, full phone or unit; one of them is required, results masked (GEN-4)',
  })
  @ApiQueryOf(SearchPeopleV1)
  @ApiPage(PersonView)
  @ApiBadInput()
  @ApiProblem(
    429,
    'RATE_LIMITED: too many distinct full numbers searched in a minute; retry after Retry-After seconds',
    {
      'Retry-After': {
        description: 'Seconds until another number may be searched',
        schema: { type: 'integer', minimum: 1 },
      },
    },
  )
  async searchPeople(
    @Query() query: SearchPeopleV1,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Page<PersonView>> {
    try {
      return await this.bus.request(SearchPeople, query);
    } catch (error) {
      // Decision 0283: the service limits searches by full number and says how long to wait.
      const wait =
        error instanceof DomainError && error.code === 'RATE_LIMITED'
          ? error.details?.['retryAfterSeconds']
          : undefined;
      if (typeof wait === 'number') void reply.header('retry-after', String(wait));
      throw error;
    }
  }

  @Get('people/:id')
  @RequiresPermission('people.read')
  @ApiOperation({ summary: '查看客户（脱敏） Read a person, phone and ID number masked (GEN-4)' })
  @ApiIdPath('The person')
  @ApiOk(PersonView)
  @ApiBadInput()
  @ApiNotFound("No such person in the caller's communities")
  getPerson(@Param() params: IdParam): Promise<PersonView> {
    return this.bus.request(GetPerson, { id: params.id });
  }

  @Patch('people/:id')
  @RequiresPermission('people.update')
  @ApiOperation({
    summary:
      '修改客户档案 Change the fields given of a person, with the reason kept in the history (RES-2, GEN-3)',
  })
  @ApiIdPath('The person')
  @ApiJsonBody(PersonChangesV1)
  @ApiOk(PersonView)
  @ApiIdempotent()
  @ApiBadInput()
  @ApiNotFound("No such person in the caller's communities")
  updatePerson(@Param() params: IdParam, @Body() body: PersonChangesV1): Promise<PersonView> {
    return this.bus.request(UpdatePerson, { ...body, id: params.id });
  }

  @Post('people/:id/reveal')
  @HttpCode(200)
  @RequiresPermission('people.reveal')
  @ApiOperation({
    summary: '查看完整联系信息 See phone and ID number in full; logged with who, when and the reason (GEN-4)',
  })
  @ApiIdPath('The person')
  @ApiJsonBody(RevealReasonV1)
  @ApiOk(RevealedPersonView)
  @ApiBadInput()
  @ApiNotFound("No such person in the caller's communities")
  revealPerson(@Param() params: IdParam, @Body() body: RevealReasonV1): Promise<RevealedPersonView> {
    return this.bus.request(RevealPerson, { ...body, id: params.id });
  }

  @Put('people/:id/preferences')
  @RequiresPermission('people.preferences')
  @ApiOperation({ summary: '设置联系偏好 Refuse return visits or choose a channel (RES-7)' })
  @ApiIdPath('The person')
  @ApiJsonBody(ContactPreferencesChangeV1)
  @ApiOk(ContactPreferencesView)
  @ApiIdempotent()
  @ApiBadInput()
  @ApiNotFound("No such person in the caller's communities")
  setContactPreferences(
    @Param() params: IdParam,
    @Body() body: ContactPreferencesChangeV1,
  ): Promise<ContactPreferencesView> {
    return this.bus.request(SetContactPreferences, { ...body, personId: params.id });
  }

  @Get('personal-data-access-log')
  @RequiresPermission('personal-data-access.read')
  @ApiOperation({ summary: '个人信息查看记录 The log of full views of personal data (GEN-4)' })
  @ApiQueryOf(ListPersonalDataAccessV1)
  @ApiPage(PersonalDataAccessView)
  @ApiBadInput()
  listPersonalDataAccess(@Query() query: ListPersonalDataAccessV1): Promise<Page<PersonalDataAccessView>> {
    return this.bus.request(ListPersonalDataAccess, query);
  }

  @Get('people/:id/history')
  @RequiresPermission('people.read')
  @ApiOperation({
    summary:
      '客户办理记录 The move-ins, move-outs and decorations a person took part in, newest first (RES-2, GEN-3)',
  })
  @ApiIdPath('The person')
  @ApiOk(PersonHistoryView)
  @ApiBadInput()
  @ApiNotFound("No such person in the caller's communities")
  getPersonHistory(@Param() params: IdParam): Promise<PersonHistoryView> {
    return this.bus.request(GetPersonHistory, { personId: params.id });
  }
}
