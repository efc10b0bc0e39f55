import type { Page } from '../../common/pagination.js';
import { defineCommand, defineEvent, defineQuery } from '../../events/definitions.js';
import { ComplaintsBus } from '../complaints.bus.js';
import {
  CloseSurveyRevisitV1,
  CreateSurveyV1,
  GetSurveyScoresV1,
  GetSurveyV1,
  ListSurveyResponsesV1,
  ListSurveyRevisitsV1,
  ListSurveysV1,
  RecordSurveyResponseV1,
  SurveyPlannedV1,
  type SurveyResponseView,
  type SurveyScoresView,
  type SatisfactionSurveyView,
} from './survey.js';

const C = ComplaintsBus.commands;
const Q = ComplaintsBus.queries;
const E = ComplaintsBus.events;

export const CreateSurvey = defineCommand<CreateSurveyV1, SatisfactionSurveyView>({
  subject: C.createSurvey,
  request: CreateSurveyV1,
  summary: "Plan a community's yearly survey on a random sample of 10–25 % of occupied households (SAT-2)",
});
export const GetSurvey = defineQuery<GetSurveyV1, SatisfactionSurveyView>({
  subject: Q.getSurvey,
  request: GetSurveyV1,
  summary: 'One survey with its sample, its seed and how many households answered (SAT-1, SAT-2)',
});
export const ListSurveys = defineQuery<ListSurveysV1, Page<SatisfactionSurveyView>>({
  subject: Q.listSurveys,
  request: ListSurveysV1,
  summary: 'Surveys, newest first, by community, year or kind (SAT-1, SAT-2)',
});
export const RecordSurveyResponse = defineCommand<RecordSurveyResponseV1, SurveyResponseView>({
  subject: C.recordSurveyResponse,
  request: RecordSurveyResponseV1,
  summary:
    "Record a household's answers; what it raised is registered, a very dissatisfied household is revisited (SAT-3)",
});
export const ListSurveyResponses = defineQuery<ListSurveyResponsesV1, Page<SurveyResponseView>>({
  subject: Q.listSurveyResponses,
  request: ListSurveyResponsesV1,
  summary: "A survey's answers, newest first (SAT-3)",
});
export const ListSurveyRevisits = defineQuery<ListSurveyRevisitsV1, Page<SurveyResponseView>>({
  subject: Q.listSurveyRevisits,
  request: ListSurveyRevisitsV1,
  summary: 'Very dissatisfied households the manager is to revisit, or has (SAT-3)',
});
export const CloseSurveyRevisit = defineCommand<CloseSurveyRevisitV1, SurveyResponseView>({
  subject: C.closeSurveyRevisit,
  request: CloseSurveyRevisitV1,
  summary: "Record the manager's revisit of a very dissatisfied household (SAT-3)",
});
export const GetSurveyScores = defineQuery<GetSurveyScoresV1, SurveyScoresView>({
  subject: Q.getSurveyScores,
  request: GetSurveyScoresV1,
  summary: 'Satisfaction per community, category and year with counts and the share satisfied (SAT-4)',
});

export const SURVEY_REQUESTS = [
  CreateSurvey,
  GetSurvey,
  ListSurveys,
  RecordSurveyResponse,
  ListSurveyResponses,
  ListSurveyRevisits,
  CloseSurveyRevisit,
  GetSurveyScores,
];

export const SurveyPlanned = defineEvent({
  subject: E.surveyPlanned,
  type: 'survey.planned.v1',
  data: SurveyPlannedV1,
  summary: 'A satisfaction survey was planned: the first at half occupancy (SAT-1) or a yearly one (SAT-2)',
});

export const SURVEY_EVENTS = [SurveyPlanned];
