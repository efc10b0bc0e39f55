import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CloseSurveyRevisitV1,
  ComplaintsBus,
  CreateSurveyV1,
  GetSurveyScoresV1,
  GetSurveyV1,
  ListSurveyResponsesV1,
  ListSurveyRevisitsV1,
  ListSurveysV1,
  RecordSurveyResponseV1,
  type Page,
  type SatisfactionSurveyView,
  type SurveyResponseView,
  type SurveyScoresView,
} from '@pcs/contracts';
import { SurveyScoresService } from './survey-scores.service.js';
import { SurveyService } from './survey.service.js';

const C = ComplaintsBus.commands;
const Q = ComplaintsBus.queries;

/** SAT-1 … SAT-4 on the bus: surveys, answers, revisits and scores. */
@Controller()
export class SurveysNatsController {
  constructor(
    private readonly surveys: SurveyService,
    private readonly scores: SurveyScoresService,
  ) {}

  @MessagePattern(C.createSurvey)
  createSurvey(@Payload() c: CreateSurveyV1): Promise<SatisfactionSurveyView> {
    return this.surveys.create(c);
  }

  @MessagePattern(Q.getSurvey)
  getSurvey(@Payload() q: GetSurveyV1): Promise<SatisfactionSurveyView> {
    return this.surveys.get(q);
  }

  @MessagePattern(Q.listSurveys)
  listSurveys(@Payload() q: ListSurveysV1): Promise<Page<SatisfactionSurveyView>> {
    return this.surveys.list(q);
  }

  @MessagePattern(C.recordSurveyResponse)
  recordSurveyResponse(@Payload() c: RecordSurveyResponseV1): Promise<SurveyResponseView> {
    return this.surveys.recordResponse(c);
  }

  @MessagePattern(Q.listSurveyResponses)
  listSurveyResponses(@Payload() q: ListSurveyResponsesV1): Promise<Page<SurveyResponseView>> {
    return this.surveys.listResponses(q);
  }

  @MessagePattern(Q.listSurveyRevisits)
  listSurveyRevisits(@Payload() q: ListSurveyRevisitsV1): Promise<Page<SurveyResponseView>> {
    return this.surveys.listRevisits(q);
  }

  @MessagePattern(C.closeSurveyRevisit)
  closeSurveyRevisit(@Payload() c: CloseSurveyRevisitV1): Promise<SurveyResponseView> {
    return this.surveys.closeRevisit(c);
  }

  @MessagePattern(Q.getSurveyScores)
  getSurveyScores(@Payload() q: GetSurveyScoresV1): Promise<SurveyScoresView> {
    return this.scores.scores(q);
  }
}
