import { beforeAll, describe, expect, it } from '@jest/globals';
import { MikroORM } from '@mikro-orm/core';
import { Clock } from '@pcs/platform';
import {
  AssignComplaint,
  CloseSurveyRevisit,
  CreateSurvey,
  GetComplaint,
  GetSurvey,
  GetSurveyScores,
  ListSurveyResponses,
  ListSurveyRevisits,
  ListSurveys,
  PersonRegistered,
  RecordSurveyResponse,
  ResidentsBus,
  ResolveComplaint,
  UnitCreated,
  UnitStatusChanged,
  type CommandDefinition,
  type ComplaintView,
  type Page,
  type SatisfactionSurveyView,
  type SurveyResponseView,
  type SurveyScoresView,
  type UnitStatus,
} from '@pcs/contracts';
import { eventually, staff, useService } from '@pcs/testing';
import { complaintsService } from '../src/complaints.service-spec.js';
import { drawSample } from '../src/surveys/survey-sample.js';
import { announceCommunities } from './announce-communities.js';

const at = (s: string) => new Date(`${s}+08:00`);
const desk = staff(); // 李娜, GZ01
const manager = staff({ sub: 'staff-0102', name: '周敏', roles: ['cs-manager'] });
const elsewhere = staff({ sub: 'staff-0901', name: '黄磊', communities: ['GZ02'] });
const otherCompany = staff({ companyId: 'YJ', communities: ['*'], roles: ['cs-manager'] });

const BUILDING = '0193b000-0000-7000-8000-0000000000b1';
const unit = (n: number) => `0193b000-0000-7000-8000-00000000${String(n).padStart(4, '0')}`;
// GZ01: 40 homes and 4 parking spaces (no households); GZ02: 5 homes, none occupied.
const HOMES = Array.from({ length: 40 }, (_, i) => ({ unitId: unit(1000 + i), label: `1-${1001 + i}` }));
const PARKING = Array.from({ length: 4 }, (_, i) => ({ unitId: unit(2000 + i), label: `P-${i + 1}` }));
const GZ02_HOMES = Array.from({ length: 5 }, (_, i) => ({ unitId: unit(3000 + i), label: `5-${501 + i}` }));

describe('satisfaction surveys (SAT-1 … SAT-4)', () => {
  const fixture = useService(complaintsService);
  const clock = () => fixture.service.app.get(Clock);
  const em = () => fixture.service.app.get(MikroORM).em.fork();
  const request = <R>(
    def: CommandDefinition<object, unknown>,
    payload: object,
    actor = desk,
    extra: { idempotencyKey?: string } = {},
  ): Promise<R> => fixture.bus.request<object, unknown>(def, payload, actor, extra) as Promise<R>;
  const count = async (sql: string): Promise<number> =>
    ((await em().getConnection().execute(sql)) as { n: number }[])[0]?.n ?? 0;
  const versions = new Map<string, number>();
  const setStatus = async (unitId: string, from: UnitStatus, to: UnitStatus, communityId = 'GZ01') => {
    const version = (versions.get(unitId) ?? 1) + 1;
    versions.set(unitId, version);
    await fixture.bus.publishEvent(UnitStatusChanged, ResidentsBus, {
      source: 'residents',
      subject: unitId,
      companyid: 'HRX',
      communityid: communityId,
      aggregateversion: version,
      data: { unitId, from, to },
    });
  };
  const occupiedCount = () =>
    count(`select count(*)::int as n from unit_status_replica where occupied and community_id = 'GZ01'`);
  const surveys = async (actor = desk, query: object = { communityId: 'GZ01' }) =>
    (await request<Page<SatisfactionSurveyView>>(ListSurveys, query, actor)).items;

  beforeAll(async () => {
    await announceCommunities(fixture, ['GZ01', 'GZ02']);
    const units = [
      ...HOMES.map((u) => ({ ...u, type: 'residence' as const, communityId: 'GZ01' })),
      ...PARKING.map((u) => ({ ...u, type: 'parking' as const, communityId: 'GZ01' })),
      ...GZ02_HOMES.map((u) => ({ ...u, type: 'residence' as const, communityId: 'GZ02' })),
    ];
    for (const u of units) {
      await fixture.bus.publishEvent(UnitCreated, ResidentsBus, {
        source: 'residents',
        subject: u.unitId,
        companyid: 'HRX',
        communityid: u.communityId,
        aggregateversion: 1,
        data: {
          unitId: u.unitId,
          buildingId: BUILDING,
          label: u.label,
          type: u.type,
          grossAreaCentiM2: 8900,
        },
      });
    }
    await eventually(async () =>
      expect(await count(`select count(*)::int as n from unit_replica`)).toBe(units.length),
    );
    clock().travelTo(at('2026-12-01T10:00:00'));
  });

  it('SAT-1: the first survey is planned when half the households are occupied, once, covering every occupied household to reach 90 %', async () => {
    // 19 of 40 homes occupied (the parking spaces are no households): not yet half.
    for (const h of HOMES.slice(0, 19)) await setStatus(h.unitId, 'vacant', 'occupied');
    // A home being decorated that was vacant is not occupied.
    await setStatus(HOMES[19]!.unitId, 'vacant', 'decorating');
    await eventually(async () => expect(await occupiedCount()).toBe(19));
    expect(await surveys()).toEqual([]);

    // Its works end and the owner moves in: the 20th occupied home of 40 plans the first survey.
    await setStatus(HOMES[19]!.unitId, 'decorating', 'occupied');
    await eventually(async () => expect(await surveys()).toHaveLength(1));
    const [first] = await surveys();
    expect(first).toMatchObject({
      communityId: 'GZ01',
      kind: 'first',
      kindLabel: '首次满意度调查',
      year: 2026,
      samplePercent: 100,
      occupiedHouseholds: 20,
      sampleSize: 20,
      targetResponses: 18,
      responseCount: 0,
    });
    expect(first?.plannedBy).toBeUndefined();
    expect(new Set(first?.households.map((h) => h.unitId))).toEqual(
      new Set(HOMES.slice(0, 20).map((h) => h.unitId)),
    );

    // More move-ins, and the same status change delivered again, plan nothing more; a decorating
    // occupied home stays occupied.
    await fixture.bus.publishEvent(UnitStatusChanged, ResidentsBus, {
      source: 'residents',
      subject: HOMES[19]!.unitId,
      companyid: 'HRX',
      communityid: 'GZ01',
      aggregateversion: versions.get(HOMES[19]!.unitId)!,
      data: { unitId: HOMES[19]!.unitId, from: 'decorating', to: 'occupied' },
    });
    for (const h of HOMES.slice(20, 30)) await setStatus(h.unitId, 'vacant', 'occupied');
    await setStatus(HOMES[0]!.unitId, 'occupied', 'decorating');
    await eventually(async () => expect(await occupiedCount()).toBe(30));
    expect(await surveys()).toHaveLength(1);
    expect(await count(`select count(*)::int as n from survey where kind = 'first'`)).toBe(1);
    // Whoever organises the visits learns of it once, from `survey.planned.v1`.
    const planned = (await em()
      .getConnection()
      .execute(`select envelope from outbox_message where subject like '%survey.planned'`)) as {
      envelope: { type: string; data: Record<string, unknown> };
    }[];
    expect(planned.map((p) => p.envelope.type)).toEqual(['survey.planned.v1']);
    expect(planned[0]?.envelope.data).toMatchObject({
      surveyId: first?.id,
      kind: 'first',
      occupiedHouseholds: 20,
      sampleSize: 20,
      targetResponses: 18,
    });
  });

  it('SAT-2: a yearly survey samples 10–25 % of the occupied households (rounded up), drawn reproducibly from its recorded seed', async () => {
    const occupied = HOMES.slice(0, 30);
    const survey = await request<SatisfactionSurveyView>(
      CreateSurvey,
      { communityId: 'GZ01', year: 2026, samplePercent: 15, seed: 'hrx-gz01-2026' },
      manager,
    );
    // 15 % of 30 is 4.5: five households, never fewer than the rate.
    expect(survey).toMatchObject({
      kind: 'yearly',
      year: 2026,
      seed: 'hrx-gz01-2026',
      samplePercent: 15,
      occupiedHouseholds: 30,
      sampleSize: 5,
      targetResponses: 5,
      plannedBy: { staffId: 'staff-0102', name: '周敏' },
    });
    const sampled = survey.households.map((h) => h.unitId);
    expect(new Set(sampled).size).toBe(5);
    for (const id of sampled) expect(occupied.map((h) => h.unitId)).toContain(id);
    // The recorded seed draws the same sample again from the same households.
    expect(drawSample(occupied, survey.seed, 5)).toEqual(survey.households);
    // Another year with the same seed and households: the same sample. Without a seed, one is made and kept.
    const lastYear = await request<SatisfactionSurveyView>(
      CreateSurvey,
      { communityId: 'GZ01', year: 2025, samplePercent: 15, seed: 'hrx-gz01-2026' },
      manager,
    );
    expect(lastYear.households).toEqual(survey.households);
    const defaulted = await request<SatisfactionSurveyView>(
      CreateSurvey,
      { communityId: 'GZ01', year: 2024 },
      manager,
    );
    expect(defaulted).toMatchObject({ samplePercent: 10, sampleSize: 3 });
    expect(defaulted.seed).toMatch(/^[0-9a-f]{16}$/);
    expect(drawSample(occupied, defaulted.seed, 3)).toEqual(defaulted.households);
    expect(await request(GetSurvey, { id: survey.id })).toEqual(survey);
  });

  it('SAT-2: a rate of 9 % or 26 %, an unknown community, a malformed year or a second survey of a year are refused and change nothing', async () => {
    const before = await count(`select count(*)::int as n from survey`);
    const field = (name: string) => ({
      code: 'VALIDATION_FAILED',
      details: { errors: expect.arrayContaining([expect.objectContaining({ field: name })]) },
    });
    await expect(
      request(CreateSurvey, { communityId: 'GZ01', year: 2023, samplePercent: 9 }, manager),
    ).rejects.toMatchObject(field('samplePercent'));
    await expect(
      request(CreateSurvey, { communityId: 'GZ01', year: 2023, samplePercent: 26 }, manager),
    ).rejects.toMatchObject(field('samplePercent'));
    await expect(request(CreateSurvey, { communityId: 'GZ01', year: '20x6' }, manager)).rejects.toMatchObject(
      field('year'),
    );
    await expect(request(CreateSurvey, { communityId: 'GZ01', year: 2031 }, manager)).rejects.toMatchObject(
      field('year'),
    );
    await expect(
      request(CreateSurvey, { communityId: 'GZ01', year: 2023, seed: 'no spaces!' }, manager),
    ).rejects.toMatchObject(field('seed'));
    await expect(request(CreateSurvey, { communityId: 'ZZ99', year: 2023 }, manager)).rejects.toMatchObject({
      code: 'COMMUNITY_NOT_FOUND',
    });
    await expect(request(CreateSurvey, { communityId: 'GZ01', year: 2026 }, manager)).rejects.toMatchObject({
      code: 'SURVEY_EXISTS',
    });
    // GZ02 has no occupied household: there is nothing to sample.
    await expect(
      request(
        CreateSurvey,
        { communityId: 'GZ02', year: 2026 },
        staff({ communities: ['GZ02'], roles: ['cs-manager'] }),
      ),
    ).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { errors: [expect.objectContaining({ field: 'communityId' })] },
    });
    // GEN-5: a community the caller may not see does not exist for them.
    await expect(request(CreateSurvey, { communityId: 'GZ01', year: 2023 }, elsewhere)).rejects.toMatchObject(
      {
        code: 'COMMUNITY_NOT_FOUND',
      },
    );
    expect(await count(`select count(*)::int as n from survey`)).toBe(before);
  });

  it("SAT-2: another company's staff see no survey, and another community's staff none of GZ01", async () => {
    const [survey] = await surveys(desk, { communityId: 'GZ01', kind: 'yearly', year: 2026 });
    expect(survey).toBeDefined();
    expect(await surveys(otherCompany, {})).toEqual([]);
    expect(await surveys(elsewhere, {})).toEqual([]);
    await expect(request(GetSurvey, { id: survey?.id }, otherCompany)).rejects.toMatchObject({
      code: 'SURVEY_NOT_FOUND',
    });
    await expect(request(GetSurvey, { id: survey?.id }, elsewhere)).rejects.toMatchObject({
      code: 'SURVEY_NOT_FOUND',
    });
  });

  it('SAT-2: two staff planning the same year at once get one survey, the other is told it exists', async () => {
    const plan = () =>
      request<SatisfactionSurveyView>(
        CreateSurvey,
        { communityId: 'GZ01', year: 2022, seed: 'race' },
        manager,
      );
    const outcomes = await Promise.allSettled([plan(), plan()]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({
      reason: expect.objectContaining({ code: 'SURVEY_EXISTS' }),
    });
    expect(await count(`select count(*)::int as n from survey where year = 2022`)).toBe(1);
  });

  const yearly = async () => (await surveys(desk, { communityId: 'GZ01', kind: 'yearly', year: 2026 }))[0]!;

  it('SAT-3: every raised item becomes a register entry and a very dissatisfied household is put on the revisit list, exactly once even on retry', async () => {
    const survey = await yearly();
    const household = survey.households[0]!;
    const answer = {
      surveyId: survey.id,
      unitId: household.unitId,
      scores: [
        { category: 'repairs', satisfaction: 'very-dissatisfied' },
        { category: 'cleaning', satisfaction: 'satisfied' },
      ],
      items: [
        { kind: 'request', text: '地下车库漏水三个月未修', category: 'engineering-quality' },
        { kind: 'opinion', text: '建议增加快递柜' },
      ],
      respondent: { surname: '陈', phone: '13800138000' },
      comment: '维修太慢',
    };
    const entries = () => count(`select count(*)::int as n from complaint where channel = 'survey'`);
    const response = await request<SurveyResponseView>(RecordSurveyResponse, answer, desk, {
      idempotencyKey: 'survey-answer-0001',
    });
    expect(response).toMatchObject({
      surveyId: survey.id,
      unitId: household.unitId,
      unitLabel: household.label,
      scores: [
        {
          category: 'repairs',
          categoryLabel: '维修服务',
          satisfaction: 'very-dissatisfied',
          satisfactionLabel: '非常不满意',
        },
        { category: 'cleaning', categoryLabel: '保洁', satisfaction: 'satisfied' },
      ],
      revisit: { status: 'due', statusLabel: '待经理回访' },
      recordedBy: { staffId: 'staff-0001', name: '李娜' },
    });
    expect(response.items).toHaveLength(2);
    const [request0, opinion] = await Promise.all(
      response.items.map((i) => request<ComplaintView>(GetComplaint, { id: i.complaintId })),
    );
    expect(request0).toMatchObject({
      kind: 'complaint',
      channel: 'survey',
      unitId: household.unitId,
      category: 'engineering-quality',
      demand: '地下车库漏水三个月未修',
      number: response.items[0]!.complaintNumber,
    });
    expect(opinion).toMatchObject({ kind: 'suggestion', channel: 'survey' });
    expect(await entries()).toBe(2);

    // The same request again (a retry) replays the answer; without the key it finds the household answered.
    expect(
      await request(RecordSurveyResponse, answer, desk, { idempotencyKey: 'survey-answer-0001' }),
    ).toEqual(response);
    await expect(request(RecordSurveyResponse, answer)).rejects.toMatchObject({
      code: 'SURVEY_RESPONSE_EXISTS',
      details: { responseId: response.id },
    });
    expect(await entries()).toBe(2);
    expect((await request<SatisfactionSurveyView>(GetSurvey, { id: survey.id })).responseCount).toBe(1);

    // The manager's revisit list shows the household until the revisit is recorded, once.
    const due = await request<Page<SurveyResponseView>>(
      ListSurveyRevisits,
      { communityId: 'GZ01', status: 'due' },
      manager,
    );
    expect(due.items.map((r) => r.id)).toEqual([response.id]);
    const closed = await request<SurveyResponseView>(
      CloseSurveyRevisit,
      { responseId: response.id, note: '经理上门致歉，车库漏水已排期维修' },
      manager,
      { idempotencyKey: 'revisit-0001' },
    );
    expect(closed.revisit).toMatchObject({
      status: 'done',
      note: '经理上门致歉，车库漏水已排期维修',
      closedBy: { staffId: 'staff-0102', name: '周敏' },
    });
    expect(
      await request(
        CloseSurveyRevisit,
        { responseId: response.id, note: '经理上门致歉，车库漏水已排期维修' },
        manager,
        { idempotencyKey: 'revisit-0001' },
      ),
    ).toEqual(closed);
    await expect(
      request(CloseSurveyRevisit, { responseId: response.id, note: '再次回访' }, manager),
    ).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
    expect(
      (
        await request<Page<SurveyResponseView>>(
          ListSurveyRevisits,
          { communityId: 'GZ01', status: 'due' },
          manager,
        )
      ).items,
    ).toEqual([]);
    // Scope: another company or community sees no revisit and cannot close one.
    expect((await request<Page<SurveyResponseView>>(ListSurveyRevisits, {}, otherCompany)).items).toEqual([]);
    expect((await request<Page<SurveyResponseView>>(ListSurveyRevisits, {}, elsewhere)).items).toEqual([]);
    await expect(
      request(CloseSurveyRevisit, { responseId: response.id, note: '越权' }, otherCompany),
    ).rejects.toMatchObject({ code: 'SURVEY_RESPONSE_NOT_FOUND' });
  });

  it('SAT-3: an unknown category, a repeated category, a household outside the sample or no score is refused naming the field, and nothing is recorded', async () => {
    const survey = await yearly();
    const household = survey.households[1]!;
    const before = await count(`select count(*)::int as n from survey_response`);
    const entriesBefore = await count(`select count(*)::int as n from complaint`);
    const base = {
      surveyId: survey.id,
      unitId: household.unitId,
      items: [{ kind: 'complaint', text: '噪音' }],
    };
    const refusedField = (field: string) => ({
      details: { errors: expect.arrayContaining([expect.objectContaining({ field })]) },
    });
    await expect(
      request(RecordSurveyResponse, {
        ...base,
        scores: [{ category: 'weather', satisfaction: 'satisfied' }],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', ...refusedField('scores[0].category') });
    await expect(
      request(RecordSurveyResponse, { ...base, scores: [{ category: 'fees', satisfaction: 'so-so' }] }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', ...refusedField('scores[0].satisfaction') });
    await expect(
      request(RecordSurveyResponse, {
        ...base,
        scores: [
          { category: 'fees', satisfaction: 'satisfied' },
          { category: 'fees', satisfaction: 'neutral' },
        ],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', ...refusedField('scores[1].category') });
    await expect(request(RecordSurveyResponse, { ...base, scores: [] })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      ...refusedField('scores'),
    });
    const outside = HOMES.slice(0, 30).find((h) => !survey.households.some((s) => s.unitId === h.unitId))!;
    await expect(
      request(RecordSurveyResponse, {
        ...base,
        unitId: outside.unitId,
        scores: [{ category: 'fees', satisfaction: 'satisfied' }],
      }),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED', ...refusedField('unitId') });
    await expect(
      request(
        RecordSurveyResponse,
        { ...base, scores: [{ category: 'fees', satisfaction: 'satisfied' }] },
        otherCompany,
      ),
    ).rejects.toMatchObject({ code: 'SURVEY_NOT_FOUND' });
    expect(await count(`select count(*)::int as n from survey_response`)).toBe(before);
    expect(await count(`select count(*)::int as n from complaint`)).toBe(entriesBefore);
  });

  it('SAT-4: scores per community, category and year with counts, the share satisfied and a sample-size note', async () => {
    const survey = await yearly();
    // Households 2–5 of the sample answer (household 1 answered above: repairs very dissatisfied, cleaning satisfied).
    const answers: [string, string][] = [
      ['very-satisfied', 'neutral'],
      ['satisfied', 'satisfied'],
      ['dissatisfied', 'very-satisfied'],
      ['satisfied', 'dissatisfied'],
    ];
    for (const [i, [repairs, cleaning]] of answers.entries()) {
      await request(RecordSurveyResponse, {
        surveyId: survey.id,
        unitId: survey.households[i + 1]!.unitId,
        scores: [
          { category: 'repairs', satisfaction: repairs },
          { category: 'cleaning', satisfaction: cleaning },
        ],
      });
    }
    const all = [['very-dissatisfied', 'satisfied'], ...answers];
    const expected = (column: 0 | 1) => {
      const levels = all.map((a) => a[column]!);
      const counted = (s: string) => levels.filter((l) => l === s).length;
      const satisfied = counted('very-satisfied') + counted('satisfied');
      return {
        answers: levels.length,
        satisfied,
        satisfiedShare: Math.round((satisfied / levels.length) * 10_000) / 10_000,
        counts: ['very-satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very-dissatisfied'].map((s) =>
          expect.objectContaining({ satisfaction: s, count: counted(s) }),
        ),
        sampleNote: expect.stringContaining('样本量较小'),
      };
    };
    const scores = await request<SurveyScoresView>(
      GetSurveyScores,
      { communityId: 'GZ01', year: 2026 },
      manager,
    );
    expect(scores.rows).toEqual([
      { communityId: 'GZ01', year: 2026, category: 'repairs', categoryLabel: '维修服务', ...expected(0) },
      { communityId: 'GZ01', year: 2026, category: 'cleaning', categoryLabel: '保洁', ...expected(1) },
    ]);
    const repairsOnly = await request<SurveyScoresView>(GetSurveyScores, { category: 'repairs' }, manager);
    expect(repairsOnly.rows.map((r) => r.category)).toEqual(['repairs']);
    expect(
      (await request<Page<SurveyResponseView>>(ListSurveyResponses, { surveyId: survey.id })).items,
    ).toHaveLength(5);
    // GEN-5: another company's or community's staff get no row.
    expect((await request<SurveyScoresView>(GetSurveyScores, {}, otherCompany)).rows).toEqual([]);
    expect((await request<SurveyScoresView>(GetSurveyScores, {}, elsewhere)).rows).toEqual([]);
    await expect(
      request(GetSurveyScores, { communityId: 'GZ01', year: 'last' }, manager),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(request(GetSurveyScores, { category: 'weather' }, manager)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field: 'category' })] },
    });
  });

  it('RES-7, SAT-3: an answer naming the resident on file links its entries to them, so their refusal of visits applies; an unknown or other community’s resident is refused by name (decision 0335)', async () => {
    // The first survey's households: none of them has answered in the tests above.
    const survey = (await surveys(desk, { communityId: 'GZ01', kind: 'first' }))[0]!;
    const household = survey.households[0]!;
    const person = (personId: string, communityId: string) =>
      fixture.bus.publishEvent(PersonRegistered, ResidentsBus, {
        source: 'residents',
        subject: personId,
        companyid: 'HRX',
        communityid: communityId,
        aggregateversion: 1,
        data: {
          personId,
          name: '陈立',
          preferences: { refuseReturnVisits: true, preferredChannel: 'phone' },
        },
      });
    const RESIDENT = '0193b000-0000-7000-8000-00000000c001';
    const OTHER = '0193b000-0000-7000-8000-00000000c002';
    await person(RESIDENT, 'GZ01');
    await person(OTHER, 'GZ02');
    await eventually(async () =>
      expect(
        await count(
          `select count(*)::int as n from person_replica where person_id in ('${RESIDENT}', '${OTHER}')`,
        ),
      ).toBe(2),
    );
    const answer = (personId: string) => ({
      surveyId: survey.id,
      unitId: household.unitId,
      scores: [{ category: 'cleaning', satisfaction: 'neutral' }],
      items: [{ kind: 'complaint', text: '垃圾桶满了没人清', category: 'cleaning' }],
      respondent: { surname: '陈', phone: '13800138000', personId },
    });
    const field = (f: string) => ({ details: { errors: [expect.objectContaining({ field: f })] } });
    await expect(
      request(RecordSurveyResponse, answer('0193b000-0000-7000-8000-00000000c0ff')),
    ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND', ...field('respondent.personId') });
    await expect(request(RecordSurveyResponse, answer(OTHER))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      ...field('respondent.personId'),
    });
    const response = await request<SurveyResponseView>(RecordSurveyResponse, answer(RESIDENT));
    const entryId = response.items[0]!.complaintId;
    await request(AssignComplaint, {
      complaintId: entryId,
      handler: { staffId: 'staff-0501', name: '赵敏' },
    });
    const resolved = await request<ComplaintView>(ResolveComplaint, {
      complaintId: entryId,
      measures: '已清运',
      result: '已清理',
    });
    expect(resolved).toMatchObject({
      personId: RESIDENT,
      returnVisit: { status: 'exempt', exemption: 'refused-visits' },
    });
  });
});
