import { beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '@pcs/platform';
import {
  AcceptShiftHandover,
  AcknowledgeComplaint,
  AssignComplaint,
  CloseComplaintAsExplained,
  ComplaintsBus,
  CreateShiftHandover,
  EscalateComplaint,
  FlagMajorComplaint,
  GetShiftHandover,
  ListShiftHandovers,
  RefuseShiftHandover,
  RegisterComplaint,
  ReviewShiftHandover,
  type CommandDefinition,
  type ComplaintView,
  type Page,
  type ShiftHandoverView,
} from '@pcs/contracts';
import { complaintRegistration, eventually, staff, useService } from '@pcs/testing';
import { complaintsService } from '../src/complaints.service-spec.js';
import { announceCommunities } from './announce-communities.js';

const at = (s: string) => new Date(`${s}+08:00`);
const iso = (s: string) => at(s).toISOString();
const dayShift = staff(); // 李娜, staff-0001
const nightShift = staff({ sub: 'staff-0002', name: '张伟' });
const relief = staff({ sub: 'staff-0003', name: '吴倩' });
const supervisor = staff({ sub: 'staff-0101', name: '陈静', roles: ['cs-supervisor'] });
const elsewhere = staff({ sub: 'staff-0901', name: '黄磊', roles: ['cs-supervisor'], communities: ['GZ02'] });
const cleaner = { staffId: 'staff-0501', name: '赵敏' };
const ref = (s: { sub: string; name: string }) => ({ staffId: s.sub, name: s.name });

describe('shift handovers (DESK-1)', () => {
  const fixture = useService(complaintsService);

  beforeAll(() => announceCommunities(fixture, ['GZ01', 'GZ02']));
  const clock = () => fixture.service.app.get(Clock);
  const request = <R>(
    def: CommandDefinition<object, unknown>,
    payload: object,
    actor = dayShift,
    extra: { idempotencyKey?: string } = {},
  ): Promise<R> => fixture.bus.request<object, unknown>(def, payload, actor, extra) as Promise<R>;
  const register = (receivedAt: string, overrides: Record<string, unknown> = {}) =>
    request<ComplaintView>(
      RegisterComplaint,
      complaintRegistration({ receivedAt: iso(receivedAt), category: 'cleaning', ...overrides }),
    );
  const handOver = (to: { sub: string; name: string }, extra: { idempotencyKey?: string } = {}) =>
    request<ShiftHandoverView>(
      CreateShiftHandover,
      {
        communityId: 'GZ01',
        to: ref(to),
        shiftEndsAt: iso('2026-11-25T18:00:00'),
        summary: '白班接来电6个，楼道保洁两件已派单',
        notes: '钥匙柜已清点',
      },
      dayShift,
      extra,
    );
  const ids = (items: { complaintId: string }[]) => items.map((i) => i.complaintId);

  it('DESK-1: the handover carries the open items, promised call-backs and active matters as they stand', async () => {
    clock().travelTo(at('2026-11-24T09:00:00'));
    const old = await register('2026-11-24T09:00:00'); // more than 24 h before the handover
    await request(AssignComplaint, { complaintId: old.id, handler: cleaner });
    await request(EscalateComplaint, { complaintId: old.id, reason: '需主管协调' }); // active, call-back

    clock().travelTo(at('2026-11-25T12:30:00'));
    const open = await register('2026-11-25T09:00:00');
    const promised = await register('2026-11-25T10:00:00');
    await request(AssignComplaint, { complaintId: promised.id, handler: cleaner });
    await request(AcknowledgeComplaint, { complaintId: promised.id, promisedAt: iso('2026-11-26T12:00:00') });
    const major = await register('2026-11-25T11:00:00');
    await request(AssignComplaint, { complaintId: major.id, handler: cleaner });
    await request(
      FlagMajorComplaint,
      { complaintId: major.id, reasons: ['injury'], note: '业主滑倒' },
      supervisor,
    );
    const finished = await register('2026-11-25T12:00:00');
    await request(AssignComplaint, { complaintId: finished.id, handler: cleaner });
    await request(
      CloseComplaintAsExplained,
      { complaintId: finished.id, explanation: '属市政管理' },
      supervisor,
    );
    await request(
      RegisterComplaint,
      complaintRegistration({ communityId: 'GZ02', receivedAt: iso('2026-11-25T12:30:00') }),
      staff({ communities: ['GZ02'] }),
    );

    clock().travelTo(at('2026-11-25T18:00:00'));
    const handover = await handOver(nightShift, { idempotencyKey: 'handover-day-1' });
    expect(handover).toMatchObject({
      communityId: 'GZ01',
      status: 'pending',
      statusLabel: '待接班',
      from: ref(dayShift),
      to: ref(nightShift),
      handedOverAt: iso('2026-11-25T18:00:00'),
      shiftEndsAt: iso('2026-11-25T18:00:00'),
      summary: '白班接来电6个，楼道保洁两件已派单',
      notes: '钥匙柜已清点',
      version: 1,
    });
    const snapshot = handover.snapshot;
    // No earlier handover by the giver: the open items of the last 24 h, unfinished ones only.
    expect(snapshot.since).toBe(iso('2026-11-24T18:00:00'));
    expect(ids(snapshot.openItems)).toEqual([open.id, promised.id, major.id]);
    expect(snapshot.openItemCount).toBe(3);
    expect(snapshot.callBacks.map((cb) => cb.complaintId)).toEqual([old.id, major.id]);
    expect(snapshot.callBackCount).toBe(2);
    expect(ids(snapshot.promises)).toEqual([promised.id]);
    expect(snapshot.promises[0]).toMatchObject({ promisedAt: iso('2026-11-26T12:00:00'), handler: cleaner });
    expect(ids(snapshot.activeMatters)).toEqual([old.id, major.id]);
    expect(snapshot.activeMatters[1]).toMatchObject({ major: true, escalationLevel: 'general-manager' });
    expect(snapshot.activeMatterCount).toBe(2);

    // A retry with the same key is the same handover.
    expect((await handOver(nightShift, { idempotencyKey: 'handover-day-1' })).id).toBe(handover.id);
    // Nobody hands over to themselves.
    await expect(
      request(CreateShiftHandover, { communityId: 'GZ01', to: ref(dayShift), summary: '交班' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field: 'to.staffId' })] },
    });
  });

  it('DESK-1: only the incoming staff member accepts; a handover is answered once', async () => {
    const [handover] = (await request<Page<ShiftHandoverView>>(ListShiftHandovers, { communityId: 'GZ01' }))
      .items;
    for (const someoneElse of [relief, dayShift, supervisor]) {
      await expect(
        request(AcceptShiftHandover, { handoverId: handover!.id }, someoneElse),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    clock().travelTo(at('2026-11-25T18:05:00'));
    const accepted = await request<ShiftHandoverView>(
      AcceptShiftHandover,
      { handoverId: handover!.id, note: '已核对' },
      nightShift,
    );
    expect(accepted).toMatchObject({
      status: 'accepted',
      statusLabel: '已接班',
      acceptedAt: iso('2026-11-25T18:05:00'),
      acceptanceNote: '已核对',
      version: 2,
    });
    expect(accepted.snapshot).toEqual(handover!.snapshot);
    await expect(
      request(RefuseShiftHandover, { handoverId: handover!.id, reason: '改主意' }, nightShift),
    ).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
  });

  it('DESK-1: a refusal goes to the supervisor, who reviews each day’s handovers once', async () => {
    // The giver's next handover starts where the accepted one did.
    clock().travelTo(at('2026-11-25T20:00:00'));
    const late = await register('2026-11-25T19:00:00');
    const second = await handOver(relief);
    expect(second.snapshot.since).toBe(iso('2026-11-25T18:00:00'));
    expect(ids(second.snapshot.openItems)).toEqual([late.id]);

    await expect(
      request(ReviewShiftHandover, { handoverId: second.id, note: '未接班' }, supervisor),
    ).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
    const refused = await request<ShiftHandoverView>(
      RefuseShiftHandover,
      { handoverId: second.id, reason: '漏水事项没有写明进展' },
      relief,
    );
    expect(refused).toMatchObject({
      status: 'refused',
      statusLabel: '拒绝接班',
      refusalReason: '漏水事项没有写明进展',
    });
    const event = await eventually(async () => {
      const found = (await fixture.bus.events(ComplaintsBus.stream)).find(
        (e) => e.type === 'shift-handover.refused.v1',
      );
      expect(found).toBeDefined();
      return found!;
    });
    expect(event).toMatchObject({
      subject: second.id,
      communityid: 'GZ01',
      data: {
        handoverId: second.id,
        fromStaffId: dayShift.sub,
        toStaffId: relief.sub,
        reason: '漏水事项没有写明进展',
      },
    });

    // The supervisor's review of the day: both handovers, the refused one among them, newest first.
    const review = { communityId: 'GZ01', date: '2026-11-25', reviewed: false };
    const toReview = await request<Page<ShiftHandoverView>>(ListShiftHandovers, review, supervisor);
    expect(toReview.items.map((h) => [h.status, h.to.staffId])).toEqual([
      ['refused', relief.sub],
      ['accepted', nightShift.sub],
    ]);
    const onePage = await request<Page<ShiftHandoverView>>(
      ListShiftHandovers,
      { ...review, limit: 1 },
      supervisor,
    );
    const next = await request<Page<ShiftHandoverView>>(
      ListShiftHandovers,
      { ...review, limit: 1, cursor: onePage.nextCursor },
      supervisor,
    );
    expect([...onePage.items, ...next.items].map((h) => h.id)).toEqual(toReview.items.map((h) => h.id));
    expect(
      (
        await request<Page<ShiftHandoverView>>(
          ListShiftHandovers,
          { ...review, date: '2026-11-26' },
          supervisor,
        )
      ).items,
    ).toEqual([]);

    await expect(
      request(ReviewShiftHandover, { handoverId: second.id, note: '已阅' }, dayShift),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    clock().travelTo(at('2026-11-25T21:00:00'));
    for (const h of toReview.items) {
      const reviewed = await request<ShiftHandoverView>(
        ReviewShiftHandover,
        { handoverId: h.id, note: h.status === 'refused' ? '已找李娜补写漏水进展' : '交接清楚' },
        supervisor,
      );
      expect(reviewed).toMatchObject({
        status: h.status,
        review: { by: ref(supervisor), at: iso('2026-11-25T21:00:00') },
      });
    }
    await expect(
      request(ReviewShiftHandover, { handoverId: second.id, note: '再审' }, supervisor),
    ).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
    expect((await request<Page<ShiftHandoverView>>(ListShiftHandovers, review, supervisor)).items).toEqual(
      [],
    );
    expect(
      (
        await request<Page<ShiftHandoverView>>(
          ListShiftHandovers,
          { communityId: 'GZ01', status: 'refused', reviewed: true },
          supervisor,
        )
      ).items.map((h) => h.id),
    ).toEqual([second.id]);
  });

  it('bad input: a shift said to end more than a year ahead, or far from the handover, is refused naming shiftEndsAt, and nothing is handed over (decisions 0226, 0300)', async () => {
    const count = async () =>
      (await request<Page<ShiftHandoverView>>(ListShiftHandovers, { limit: 100 }, supervisor)).items.length;
    const before = await count();
    const now = clock().now().getTime();
    for (const shiftEndsAt of [now + 367 * 86_400_000, now - 2 * 86_400_000, now + 2 * 86_400_000, 0])
      await expect(
        request(CreateShiftHandover, {
          communityId: 'GZ01',
          to: ref(relief),
          shiftEndsAt: new Date(shiftEndsAt).toISOString(),
          summary: '交班',
        }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { errors: [{ field: 'shiftEndsAt' }] } });
    expect(await count()).toBe(before);
  });

  it('GEN-5: another community’s handovers are neither listed nor found', async () => {
    const [any] = (await request<Page<ShiftHandoverView>>(ListShiftHandovers, {}, supervisor)).items;
    expect((await request<ShiftHandoverView>(GetShiftHandover, { id: any!.id })).id).toBe(any!.id);
    await expect(request(GetShiftHandover, { id: any!.id }, elsewhere)).rejects.toMatchObject({
      code: 'SHIFT_HANDOVER_NOT_FOUND',
    });
    expect((await request<Page<ShiftHandoverView>>(ListShiftHandovers, {}, elsewhere)).items).toEqual([]);
    await expect(
      request(CreateShiftHandover, { communityId: 'GZ01', to: ref(relief), summary: '交班' }, elsewhere),
    ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
    const everywhere = staff({ communities: ['*'] });
    await expect(
      request(CreateShiftHandover, { communityId: 'GZ77', to: ref(relief), summary: '交班' }, everywhere),
    ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
  });
});
