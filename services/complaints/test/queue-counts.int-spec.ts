import { describe, expect, it } from '@jest/globals';
import { Clock } from '@pcs/platform';
import {
  AssignComplaint,
  FlagMajorComplaint,
  GetComplaintCounts,
  MergeComplaint,
  RegisterComplaint,
  type CommandDefinition,
  type ComplaintCountsView,
  type ComplaintView,
} from '@pcs/contracts';
import { complaintRegistration, staff, useService } from '@pcs/testing';
import { DeadlineMonitor } from '../src/deadlines/deadline-monitor.js';
import { complaintsService } from '../src/complaints.service-spec.js';
import { announceCommunities } from './announce-communities.js';

const at = (s: string) => new Date(`${s}+08:00`);
const desk = staff();
const supervisor = staff({ sub: 'staff-0101', name: '陈静', roles: ['cs-supervisor'] });
const manager = staff({ sub: 'staff-0201', name: '刘强', roles: ['cs-manager'], communities: ['*'] });
const cleaner = { staffId: 'staff-0501', name: '赵敏' };

describe('DESK-2: the queue counts', () => {
  const fixture = useService(complaintsService);
  const clock = () => fixture.service.app.get(Clock);
  const request = <R>(def: CommandDefinition<object, unknown>, payload: object, actor = desk): Promise<R> =>
    fixture.bus.request<object, unknown>(def, payload, actor) as Promise<R>;
  const counts = (payload: object, actor = desk) =>
    request<ComplaintCountsView>(GetComplaintCounts, payload, actor);
  const byStatus = (view: ComplaintCountsView) =>
    Object.fromEntries(view.byStatus.filter((s) => s.count > 0).map((s) => [s.status, s.count]));

  it('counts open entries per status, with the overdue, escalated and major among them, in the caller’s scope', async () => {
    await announceCommunities(fixture, ['GZ01', 'SZ01']);
    const empty = await counts({ communityId: 'GZ01' });
    expect(empty).toMatchObject({ communityId: 'GZ01', open: 0, overdue: 0, escalated: 0, major: 0 });
    // Every open status is listed, in order, with its Chinese label, zeros included.
    expect(empty.byStatus.map((s) => s.status)).toEqual([
      'registered',
      'assigned',
      'in-progress',
      'resolved',
      'negotiating',
      'reopened',
      'referred',
    ]);
    expect(empty.byStatus[0]).toEqual({ status: 'registered', statusLabel: '已登记', count: 0 });

    // Thursday 12-03 in GZ01: three entries, one assigned, one merged into another (final), one major.
    clock().travelTo(at('2026-12-03T10:00:00'));
    const register = (communityId: string) =>
      request<ComplaintView>(
        RegisterComplaint,
        complaintRegistration({ communityId, receivedAt: at('2026-12-03T10:00:00').toISOString() }),
        manager,
      );
    const [a, b, c] = [await register('GZ01'), await register('GZ01'), await register('GZ01')];
    await register('SZ01');
    await request(AssignComplaint, { complaintId: a.id, handler: cleaner });
    await request(MergeComplaint, { complaintId: c.id, intoId: b.id, reason: '同一业主重复来电' });
    await request(
      FlagMajorComplaint,
      { complaintId: b.id, reasons: ['injury'], note: '业主在楼道滑倒受伤' },
      supervisor,
    );

    // CMP-10: a major complaint goes up at once, so it counts as escalated before any deadline.
    const gz = await counts({ communityId: 'GZ01' });
    expect(gz).toMatchObject({ open: 2, overdue: 0, escalated: 1, major: 1 });
    expect(byStatus(gz)).toEqual({ registered: 1, assigned: 1 });

    // Nobody acknowledged by midnight: every open entry escalates and is overdue.
    clock().travelTo(at('2026-12-04T00:00:01'));
    await fixture.service.app.get(DeadlineMonitor).runOnce(at('2026-12-04T00:00:01'));
    expect(await counts({ communityId: 'GZ01' })).toMatchObject({
      open: 2,
      overdue: 2,
      escalated: 2,
      major: 1,
      asOf: at('2026-12-04T00:00:01').toISOString(),
    });

    // Without a community: every community the caller sees. The desk sees GZ01 only.
    const mine = await counts({});
    expect(mine.communityId).toBeUndefined();
    expect(mine).toMatchObject({ open: 2, overdue: 2 });
    const all = await counts({}, manager);
    expect(all).toMatchObject({ open: 3, overdue: 3, escalated: 3, major: 1 });
    expect(byStatus(all)).toEqual({ registered: 2, assigned: 1 });
    const sz = await counts({ communityId: 'SZ01' }, manager);
    expect(sz).toMatchObject({ communityId: 'SZ01', open: 1 });
    // A staff member given no community yet sees nothing, rather than everything.
    expect(await counts({}, staff({ communities: [] }))).toMatchObject({ open: 0, overdue: 0 });
  });

  it('GEN-5: a community outside the caller’s scope, or unknown, is not found; a malformed one is refused', async () => {
    await expect(counts({ communityId: 'SZ01' })).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
    await expect(counts({ communityId: 'NOPE99' }, manager)).rejects.toMatchObject({
      code: 'COMMUNITY_NOT_FOUND',
    });
    await expect(counts({ communityId: 'gz 01' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [{ field: 'communityId' }] },
    });
    await expect(counts({ status: 'registered' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [{ field: 'status' }] },
    });
  });
});
