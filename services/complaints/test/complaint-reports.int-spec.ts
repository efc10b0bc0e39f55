import { beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '@pcs/platform';
import {
  AcknowledgeComplaint,
  AnswerComplaint,
  AssignComplaint,
  ComplainantIntent,
  ComplaintCategory,
  Department,
  GetComplaint,
  GetComplaintRollup,
  GetWeeklyComplaintReport,
  RecordReturnVisit,
  GetComplaintHistory,
  RegisterComplaint,
  ResolveComplaint,
  SetTypicalCase,
  Satisfaction,
  type CommandDefinition,
  type ComplaintHistoryView,
  type ComplaintRollupView,
  type ComplaintView,
  type LabelledCountView,
  type TypicalCaseStateView,
  type WeeklyComplaintReportView,
} from '@pcs/contracts';
import { complaintRegistration, staff, useService } from '@pcs/testing';
import { complaintsService } from '../src/complaints.service-spec.js';
import { announceCommunities } from './announce-communities.js';

const at = (s: string) => new Date(`${s}+08:00`);
const iso = (s: string) => at(s).toISOString();
const desk = staff({ communities: ['GZ01', 'GZ02'] });
const onlyGz02 = staff({ sub: 'staff-0902', communities: ['GZ02'] });
const supervisor = staff({ sub: 'staff-0101', name: '陈静', roles: ['cs-supervisor'] });
const cleaner = { staffId: 'staff-0501', name: '赵敏' };

const counts = (list: LabelledCountView[]) => Object.fromEntries(list.map((c) => [c.code, c.count]));

/** What the test did to each complaint, from which it counts the report's figures itself. */
interface Made {
  id: string;
  communityId: string;
  kind: string;
  receivedAt: Date;
  /** Left with nobody telling the customer when: its same-day reply is missed at the end of that day. */
  untouched: boolean;
  resolvedAt?: Date;
  visit?: { at: Date; satisfaction: string };
}

describe('complaint reports (CMP-12)', () => {
  const fixture = useService(complaintsService);
  beforeAll(() => announceCommunities(fixture, ['GZ01', 'GZ02']));
  const clock = () => fixture.service.app.get(Clock);
  const request = <R>(def: CommandDefinition<object, unknown>, payload: object, actor = desk): Promise<R> =>
    fixture.bus.request<object, unknown>(def, payload, actor) as Promise<R>;

  const made: Made[] = [];
  /** Registers at `receivedAt` (local), with the clock at that moment, and lets `then` act on it. */
  const register = async (
    receivedAt: string,
    overrides: Record<string, unknown>,
    then: 'untouched' | 'promised' | 'visited' | 'resolved-later' | 'none',
    satisfaction?: string,
  ): Promise<Made> => {
    clock().travelTo(at(receivedAt));
    const c = await request<ComplaintView>(
      RegisterComplaint,
      complaintRegistration({ receivedAt: iso(receivedAt), ...overrides }),
    );
    const m: Made = {
      id: c.id,
      communityId: c.communityId,
      kind: c.kind,
      receivedAt: at(receivedAt),
      untouched: then === 'untouched',
    };
    if (then !== 'untouched' && then !== 'none') {
      await request(AssignComplaint, { complaintId: c.id, handler: cleaner });
      await request(AcknowledgeComplaint, {
        complaintId: c.id,
        promisedAt: new Date(clock().now().getTime() + 3_600_000).toISOString(),
      });
    }
    if (then === 'visited') await resolveAndVisit(m, satisfaction!);
    made.push(m);
    return m;
  };
  const resolveAndVisit = async (m: Made, satisfaction: string) => {
    await request(ResolveComplaint, { complaintId: m.id, measures: '已安排处理', result: '已处理完毕' });
    m.resolvedAt = clock().now();
    await request(RecordReturnVisit, { complaintId: m.id, method: 'phone', satisfaction });
    m.visit = { at: clock().now(), satisfaction };
  };

  it('CMP-12, CMP-7: the weekly report’s figures equal the counts of what was done in the community’s week', async () => {
    // The week before: one resolved in W48, and one nobody answered on Sunday night (due at W48's start).
    const lastWeek = await register('2026-11-20T10:00:00', { category: 'landscaping' }, 'resolved-later');
    await register('2026-11-22T23:30:00', { category: 'cleaning' }, 'untouched');
    // W48, Monday 11-23 to Sunday 11-29 in Beijing: 00:10 on Monday is still Sunday in UTC.
    await register('2026-11-23T00:10:00', { category: 'cleaning' }, 'visited', 'satisfied');
    await register('2026-11-23T10:00:00', { category: 'engineering-quality', intent: 'vent' }, 'untouched');
    await register('2026-11-24T09:00:00', { category: 'noise' }, 'visited', 'very-satisfied');
    clock().travelTo(at('2026-11-24T15:00:00'));
    await resolveAndVisit(lastWeek, 'neutral');
    // A dissatisfied answer reopens the complaint; the visit still counts.
    await register('2026-11-25T09:00:00', { category: 'cleaning' }, 'visited', 'dissatisfied');
    // CMP-13: two suggestions and a praise; one suggestion and the praise are answered.
    const suggestion = await register('2026-11-26T09:00:00', { kind: 'suggestion' }, 'none');
    await register('2026-11-26T10:00:00', { kind: 'suggestion' }, 'none');
    const praise = await register('2026-11-26T11:00:00', { kind: 'praise' }, 'none');
    clock().travelTo(at('2026-11-26T15:00:00'));
    await request(AnswerComplaint, { complaintId: suggestion.id, answer: '感谢建议，已安排在大门增设雨棚' });
    await request(AnswerComplaint, { complaintId: praise.id, answer: '感谢表扬，已转达保洁班组' });
    // CMP-7: what the complainant wanted, one of them not recorded.
    await register('2026-11-27T09:00:00', { category: 'parking', intent: undefined }, 'promised');
    await register('2026-11-28T09:00:00', { category: 'fees', intent: 'expectation' }, 'untouched');
    // Sunday night: received in W48, its same-day reply falls due at the start of W49.
    await register('2026-11-29T22:00:00', { category: 'cleaning' }, 'untouched');
    // W49 already in Beijing, still 11-29 in UTC; and another community in W48.
    await register('2026-11-30T00:30:00', { category: 'cleaning' }, 'untouched');
    await register(
      '2026-11-24T11:00:00',
      { communityId: 'GZ02', category: 'security' },
      'visited',
      'satisfied',
    );

    clock().travelTo(at('2026-12-01T09:00:00'));
    const report = await request<WeeklyComplaintReportView>(GetWeeklyComplaintReport, {
      communityId: 'GZ01',
      week: '2026-W48',
    });

    // The same figures, counted here from what the test did.
    const from = at('2026-11-23T00:00:00');
    const to = at('2026-11-30T00:00:00');
    const inWeek = (d?: Date) => !!d && d >= from && d < to;
    const views = new Map<string, ComplaintView>();
    for (const m of made) views.set(m.id, await request<ComplaintView>(GetComplaint, { id: m.id }));
    const gz01 = made.filter((m) => m.communityId === 'GZ01' && m.kind === 'complaint');
    const received = gz01.filter((m) => inWeek(m.receivedAt));
    // CMP-3: the customer is told the same day; the reply falls due when the day of receipt ends.
    const overdue = gz01.filter((m) => {
      const due = new Date(at(`${localDate(m.receivedAt)}T00:00:00`).getTime() + 86_400_000);
      return m.untouched && inWeek(due);
    });
    const visits = gz01.filter((m) => inWeek(m.visit?.at));
    const expectCounts = (codes: readonly string[], values: (string | undefined)[], missing: string) => {
      const expected: Record<string, number> = Object.fromEntries(codes.map((c) => [c, 0]));
      expected[missing] = 0;
      for (const v of values) expected[v ?? missing]! += 1;
      return expected;
    };

    expect(report).toMatchObject({
      communityId: 'GZ01',
      week: '2026-W48',
      timeZone: 'Asia/Shanghai',
      firstDay: '2026-11-23',
      lastDay: '2026-11-29',
      from: from.toISOString(),
      to: to.toISOString(),
    });
    expect(report.received).toBe(received.length);
    expect(report.resolved).toBe(gz01.filter((m) => inWeek(m.resolvedAt)).length);
    expect(report.overdue).toBe(overdue.length);
    expect(counts(report.byCategory)).toEqual(
      expectCounts(
        ComplaintCategory.codes,
        received.map((m) => views.get(m.id)!.category),
        'uncategorised',
      ),
    );
    expect(counts(report.byDepartment)).toEqual(
      expectCounts(
        Department.codes,
        received.map((m) => views.get(m.id)!.department),
        'unassigned',
      ),
    );
    expect(counts(report.byIntent)).toEqual(
      expectCounts(
        ComplainantIntent.codes,
        received.map((m) => views.get(m.id)!.intent),
        'unrecorded',
      ),
    );
    expect(report.byIntent.map((c) => [c.code, c.label])).toEqual([
      ['solve-problem', '解决问题'],
      ['vent', '发泄'],
      ['expectation', '期待'],
      ['unrecorded', '未记录'],
    ]);
    expect(report.byIntent.every((c) => c.count > 0)).toBe(true);
    expect(report.suggestionsAndPraise).toEqual([
      { code: 'suggestion', label: '建议', received: 2, answered: 1 },
      { code: 'praise', label: '表扬', received: 1, answered: 1 },
    ]);
    const bySatisfaction = expectCounts(
      Satisfaction.codes,
      visits.map((m) => m.visit!.satisfaction),
      'none',
    );
    delete bySatisfaction['none'];
    expect(counts(report.satisfaction)).toEqual(bySatisfaction);
    expect(report.visited).toBe(visits.length);
    const satisfied = visits.filter((m) => ['satisfied', 'very-satisfied'].includes(m.visit!.satisfaction));
    expect(report.satisfiedBasisPoints).toBe(Math.floor((satisfied.length * 10_000) / visits.length));
    expect(report.byCategory.find((c) => c.code === 'cleaning')?.label).toBe('保洁');
    // Sanity of the data itself: every kind of figure has something in it.
    expect([report.received, report.resolved, report.overdue, report.visited].every((n) => n > 0)).toBe(true);
  });

  it('CMP-12: the quarterly and yearly roll-ups hold a line per community the caller sees, adding up', async () => {
    const quarter = await request<ComplaintRollupView>(GetComplaintRollup, { period: '2026-Q4' });
    expect(quarter).toMatchObject({ period: '2026-Q4', firstDay: '2026-10-01', lastDay: '2026-12-31' });
    expect(quarter.communities.map((l) => l.communityId)).toEqual(['GZ01', 'GZ02']);
    const byCommunity = (id: string) => made.filter((m) => m.communityId === id && m.kind === 'complaint');
    for (const line of quarter.communities) {
      const mine = byCommunity(line.communityId);
      expect(line.received).toBe(mine.length);
      expect(line.resolved).toBe(mine.filter((m) => m.resolvedAt).length);
      expect(line.visited).toBe(mine.filter((m) => m.visit).length);
    }
    expect(quarter.total.received).toBe(made.filter((m) => m.kind === 'complaint').length);
    expect(counts(quarter.total.satisfaction)).toMatchObject({
      satisfied: 2,
      'very-satisfied': 1,
      neutral: 1,
    });
    const year = await request<ComplaintRollupView>(GetComplaintRollup, { period: '2026' });
    expect(year.total).toEqual(quarter.total);
    const q3 = await request<ComplaintRollupView>(GetComplaintRollup, { period: '2026-Q3' });
    expect(q3.total.received).toBe(0);

    // GEN-5: a caller of one community sees only its line.
    const scoped = await request<ComplaintRollupView>(GetComplaintRollup, { period: '2026-Q4' }, onlyGz02);
    expect(scoped.communities.map((l) => l.communityId)).toEqual(['GZ02']);
    await expect(
      request(GetWeeklyComplaintReport, { communityId: 'GZ01', week: '2026-W48' }, onlyGz02),
    ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
  });

  it('CMP-12: a supervisor marks a typical case with why, once however often; the week’s report lists it until unmarked', async () => {
    const [first, second] = made.filter((m) => m.communityId === 'GZ01' && m.visit);
    clock().travelTo(at('2026-11-28T10:00:00'));
    const reason = '业主情绪激动，客服先安抚再处理，值得新员工学习';
    const mark = () =>
      request<TypicalCaseStateView>(
        SetTypicalCase,
        { complaintId: first!.id, marked: true, reason },
        supervisor,
      );
    const marked = await mark();
    expect(marked).toMatchObject({
      complaintId: first!.id,
      marked: true,
      typicalCase: {
        reason,
        markedBy: { staffId: supervisor.sub, name: supervisor.name },
        categoryLabel: '绿化',
      },
    });
    clock().travelTo(at('2026-11-28T11:00:00'));
    // Marking again changes nothing: same time, one archive entry.
    expect(await mark()).toEqual(marked);
    await request(
      SetTypicalCase,
      { complaintId: second!.id, marked: true, reason: '夜间噪音的协调处理' },
      supervisor,
    );
    const history = await request<ComplaintHistoryView>(GetComplaintHistory, { id: first!.id });
    expect(history.entries.filter((e) => e.action === 'typical-case-marked')).toMatchObject([
      { actionLabel: '标记典型案例', reason, actorId: supervisor.sub },
    ]);

    const report = await request<WeeklyComplaintReportView>(GetWeeklyComplaintReport, {
      communityId: 'GZ01',
      week: '2026-W48',
    });
    expect(report.typicalCases.map((t) => [t.complaintId, t.reason])).toEqual([
      [first!.id, reason],
      [second!.id, '夜间噪音的协调处理'],
    ]);
    // The status code travels with its label (decision 0336).
    expect(report.typicalCases[0]).toMatchObject({
      status: expect.any(String),
      statusLabel: expect.any(String),
    });
    expect(marked.typicalCase?.status).toBe(report.typicalCases[0]?.status);
    const rollup = await request<ComplaintRollupView>(GetComplaintRollup, { period: '2026-Q4' });
    expect(rollup.typicalCaseCount).toBe(2);

    // Unmarking, twice, leaves it out; the other stays.
    for (let i = 0; i < 2; i++) {
      expect(await request(SetTypicalCase, { complaintId: second!.id, marked: false }, supervisor)).toEqual({
        complaintId: second!.id,
        marked: false,
      });
    }
    const after = await request<WeeklyComplaintReportView>(GetWeeklyComplaintReport, {
      communityId: 'GZ01',
      week: '2026-W48',
    });
    expect(after.typicalCases.map((t) => t.complaintId)).toEqual([first!.id]);

    // Only leads mark; only complaints; marking needs a reason.
    await expect(
      request(SetTypicalCase, { complaintId: first!.id, marked: true, reason }, desk),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const suggestion = made.find((m) => m.kind === 'suggestion')!;
    await expect(
      request(SetTypicalCase, { complaintId: suggestion.id, marked: true, reason }, supervisor),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED', details: { field: 'complaintId' } });
    await expect(
      request(SetTypicalCase, { complaintId: first!.id, marked: true }, supervisor),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { errors: [{ field: 'reason' }] } });
  });

  it('CMP-12: a week the year does not have, or a malformed period, is refused naming the field', async () => {
    await expect(
      request(GetWeeklyComplaintReport, { communityId: 'GZ01', week: '2027-W53' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { errors: [{ field: 'week' }] } });
    await expect(
      request(GetWeeklyComplaintReport, { communityId: 'GZ01', week: '2026-48' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(request(GetComplaintRollup, { period: '2026-Q5' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    // Years outside 1900-2999, as every other date the API takes: no 500 at the edge of year 1 or 9999.
    for (const week of ['9999-W01', '9999-W52', '0001-W01', '1899-W52', '3000-W01'])
      await expect(request(GetWeeklyComplaintReport, { communityId: 'GZ01', week })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [{ field: 'week' }] },
      });
    for (const period of ['9999', '9999-Q4', '0001', '1899-Q4', '3000'])
      await expect(request(GetComplaintRollup, { period })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [{ field: 'period' }] },
      });
    const edges = await Promise.all([
      request<{ week: string }>(GetWeeklyComplaintReport, { communityId: 'GZ01', week: '1900-W01' }),
      request<{ week: string }>(GetWeeklyComplaintReport, { communityId: 'GZ01', week: '2999-W52' }),
      request<{ period: string }>(GetComplaintRollup, { period: '2999-Q4' }),
    ]);
    expect(edges.map((e) => ('week' in e ? e.week : e.period))).toEqual(['1900-W01', '2999-W52', '2999-Q4']);
  });
});

/** The local date in Beijing of an instant. */
function localDate(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
