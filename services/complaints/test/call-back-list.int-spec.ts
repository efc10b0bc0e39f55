import { beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '@pcs/platform';
import {
  AssignComplaint,
  CompleteCallBack,
  EscalateComplaint,
  GetComplaintHistory,
  ListCallBacks,
  RegisterComplaint,
  type CallBackView,
  type CommandDefinition,
  type ComplaintHistoryView,
  type ComplaintView,
  type Page,
} from '@pcs/contracts';
import { complaintRegistration, staff, useService } from '@pcs/testing';
import { complaintsService } from '../src/complaints.service-spec.js';
import { announceCommunities } from './announce-communities.js';

const at = (s: string) => new Date(`${s}+08:00`);
const iso = (s: string) => at(s).toISOString();
const desk = staff();
const colleague = staff({ sub: 'staff-0002', name: '张伟' });
const elsewhere = staff({ sub: 'staff-0901', name: '黄磊', communities: ['GZ02'] });
const cleaner = { staffId: 'staff-0501', name: '赵敏' };

describe("the desk's call-back list (CMP-4)", () => {
  const fixture = useService(complaintsService);
  // Entries are taken only in communities residents announced (decision 0194).
  beforeAll(() => announceCommunities(fixture, ['GZ01', 'GZ02']));
  const clock = () => fixture.service.app.get(Clock);
  const request = <R>(def: CommandDefinition<object, unknown>, payload: object, actor = desk): Promise<R> =>
    fixture.bus.request<object, unknown>(def, payload, actor) as Promise<R>;
  const escalated = async (receivedAt: string, overrides: Record<string, unknown> = {}) => {
    clock().travelTo(at(receivedAt));
    const c = await request<ComplaintView>(
      RegisterComplaint,
      complaintRegistration({ receivedAt: iso(receivedAt), category: 'cleaning', ...overrides }),
    );
    await request(AssignComplaint, { complaintId: c.id, handler: cleaner });
    await request(EscalateComplaint, { complaintId: c.id, reason: '超出保洁部权限' });
    return c;
  };
  const openList = (query: Record<string, unknown> = {}, actor = desk) =>
    request<Page<CallBackView>>(ListCallBacks, { communityId: 'GZ01', ...query }, actor);

  it('CMP-4: an escalation puts the customer on the call-back list, due by the end of the next working day', async () => {
    const c = await escalated('2026-11-18T10:00:00'); // Wednesday
    const list = await openList();
    expect(list.items).toEqual([
      expect.objectContaining({
        complaintId: c.id,
        number: c.number,
        communityId: 'GZ01',
        reason: 'escalated',
        reasonLabel: '投诉上报告知客户',
        escalationLevel: 'supervisor',
        escalationLevelLabel: '客服主管',
        channel: 'phone',
        customer: { anonymous: false, surname: '王', phone: '138****5678' },
        dueAt: iso('2026-11-20T00:00:00'),
        overdue: false,
        status: 'open',
        statusLabel: '待回电',
      }),
    ]);
    // A second escalation raises the waiting call-back rather than adding another.
    await request(EscalateComplaint, { complaintId: c.id, reason: '主管无法协调' });
    const raised = await openList();
    expect(raised.items).toHaveLength(1);
    expect(raised.items[0]).toMatchObject({ escalationLevel: 'manager', dueAt: iso('2026-11-20T00:00:00') });
  });

  it('CMP-4: an anonymous customer has nobody to call back', async () => {
    const c = await escalated('2026-11-18T11:00:00', { customer: { anonymous: true } });
    expect((await openList()).items.map((i) => i.complaintId)).not.toContain(c.id);
  });

  it('CMP-4: open call-backs oldest due first, page by page; a call made is done once, in the entry’s history too', async () => {
    const friday = await escalated('2026-11-20T16:00:00');
    const monday = await escalated('2026-11-23T09:00:00');
    clock().travelTo(at('2026-11-24T09:00:00'));
    const first = await openList({ limit: 2 });
    expect(first.items.map((i) => i.dueAt)).toEqual([iso('2026-11-20T00:00:00'), iso('2026-11-24T00:00:00')]);
    expect(first.items.every((i) => i.overdue)).toBe(true);
    const rest = await openList({ limit: 2, cursor: first.nextCursor });
    expect(rest.items.map((i) => i.complaintId)).toEqual([monday.id]);
    expect(rest.items[0]).toMatchObject({ dueAt: iso('2026-11-25T00:00:00'), overdue: false });
    expect(rest.nextCursor).toBeUndefined();
    // A cursor of the open list means nothing in the done one.
    await expect(openList({ status: 'done', cursor: first.nextCursor })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });

    const callBack = first.items.find((i) => i.complaintId === friday.id)!;
    const done = await request<CallBackView>(
      CompleteCallBack,
      { callBackId: callBack.id, outcome: '已电话告知业主投诉已上报主管' },
      colleague,
    );
    expect(done).toMatchObject({
      status: 'done',
      statusLabel: '已回电',
      outcome: '已电话告知业主投诉已上报主管',
      doneAt: iso('2026-11-24T09:00:00'),
      doneBy: { staffId: colleague.sub, name: colleague.name },
      overdue: false,
      version: 2,
    });
    await expect(
      request(CompleteCallBack, { callBackId: callBack.id, outcome: '再打一次' }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
    expect((await openList()).items.map((i) => i.id)).not.toContain(callBack.id);
    expect((await openList({ status: 'done' })).items.map((i) => i.id)).toEqual([callBack.id]);
    const history = await request<ComplaintHistoryView>(GetComplaintHistory, { id: friday.id });
    expect(history.entries.at(-1)).toMatchObject({
      action: 'called-back',
      actionLabel: '回电告知',
      actorId: colleague.sub,
      reason: '已电话告知业主投诉已上报主管',
    });

    // A later escalation of the same entry puts the customer on the list again.
    await request(EscalateComplaint, { complaintId: friday.id, reason: '业主再次来电' });
    expect((await openList()).items.map((i) => i.complaintId)).toContain(friday.id);
  });

  it('GEN-5: another community’s call-backs are neither listed nor found', async () => {
    // Asked by name, a community outside the caller's scope is 404 (decision 0302); unnamed, nothing shows.
    await expect(openList({}, elsewhere)).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
    const list = await request<Page<CallBackView>>(ListCallBacks, {}, elsewhere);
    expect(list.items).toEqual([]);
    const any = (await openList()).items[0]!;
    await expect(
      request(CompleteCallBack, { callBackId: any.id, outcome: '已告知' }, elsewhere),
    ).rejects.toMatchObject({ code: 'CALL_BACK_NOT_FOUND' });
  });
});
