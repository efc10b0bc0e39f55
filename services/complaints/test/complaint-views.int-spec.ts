import { describe, expect, it } from '@jest/globals';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '@pcs/platform';
import {
  AcknowledgeComplaint,
  AssignComplaint,
  ListComplaints,
  MergeComplaint,
  PauseComplaintDeadlines,
  RegisterComplaint,
  type CommandDefinition,
  type ComplaintView,
  type Page,
} from '@pcs/contracts';
import { complaintRegistration, staff, useService } from '@pcs/testing';
import { Complaint } from '../src/complaints/complaint.entity.js';
import { complaintViews, toComplaintView } from '../src/complaints/complaint.view.js';
import { DeadlineMonitor } from '../src/deadlines/deadline-monitor.js';
import { ComplaintDeadline } from '../src/deadlines/complaint-deadline.entity.js';
import { complaintsService } from '../src/complaints.service-spec.js';
import { announceCommunities } from './announce-communities.js';

const at = (s: string) => new Date(`${s}+08:00`);
const manager = staff({ sub: 'staff-0201', name: '刘强', roles: ['cs-manager'], communities: ['*'] });
const cleaner = { staffId: 'staff-0501', name: '赵敏' };

/**
 * The register's views read an entry's clocks and merged entries with plain SQL (decision 0190); they
 * must show exactly what the entities the ORM loads would show, for every kind of clock state.
 */
describe('DESK-2, CMP-3, CMP-14, CMP-16: the register shows clocks and merges as stored', () => {
  const fixture = useService(complaintsService);
  const clock = () => fixture.service.app.get(Clock);
  const request = <R>(def: CommandDefinition<object, unknown>, payload: object): Promise<R> =>
    fixture.bus.request<object, unknown>(def, payload, manager) as Promise<R>;

  it('gives the same views as the entities the ORM loads: open, met, cancelled, paused, escalated, merged', async () => {
    await announceCommunities(fixture, ['GZ01']);
    clock().travelTo(at('2026-12-01T09:00:00'));
    const register = (needsRepair = false): Promise<ComplaintView> =>
      request(
        RegisterComplaint,
        complaintRegistration({
          communityId: 'GZ01',
          receivedAt: at('2026-12-01T09:00:00').toISOString(),
          ...(needsRepair ? { needsRepair } : {}),
        }),
      );
    const [open, assigned, paused, stays, duplicate] = [
      await register(),
      await register(),
      await register(),
      await register(),
      await register(),
    ];
    await register(true);
    clock().travelTo(at('2026-12-01T10:00:00.123'));
    await request(AssignComplaint, { complaintId: assigned.id, handler: cleaner });
    await request(AcknowledgeComplaint, {
      complaintId: assigned.id,
      promisedAt: at('2026-12-03T10:00:00').toISOString(),
    });
    await request(AssignComplaint, { complaintId: paused.id, handler: cleaner });
    await request(PauseComplaintDeadlines, { complaintId: paused.id, reason: 'no-access', note: '业主出差' });
    await request(MergeComplaint, {
      complaintId: duplicate.id,
      intoId: stays.id,
      reason: '同一业主重复来电',
    });
    // Nobody acknowledged `open` by midnight: it escalates, and an escalation clock opens with its level.
    const midnight = at('2026-12-02T00:00:01');
    clock().travelTo(midnight);
    await fixture.service.app.get(DeadlineMonitor).runOnce(midnight);
    clock().travelTo(at('2026-12-02T09:30:00'));

    const page = await request<Page<ComplaintView>>(ListComplaints, { communityId: 'GZ01', limit: 50 });
    expect(page.items).toHaveLength(6);

    const em = fixture.service.app.get(MikroORM).em.fork() as EntityManager;
    const rows = await em.find(
      Complaint,
      { communityId: 'GZ01' },
      { filters: false, orderBy: { id: 'desc' } },
    );
    const clocks = await em.find(
      ComplaintDeadline,
      { complaintId: { $in: rows.map((r) => r.id) } },
      { filters: false, orderBy: { openedAt: 'asc', id: 'asc' } },
    );
    const now = clock().now();
    const expected = rows.map((r) =>
      toComplaintView(
        r,
        clocks.filter((d) => d.complaintId === r.id),
        rows.filter((m) => m.mergedIntoId === r.id).map((m) => m.id),
        now,
      ),
    );
    // Every state the views must carry is in this register.
    const states = expected.flatMap((v) => v.deadlines);
    expect(states.some((d) => d.metAt)).toBe(true);
    expect(states.some((d) => d.cancelledAt)).toBe(true);
    expect(states.some((d) => d.paused)).toBe(true);
    expect(states.some((d) => d.overdue)).toBe(true);
    expect(states.some((d) => d.level)).toBe(true);
    expect(expected.find((v) => v.id === stays.id)?.mergedFromIds).toEqual([duplicate.id]);
    expect(expected.find((v) => v.id === open.id)?.overdue).toBe(true);

    expect(await complaintViews(em, rows, now)).toEqual(expected);
    expect(page.items).toEqual(expected);
  });
});
