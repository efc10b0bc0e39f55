import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import {
  CloseSurveyRevisit,
  CreateSurvey,
  CreateSurveyV1,
  GetSurvey,
  GetSurveyScores,
  GetSurveyScoresV1,
  ListSurveyResponses,
  ListSurveyResponsesV1,
  ListSurveyRevisits,
  ListSurveyRevisitsV1,
  ListSurveys,
  ListSurveysV1,
  PageQuery,
  RecordSurveyResponse,
  SatisfactionSurveyView,
  SurveyResponseV1,
  SurveyResponseView,
  SurveyRevisitClosureV1,
  SurveyScoresView,
  type Page,
} from '@pcs/contracts';
import { BusClient } from '@pcs/platform';
import { RequiresPermission } from '../../auth/permission.decorator.js';
import { IdParam } from '../../http/id-param.js';
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
  ApiRefused,
  ApiServedBy,
} from '../../openapi/operations.js';
import { ApiTag } from '../../openapi/tags.js';

const NOT_FOUND = "No such survey in the caller's communities";

/** SAT-1 … SAT-4: satisfaction surveys (满意度调查), their answers, the manager's revisits and the scores. */
@ApiTag('surveys')
@ApiServedBy('complaints')
@Controller('api/v1/surveys')
export class SurveysHttpController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @HttpCode(201)
  @RequiresPermission('surveys.plan')
  @ApiOperation({
    summary:
      '创建年度满意度调查 Plan a yearly survey on a random sample of 10–25 % of occupied households, drawn from a recorded seed (SAT-2)',
  })
  @ApiJsonBody(CreateSurveyV1)
  @ApiCreates(SatisfactionSurveyView, 'SURVEY_EXISTS: the community has its survey for that year')
  @ApiBadInput()
  @ApiNotFound("The community is not one of the caller's")
  @ApiRefused('BUSINESS_RULE_VIOLATED: the community has no occupied household')
  createSurvey(@Body() body: CreateSurveyV1): Promise<SatisfactionSurveyView> {
    return this.bus.request(CreateSurvey, body);
  }

  @Get()
  @RequiresPermission('surveys.read')
  @ApiOperation({ summary: '满意度调查 Surveys newest first, by community, year or kind (SAT-1, SAT-2)' })
  @ApiQueryOf(ListSurveysV1)
  @ApiPage(SatisfactionSurveyView)
  @ApiBadInput()
  listSurveys(@Query() query: ListSurveysV1): Promise<Page<SatisfactionSurveyView>> {
    return this.bus.request(ListSurveys, query);
  }

  @Get('scores')
  @RequiresPermission('surveys.read')
  @ApiOperation({
    summary:
      '满意度得分 Scores per community, category and year: counts, share satisfied, a note when the sample is small (SAT-4)',
  })
  @ApiQueryOf(GetSurveyScoresV1)
  @ApiOk(SurveyScoresView)
  @ApiBadInput()
  getSurveyScores(@Query() query: GetSurveyScoresV1): Promise<SurveyScoresView> {
    return this.bus.request(GetSurveyScores, query);
  }

  @Get('revisits')
  @RequiresPermission('surveys.read')
  @ApiOperation({
    summary: '经理回访 Very dissatisfied households for the manager to revisit, or revisited (SAT-3)',
  })
  @ApiQueryOf(ListSurveyRevisitsV1)
  @ApiPage(SurveyResponseView)
  @ApiBadInput()
  listSurveyRevisits(@Query() query: ListSurveyRevisitsV1): Promise<Page<SurveyResponseView>> {
    return this.bus.request(ListSurveyRevisits, query);
  }

  @Post('responses/:id/revisit')
  @HttpCode(200)
  @RequiresPermission('surveys.revisit')
  @ApiOperation({
    summary: '记录经理回访 Record the manager’s revisit of a very dissatisfied household, once (SAT-3)',
  })
  @ApiIdPath('The survey answer')
  @ApiJsonBody(SurveyRevisitClosureV1)
  @ApiOk(SurveyResponseView)
  @ApiBadInput()
  @ApiNotFound("No such answer in the caller's communities")
  @ApiIdempotent('INVALID_STATE_TRANSITION: no revisit is due for this household')
  closeSurveyRevisit(@Param() p: IdParam, @Body() body: SurveyRevisitClosureV1): Promise<SurveyResponseView> {
    return this.bus.request(CloseSurveyRevisit, { ...body, responseId: p.id });
  }

  @Get(':id')
  @RequiresPermission('surveys.read')
  @ApiOperation({ summary: '查看满意度调查 One survey with its sample, seed and progress (SAT-1, SAT-2)' })
  @ApiIdPath('The survey')
  @ApiOk(SatisfactionSurveyView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  getSurvey(@Param() p: IdParam): Promise<SatisfactionSurveyView> {
    return this.bus.request(GetSurvey, { id: p.id });
  }

  @Get(':id/responses')
  @RequiresPermission('surveys.read')
  @ApiOperation({ summary: '调查答卷 A survey’s answers newest first (SAT-3)' })
  @ApiIdPath('The survey')
  @ApiQueryOf(ListSurveyResponsesV1, 'surveyId')
  @ApiPage(SurveyResponseView)
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  listSurveyResponses(@Param() p: IdParam, @Query() query: PageQuery): Promise<Page<SurveyResponseView>> {
    return this.bus.request(ListSurveyResponses, { ...query, surveyId: p.id });
  }

  @Post(':id/responses')
  @HttpCode(201)
  @RequiresPermission('surveys.record')
  @ApiOperation({
    summary:
      '录入答卷 Record a household’s answers: each raised item becomes a register entry, a very dissatisfied household is put on the revisit list (SAT-3)',
  })
  @ApiIdPath('The survey')
  @ApiJsonBody(SurveyResponseV1)
  @ApiCreates(SurveyResponseView, 'SURVEY_RESPONSE_EXISTS: the household has answered this survey')
  @ApiBadInput()
  @ApiNotFound(NOT_FOUND)
  @ApiRefused("BUSINESS_RULE_VIOLATED: the unit is not in the survey's sample")
  recordSurveyResponse(@Param() p: IdParam, @Body() body: SurveyResponseV1): Promise<SurveyResponseView> {
    return this.bus.request(RecordSurveyResponse, { ...body, surveyId: p.id });
  }
}
