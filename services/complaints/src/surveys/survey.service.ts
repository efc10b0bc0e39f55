import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  CloseSurveyRevisit,
  CreateSurvey,
  DomainError,
  RecordSurveyResponse,
  SURVEY_POLICY,
  SurveyItemKind,
  type CloseSurveyRevisitV1,
  type ComplaintKind,
  type CreateSurveyV1,
  type GetSurveyV1,
  type ListSurveyResponsesV1,
  type ListSurveyRevisitsV1,
  type ListSurveysV1,
  type Page,
  type RecordSurveyResponseV1,
  type SatisfactionSurveyView,
  type SurveyItemV1,
  type SurveyResponseView,
} from '@pcs/contracts';
import {
  archiveRecord,
  CallContext,
  Clock,
  localYear,
  lockRecord,
  newId,
  Outbox,
  pageQuery,
  pageWindow,
  runCommand,
  toPage,
  knownCommunity,
} from '@pcs/platform';
import { ComplaintService } from '../complaints/complaint.service.js';
import { communityHouseholds } from './households.js';
import { lockCommunitySurveys, planSurvey } from './survey-plan.js';
import { SurveyResponse, type ResponseItem } from './survey-response.entity.js';
import { newSeed } from './survey-sample.js';
import { Survey } from './survey.entity.js';
import { SURVEY_RESPONSE_RECORD, surveyResponseView, surveyView } from './survey.view.js';
import { listedCommunity } from '../replicas/listed-community.js';
import { PersonReplica } from '../replicas/person-replica.entity.js';

/** SAT-3: what each raised item becomes in the register (decision 0142). */
const ITEM_ENTRY_KIND: Readonly<Record<SurveyItemKind, ComplaintKind>> = {
  opinion: 'suggestion',
  request: 'complaint',
  complaint: 'complaint',
};

/** SAT-1 … SAT-3: surveys, their samples, the households' answers and the manager's revisits. */
@Injectable()
export class SurveyService {
  constructor(
    private readonly em: EntityManager,
    private readonly complaints: ComplaintService,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  /** SAT-2: a yearly survey on a sample of the occupied households drawn from a recorded seed. */
  create(command: CreateSurveyV1): Promise<SatisfactionSurveyView> {
    const actor = CallContext.actor();
    return runCommand(this.em, CreateSurvey, command, {
      load: (em) => knownCommunity(em, actor, command.communityId),
      change: async (em, community) => {
        const now = this.clock.now();
        const thisYear = localYear(now, community.timeZone);
        if (command.year > thisYear + 1) {
          throw DomainError.validation([
            { field: 'year', message: `year can be at most next year (${thisYear + 1})` },
          ]);
        }
        await lockCommunitySurveys(em, actor.companyId, command.communityId);
        const existing = await em.findOne(Survey, {
          communityId: command.communityId,
          kind: 'yearly',
          year: command.year,
        });
        if (existing) {
          throw new DomainError('SURVEY_EXISTS', `${command.communityId} ${command.year} 年度调查已存在`, {
            surveyId: existing.id,
          });
        }
        const { occupied } = await communityHouseholds(em, actor.companyId, command.communityId);
        if (occupied.length === 0) {
          throw new DomainError('BUSINESS_RULE_VIOLATED', '该小区尚无已入住的住户，无法抽样', {
            errors: [{ field: 'communityId', message: 'the community has no occupied household yet' }],
          });
        }
        return planSurvey(em, this.outbox, {
          companyId: actor.companyId,
          communityId: command.communityId,
          kind: 'yearly',
          year: command.year,
          seed: command.seed ?? newSeed(),
          samplePercent: command.samplePercent ?? SURVEY_POLICY.minSamplePercent,
          occupied,
          now,
          plannedBy: { staffId: actor.sub, name: actor.name },
        });
      },
      view: (_em, survey) => surveyView(survey),
    });
  }

  async get(query: GetSurveyV1): Promise<SatisfactionSurveyView> {
    const survey = await this.em.findOne(Survey, { id: query.id });
    if (!survey) throw DomainError.notFound('SURVEY_NOT_FOUND');
    return surveyView(survey);
  }

  async list(query: ListSurveysV1): Promise<Page<SatisfactionSurveyView>> {
    const window = pageWindow(query);
    const page = pageQuery(window, 'desc');
    const where: FilterQuery<Survey> = { ...page.where };
    // GEN-5: a community outside the caller's scope or unknown is 404, not an empty list (decision 0302).
    if (query.communityId) where.communityId = await listedCommunity(this.em, query.communityId);
    if (query.year) where.year = query.year;
    if (query.kind) where.kind = query.kind;
    const rows = await this.em.find(Survey, where, page.options);
    return toPage(rows, window, (shown) => shown.map(surveyView));
  }

  /**
   * SAT-3: one household's answers, once per survey. Each raised item is registered like any contact
   * in the same transaction, so a retry with the same key replays the answer and one without finds
   * the household answered (409): neither registers anything twice.
   */
  recordResponse(command: RecordSurveyResponseV1): Promise<SurveyResponseView> {
    const actor = CallContext.actor();
    refuseRepeatedCategories(command);
    return runCommand(this.em, RecordSurveyResponse, command, {
      load: (em) => lockRecord(em, Survey, command.surveyId, 'SURVEY_NOT_FOUND'),
      change: async (em, survey) => {
        const household = survey.households.find((h) => h.unitId === command.unitId);
        if (!household) {
          throw new DomainError('BUSINESS_RULE_VIOLATED', '该户不在本次调查的样本中', {
            errors: [{ field: 'unitId', message: "the unit is not in this survey's sample" }],
          });
        }
        const answered = await em.findOne(SurveyResponse, {
          surveyId: survey.id,
          unitId: command.unitId,
        });
        if (answered) {
          throw new DomainError('SURVEY_RESPONSE_EXISTS', `${household.label} 的答卷已录入`, {
            responseId: answered.id,
          });
        }
        await refuseUnknownRespondent(em, survey, command.respondent?.personId);
        const now = this.clock.now();
        const items: ResponseItem[] = [];
        for (const item of command.items ?? []) {
          const entry = await this.complaints.registerIn(
            em,
            actor,
            registration(survey, household.label, item, command, now),
          );
          items.push({
            kind: item.kind,
            text: item.text,
            ...(item.category ? { category: item.category } : {}),
            complaintId: entry.id,
            complaintNumber: entry.number,
          });
        }
        const veryDissatisfied = command.scores.some((s) => s.satisfaction === 'very-dissatisfied');
        const response = em.create(SurveyResponse, {
          id: newId(),
          surveyId: survey.id,
          companyId: survey.companyId,
          communityId: survey.communityId,
          year: survey.year,
          unitId: household.unitId,
          unitLabel: household.label,
          scores: command.scores.map((s) => ({ category: s.category, satisfaction: s.satisfaction })),
          items,
          comment: command.comment,
          revisitStatus: veryDissatisfied ? 'due' : undefined,
          recordedAt: now,
          recordedById: actor.sub,
          recordedByName: actor.name,
          createdAt: now,
          updatedAt: now,
          version: 1,
        });
        survey.responseCount += 1;
        survey.updatedAt = now;
        archiveRecord(em, SURVEY_RESPONSE_RECORD, response, {
          action: 'recorded',
          changes: {
            surveyId: survey.id,
            unitId: household.unitId,
            items: items.map((i) => i.complaintNumber),
            ...(veryDissatisfied ? { revisitStatus: 'due' } : {}),
          },
          at: now,
        });
        return response;
      },
      view: (_em, response) => surveyResponseView(response),
    });
  }

  async listResponses(query: ListSurveyResponsesV1): Promise<Page<SurveyResponseView>> {
    const survey = await this.em.findOne(Survey, { id: query.surveyId });
    if (!survey) throw DomainError.notFound('SURVEY_NOT_FOUND');
    const window = pageWindow(query);
    const page = pageQuery(window, 'desc');
    const rows = await this.em.find(SurveyResponse, { ...page.where, surveyId: survey.id }, page.options);
    return toPage(rows, window, (shown) => shown.map(surveyResponseView));
  }

  /** SAT-3: the very dissatisfied households, for the manager to revisit. */
  async listRevisits(query: ListSurveyRevisitsV1): Promise<Page<SurveyResponseView>> {
    const window = pageWindow(query);
    const page = pageQuery(window, 'desc');
    const where: FilterQuery<SurveyResponse> = {
      ...page.where,
      revisitStatus: query.status ?? { $ne: null },
    };
    // GEN-5: a community outside the caller's scope or unknown is 404, not an empty list (decision 0302).
    if (query.communityId) where.communityId = await listedCommunity(this.em, query.communityId);
    const rows = await this.em.find(SurveyResponse, where, page.options);
    return toPage(rows, window, (shown) => shown.map(surveyResponseView));
  }

  /** SAT-3: the manager's revisit, recorded once; the household leaves the list of revisits due. */
  closeRevisit(command: CloseSurveyRevisitV1): Promise<SurveyResponseView> {
    const actor = CallContext.actor();
    return runCommand(this.em, CloseSurveyRevisit, command, {
      load: (em) => lockRecord(em, SurveyResponse, command.responseId, 'SURVEY_RESPONSE_NOT_FOUND'),
      change: (em, response) => {
        if (response.revisitStatus !== 'due') {
          throw new DomainError(
            'INVALID_STATE_TRANSITION',
            response.revisitStatus === 'done' ? '该户已回访' : '该户无需经理回访',
            { status: response.revisitStatus ?? null },
          );
        }
        const now = this.clock.now();
        Object.assign(response, {
          revisitStatus: 'done',
          revisitNote: command.note,
          revisitClosedAt: now,
          revisitClosedById: actor.sub,
          revisitClosedByName: actor.name,
          updatedAt: now,
        });
        archiveRecord(em, SURVEY_RESPONSE_RECORD, response, {
          action: 'revisited',
          changes: { revisitStatus: 'done', note: command.note },
          at: now,
        });
        return Promise.resolve(response);
      },
      view: (_em, response) => surveyResponseView(response),
    });
  }
}

function refuseRepeatedCategories(command: RecordSurveyResponseV1): void {
  const seen = new Set<string>();
  const errors = command.scores.flatMap((s, i) => {
    if (seen.has(s.category)) {
      return [{ field: `scores[${i}].category`, message: 'each category is scored once' }];
    }
    seen.add(s.category);
    return [];
  });
  if (errors.length > 0) throw DomainError.validation(errors);
}

/**
 * RES-7: a respondent named as a resident on file must be one residents announced in the survey's
 * community, as for a registration (decision 0217), named by the answer's own field (decision 0335).
 */
async function refuseUnknownRespondent(
  em: EntityManager,
  survey: Survey,
  personId: string | undefined,
): Promise<void> {
  if (personId === undefined) return;
  const person = await em.findOne(
    PersonReplica,
    { companyId: survey.companyId, personId },
    { filters: false },
  );
  if (!person) {
    throw new DomainError('PERSON_NOT_FOUND', '人员档案不存在', {
      errors: [
        {
          field: 'respondent.personId',
          message: 'respondent.personId is not a resident residents have on file',
        },
      ],
    });
  }
  if (person.communityId !== survey.communityId) {
    throw DomainError.validation([
      { field: 'respondent.personId', message: 'respondent.personId is not a resident of this community' },
    ]);
  }
}

/** SAT-3: a raised item as the register entry that follows it up (CMP-1, channel 满意度调查). */
function registration(
  survey: Survey,
  unitLabel: string,
  item: SurveyItemV1,
  command: RecordSurveyResponseV1,
  now: Date,
) {
  const kindLabel = SurveyItemKind.label(item.kind);
  return {
    communityId: survey.communityId,
    kind: ITEM_ENTRY_KIND[item.kind],
    channel: 'survey' as const,
    customer: command.respondent
      ? { anonymous: false, surname: command.respondent.surname, phone: command.respondent.phone }
      : { anonymous: true },
    unitId: command.unitId,
    // RES-7: the resident on file, so a refusal of return visits is honoured (decision 0335).
    ...(command.respondent?.personId ? { personId: command.respondent.personId } : {}),
    description: `${survey.year}年满意度调查 ${unitLabel} 提出的${kindLabel}：${item.text}`.slice(0, 2000),
    demand: item.text.slice(0, 1000),
    receivedAt: now.toISOString(),
    ...(item.category ? { category: item.category } : {}),
  };
}
