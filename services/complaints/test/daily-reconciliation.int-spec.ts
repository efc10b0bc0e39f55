import { beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '@pcs/platform';
import {
  AcknowledgeComplaint,
  AnswerComplaint,
  AssignComplaint,
  ComplaintsBus,
  GetDayReconciliation,
  RegisterComplaint,
  SignOffDay,
  type CommandDefinition,
  type ComplaintView,
  type DayReconciliationView,
  type LabelledCountView,
} from '@pcs/contracts';
import { complaintRegistration, eventually, staff, useService } from '@pcs/testing';
import { complaintsService } from '../src/complaints.service-spec.js';
import { announceCommunities } from './announce-communities.js';
import { DeadlineMonitor } from '../src/deadlines/deadline-monitor.js';

const at = (s: string) => new Date(`${s}+08:00`);
const iso = (s: string) => at(s).toISOString();
const desk = staff();
const supervisor = staff({ sub: 'staff-0101', name: '陈静', roles: ['cs-supervisor'] });
const elsewhere = staff({ sub: 'staff-0901', name: '黄磊', roles: ['cs-supervisor'], communities: ['GZ02'] });
const cleaner = { staffId: 'staff-0501', name: '赵敏' };

const counts = (list: LabelledCountView[]) => Object.fromEntries(list.map((c) => [c.code, c.count]));

describe('the daily reconciliation (CMP-6)', () => {
  const fixture = useService(complaintsService);

  beforeAll(() => announceCommunities(fixture, ['GZ01', 'GZ02']));
  const clock = () => fixture.service.app.get(Clock);
  const request = <R>(
    def: CommandDefinition<object, unknown>,
    payload: object,
    actor = desk,
    extra: { idempotencyKey?: string } = {},
  ): Promise<R> => fixture.bus.request<object, unknown>(def, payload, actor, extra) as Promise<R>;
  const register = (receivedAt: string, overrides: Record<string, unknown> = {}) =>
    request<ComplaintView>(
      RegisterComplaint,
      complaintRegistration({ receivedAt: iso(receivedAt), category: 'cleaning', ...overrides }),
    );
  const reconciliation = (date: string, actor = supervisor, communityId = 'GZ01') =>
    request<DayReconciliationView>(GetDayReconciliation, { communityId, date }, actor);

  it('CMP-6: the day’s register with its gaps: no handler, no promised time, overdue, nothing done', async () => {
    // Tuesday 11-24: an entry nobody acknowledges, overdue from midnight.
    clock().travelTo(at('2026-11-24T16:00:00'));
    const yesterday = await register('2026-11-24T15:00:00');
    await fixture.service.app.get(DeadlineMonitor).runOnce(at('2026-11-25T00:00:01'));

    clock().travelTo(at('2026-11-25T18:00:00'));
    const untouched = await register('2026-11-25T09:00:00');
    const assigned = await register('2026-11-25T10:00:00');
    await request(AssignComplaint, { complaintId: assigned.id, handler: cleaner });
    const promised = await register('2026-11-25T11:00:00');
    await request(AssignComplaint, { complaintId: promised.id, handler: cleaner });
    await request(AcknowledgeComplaint, { complaintId: promised.id, promisedAt: iso('2026-11-27T18:00:00') });
    const enquiry = await register('2026-11-25T12:00:00', { kind: 'enquiry', answer: '物业费可在App缴纳' });
    const suggestion = await register('2026-11-25T13:00:00', { kind: 'suggestion' });
    const answered = await register('2026-11-25T14:00:00', { kind: 'praise' });
    await request(AnswerComplaint, { complaintId: answered.id, answer: '感谢表扬' });
    const otherCommunity = await request<ComplaintView>(
      RegisterComplaint,
      complaintRegistration({ communityId: 'GZ02', receivedAt: iso('2026-11-25T09:30:00') }),
      staff({ communities: ['GZ01', 'GZ02'] }),
    );

    const day = await reconciliation('2026-11-25');
    expect(day).toMatchObject({
      communityId: 'GZ01',
      date: '2026-11-25',
      timeZone: 'Asia/Shanghai',
      from: iso('2026-11-25T00:00:00'),
      to: iso('2026-11-26T00:00:00'),
      ended: false,
    });
    expect(day.signOff).toBeUndefined();
    expect(day.entries.map((e) => e.complaintId)).toEqual([
      untouched.id,
      assigned.id,
      promised.id,
      enquiry.id,
      suggestion.id,
      answered.id,
    ]);
    expect(day.entries.map((e) => e.complaintId)).not.toContain(otherCommunity.id);
    const gaps = day.gaps.map((g) => [g.kind, g.entry.complaintId]);
    expect(gaps).toEqual([
      ['no-handler', untouched.id],
      ['no-promise', untouched.id],
      ['no-promise', assigned.id],
      ['overdue', yesterday.id],
      ['no-outcome', untouched.id],
      ['no-outcome', suggestion.id],
    ]);
    expect(day.gaps[0]).toMatchObject({ kindLabel: '未分派', entry: { number: untouched.number } });
    expect(day.gapCounts).toEqual([
      { code: 'no-handler', label: '未分派', count: 1 },
      { code: 'no-promise', label: '未承诺时限', count: 2 },
      { code: 'overdue', label: '已超时', count: 1 },
      { code: 'no-outcome', label: '未处理', count: 2 },
    ]);
    expect(counts(day.countsByKind)).toMatchObject({
      complaint: 3,
      enquiry: 1,
      suggestion: 1,
      praise: 1,
      repair: 0,
    });
    expect(day.countsByKind.find((c) => c.code === 'complaint')?.label).toBe('投诉');
    expect(counts(day.countsByStatus)).toMatchObject({ registered: 2, assigned: 2, answered: 2 });

    // The day has not ended: it cannot be signed yet.
    await expect(
      request(SignOffDay, { communityId: 'GZ01', date: '2026-11-25' }, supervisor),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED', details: { field: 'date' } });
  });

  it('CMP-6: a supervisor signs an ended day with the gaps as they stand; a signed-off day cannot be changed', async () => {
    clock().travelTo(at('2026-11-26T09:00:00'));
    // Only a supervisor or manager signs.
    await expect(
      request(SignOffDay, { communityId: 'GZ01', date: '2026-11-25' }, desk),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const signed = await request<DayReconciliationView>(
      SignOffDay,
      { communityId: 'GZ01', date: '2026-11-25', note: '两件未派单已交早班处理' },
      supervisor,
      { idempotencyKey: 'sign-GZ01-2026-11-25' },
    );
    expect(signed.ended).toBe(true);
    expect(signed.signOff).toMatchObject({
      by: { staffId: supervisor.sub, name: supervisor.name },
      at: iso('2026-11-26T09:00:00'),
      note: '两件未派单已交早班处理',
      entryCount: 6,
    });
    expect(counts(signed.signOff!.gapCounts)).toEqual({
      'no-handler': 1,
      'no-promise': 2,
      overdue: 1,
      'no-outcome': 2,
    });
    // A retry with the same key is the first answer; another sign-off is refused with a stable code.
    const replay = await request<DayReconciliationView>(
      SignOffDay,
      { communityId: 'GZ01', date: '2026-11-25', note: '两件未派单已交早班处理' },
      supervisor,
      { idempotencyKey: 'sign-GZ01-2026-11-25' },
    );
    expect(replay.signOff?.id).toBe(signed.signOff?.id);
    await expect(
      request(SignOffDay, { communityId: 'GZ01', date: '2026-11-25', note: '再签一次' }, supervisor),
    ).rejects.toMatchObject({ code: 'DAY_SIGNED_OFF', details: { field: 'date' } });

    // The day is locked: nothing can be registered as received on it…
    await expect(register('2026-11-25T20:00:00')).rejects.toMatchObject({
      code: 'DAY_SIGNED_OFF',
      details: { field: 'receivedAt', date: '2026-11-25' },
    });
    // …while the next day, and the same day of another community, stay open.
    await register('2026-11-26T08:00:00');
    await request(
      RegisterComplaint,
      complaintRegistration({ communityId: 'GZ02', receivedAt: iso('2026-11-25T20:00:00') }),
      staff({ communities: ['GZ02'] }),
    );

    // Work on the day's gaps goes on; the signed record keeps the gaps as they were.
    const untouched = signed.gaps.find((g) => g.kind === 'no-handler')!.entry;
    await request(AssignComplaint, { complaintId: untouched.complaintId, handler: cleaner });
    const later = await reconciliation('2026-11-25');
    expect(counts(later.gapCounts)['no-handler']).toBe(0);
    expect(later.entries).toHaveLength(6);
    expect(later.signOff).toEqual(signed.signOff);

    const event = await eventually(async () => {
      const found = (await fixture.bus.events(ComplaintsBus.stream)).find(
        (e) => e.type === 'complaint.day-reconciled.v1',
      );
      expect(found).toBeDefined();
      return found!;
    });
    expect(event).toMatchObject({
      subject: signed.signOff!.id,
      communityid: 'GZ01',
      data: { communityId: 'GZ01', date: '2026-11-25', signedBy: supervisor.sub, entryCount: 6 },
    });
  });

  it('CMP-6: a sign-off and registrations racing on the same day: every entry is in the snapshot or refused', async () => {
    clock().travelTo(at('2026-11-28T09:00:00'));
    const results = await Promise.allSettled([
      ...Array.from({ length: 8 }, (_v, i) =>
        register(`2026-11-27T1${i}:00:00`, { description: `并发登记 ${i}` }),
      ),
      request<DayReconciliationView>(SignOffDay, { communityId: 'GZ01', date: '2026-11-27' }, supervisor),
    ]);
    const signOff = results.at(-1)!;
    expect(signOff.status).toBe('fulfilled');
    const registered = results.slice(0, -1).filter((r) => r.status === 'fulfilled');
    for (const r of results.slice(0, -1)) {
      if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'DAY_SIGNED_OFF' });
    }
    const signed = (signOff as PromiseFulfilledResult<DayReconciliationView>).value;
    expect(signed.signOff!.entryCount).toBe(registered.length);
    expect((await reconciliation('2026-11-27')).entries).toHaveLength(registered.length);
  });

  it('GEN-5: a community the caller does not serve, or that residents never announced, does not exist; bad dates are refused by name', async () => {
    const manager = staff({ sub: 'staff-0201', name: '刘强', roles: ['cs-manager'], communities: ['*'] });
    await expect(reconciliation('2026-11-25', manager, 'GZ77')).rejects.toMatchObject({
      code: 'COMMUNITY_NOT_FOUND',
    });
    await expect(
      request(SignOffDay, { communityId: 'GZ77', date: '2026-11-25' }, manager),
    ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
    await expect(reconciliation('2026-11-25', elsewhere)).rejects.toMatchObject({
      code: 'COMMUNITY_NOT_FOUND',
    });
    await expect(
      request(SignOffDay, { communityId: 'GZ01', date: '2026-11-25' }, elsewhere),
    ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
    await expect(reconciliation('2026-02-30')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field: 'date' })] },
    });
  });

  it('CMP-6: a day after today in the community’s zone is refused naming date; today is listed (decision 0333)', async () => {
    // 23:30 in Shanghai on 11-26 is already 11-26 there (15:30 UTC).
    clock().travelTo(at('2026-11-26T23:30:00'));
    for (const date of ['2026-11-27', '2999-12-31']) {
      await expect(reconciliation(date)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field: 'date' })] },
      });
      await expect(request(SignOffDay, { communityId: 'GZ01', date }, supervisor)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field: 'date' })] },
      });
    }
    expect(await reconciliation('2026-11-26')).toMatchObject({ date: '2026-11-26', ended: false });
  });
});
