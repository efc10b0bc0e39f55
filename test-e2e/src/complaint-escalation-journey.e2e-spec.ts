import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ComplaintsBus, ComplaintView, validatePayload } from '@pcs/contracts';
import { complaintRegistration, eventually } from '@pcs/testing';
import { setProcessClock, Stack } from './stack.js';

const at = (s: string) => new Date(`${s}+08:00`).toISOString();
/** 2026: National Day 10-01..10-07 off, Saturday 10-10 worked (调休). */
const CALENDAR_2026 = {
  holidays: [
    '2026-10-01',
    '2026-10-02',
    '2026-10-03',
    '2026-10-04',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07',
  ],
  makeUpWorkdays: ['2026-09-27', '2026-10-10'],
};

describe('a complaint ignored across a holiday is escalated, then resolved, visited and closed (CMP-2 … CMP-9)', () => {
  let stack: Stack;
  let clockDir: string;
  const clockFile = () => path.join(clockDir, 'clock');
  /** The complaints service's clock reads this instant from now on (decision 0084). */
  const setClock = (instant: string) => setProcessClock(clockFile(), instant);

  beforeAll(async () => {
    clockDir = mkdtempSync(path.join(tmpdir(), 'pcs-clock-'));
    setClock(at('2026-09-30T10:00:00'));
    stack = await Stack.start(
      {},
      { complaints: { CLOCK_FILE: clockFile(), DEADLINE_SCAN_INTERVAL_MS: '300' } },
    );
    await stack.createCommunity();
  });

  afterAll(async () => {
    await stack?.stopAll();
    rmSync(clockDir, { recursive: true, force: true });
  });

  it('CMP-3, CMP-4: the feedback deadline skips the holiday, escalates when missed, and the customer is told', async () => {
    const admin = await stack.token({
      roles: ['cs-manager'],
      communities: ['*'],
      sub: 'staff-0201',
      name: '刘强',
    });
    const desk = await stack.token();
    const supervisor = await stack.token({ roles: ['cs-supervisor'], sub: 'staff-0101', name: '陈静' });
    expect(
      (await stack.http('PUT', '/api/v1/calendar/2026', { token: admin, body: CALENDAR_2026 })).status,
    ).toBe(200);

    // 09-30 10:00: a call is registered and routed to cleaning with a named handler. The calendar
    // reaches complaints by an event: register and assign once it is there, so that the feedback falls
    // due on the make-up Saturday. Assigning the same call again opens no new clock, so each attempt is
    // a new call (decision 0242).
    const assigned = await eventually(
      async () => {
        const created = await stack.http('POST', '/api/v1/complaints', {
          token: desk,
          body: complaintRegistration({ receivedAt: at('2026-09-30T10:00:00'), category: 'cleaning' }),
        });
        expect(created.status).toBe(201);
        const res = await stack.http(
          'POST',
          `/api/v1/complaints/${(created.json as ComplaintView).id}/assign`,
          {
            token: desk,
            body: { handler: { staffId: 'staff-0501', name: '赵敏' } },
          },
        );
        expect(res.status).toBe(200);
        const feedback = (res.json as ComplaintView).deadlines.find((d) => d.kind === 'feedback');
        // The file's clock runs on at real speed from 09-30 10:00: the assignment is a little later.
        const late = Date.parse(feedback?.dueAt ?? '') - Date.parse(at('2026-10-10T10:00:00'));
        expect({ late, onTheMakeUpSaturday: late >= 0 && late < 5 * 60_000 }).toMatchObject({
          onTheMakeUpSaturday: true,
        });
        return res.json as ComplaintView;
      },
      30_000,
      500,
    );
    const id = assigned.id;
    expect(assigned).toMatchObject({ status: 'assigned', department: 'cleaning', handler: { name: '赵敏' } });

    // The customer agrees to wait past the holiday for the resolution, and is told the same day when
    // it will be resolved: the extension first, as the promise keeps to the deadline (decision 0294).
    const extended = await stack.http('POST', `/api/v1/complaints/${id}/extend`, {
      token: desk,
      body: {
        until: at('2026-10-16T18:00:00'),
        reason: '国庆假期后处理',
        // Agreed on the call itself: a consent is dated between the receipt and now (CMP-3).
        customerConsent: { consented: true, consentedAt: at('2026-09-30T10:00:00'), channel: 'call' },
      },
    });
    expect(extended.status).toBe(200);
    const acknowledged = await stack.http('POST', `/api/v1/complaints/${id}/acknowledge`, {
      token: desk,
      body: { promisedAt: at('2026-10-12T18:00:00'), note: '已告知业主节后处理' },
    });
    expect(acknowledged.status).toBe(200);

    // 10-08, after the holiday: the feedback is not yet due, so nothing climbs.
    setClock(at('2026-10-08T12:00:00'));
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // several scheduler rounds
    let read = await stack.http('GET', `/api/v1/complaints/${id}`, { token: desk });
    expect(read.json).toMatchObject({ escalationLevel: 'handler', overdue: false });

    // 10-10 (worked Saturday) 10:10: the department never gave feedback; the scheduler escalates.
    setClock(at('2026-10-10T10:10:00'));
    read = await eventually(
      async () => {
        const r = await stack.http('GET', `/api/v1/complaints/${id}`, { token: desk });
        expect(r.json).toMatchObject({
          escalationLevel: 'supervisor',
          escalationLevelLabel: '客服主管',
          overdue: true,
        });
        return r;
      },
      30_000,
      300,
    );
    expect(validatePayload(ComplaintView, read.json, 'strict')).toMatchObject({ ok: true });
    const escalated = await eventually(async () => {
      const found = (await stack.bus.events(ComplaintsBus.stream)).find(
        (e) => e.type === 'complaint.escalated.v1' && e.subject === id,
      );
      expect(found).toBeDefined();
      return found!;
    });
    expect(escalated.data).toMatchObject({
      level: 'supervisor',
      cause: 'overdue',
      overdueStep: 'feedback',
      notifyCustomer: true,
      customerChannel: 'phone',
    });

    // The supervisor acknowledges, the department resolves, the desk visits and closes.
    const acked = await stack.http('POST', `/api/v1/complaints/${id}/acknowledge-escalation`, {
      token: supervisor,
      body: { level: 'supervisor', note: '已督促保洁部' },
    });
    expect(acked.status).toBe(200);
    const resolved = await stack.http('POST', `/api/v1/complaints/${id}/resolve`, {
      token: desk,
      body: { measures: '更换感应灯并检查线路', result: '大堂照明恢复' },
    });
    expect(resolved.json).toMatchObject({ status: 'resolved', returnVisit: { status: 'due' } });
    const visited = await stack.http('POST', `/api/v1/complaints/${id}/return-visit`, {
      token: desk,
      body: { method: 'phone', satisfaction: 'satisfied', comments: '业主满意' },
    });
    expect(visited.json).toMatchObject({ returnVisit: { status: 'done', satisfaction: 'satisfied' } });
    const closed = await stack.http('POST', `/api/v1/complaints/${id}/close`, { token: desk, body: {} });
    expect(closed.json).toMatchObject({ status: 'closed', statusLabel: '已结案', overdue: false });

    const history = await stack.http('GET', `/api/v1/complaints/${id}/history`, { token: desk });
    expect(
      (history.json as { entries: { action: string; actorId: string }[] }).entries.map((e) => e.action),
    ).toEqual([
      'registered',
      'assign',
      'extend',
      'acknowledge',
      'escalate',
      'acknowledge-escalation',
      'resolve',
      'return-visit',
      'close',
    ]);
    const bySystem = (history.json as { entries: { action: string; actorId: string }[] }).entries.find(
      (e) => e.action === 'escalate',
    );
    expect(bySystem?.actorId).toBe('system:deadline-scheduler');
  });
});
