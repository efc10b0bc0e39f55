import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { MikroORM } from '@mikro-orm/core';
import { Clock, RecordHistory } from '@pcs/platform';
import {
  AssignComplaint,
  AttachIncidentComplaints,
  CloseIncident,
  ComplaintsBus,
  GetCallerHistory,
  GetComplaint,
  GetEarlyWarning,
  GetEarlyWarningRule,
  GetIncident,
  IncidentClosed,
  ListIncomingCalls,
  RecordIncomingCall,
  TakeIncomingCall,
  ListEarlyWarnings,
  ListIncidents,
  OpenIncident,
  OpenIncidentFromWarning,
  RecordEarlyWarningAction,
  RegisterComplaint,
  ResidentsBus,
  ResolveComplaint,
  SetEarlyWarningRule,
  UnitCreated,
  type CallerHistoryView,
  type CloudEvent,
  type CommandDefinition,
  type ComplaintView,
  type EarlyWarningView,
  type IncidentClosedV1,
  type IncidentView,
  type IncomingCallView,
  type Page,
  type TakenIncomingCallView,
} from '@pcs/contracts';
import { complaintRegistration, eventually, staff, useService } from '@pcs/testing';
import { IncomingCall } from '../src/caller-card/incoming-call.entity.js';
import { Complaint } from '../src/complaints/complaint.entity.js';
import { complaintsService } from '../src/complaints.service-spec.js';
import { announceCommunities } from './announce-communities.js';

const at = (s: string) => new Date(`${s}+08:00`);
const iso = (s: string) => at(s).toISOString();
const desk = staff(); // 李娜, GZ01
const manager = staff({ sub: 'staff-0102', name: '周敏', roles: ['cs-manager'] });
const elsewhere = staff({ sub: 'staff-0901', name: '黄磊', communities: ['GZ02'] });
const otherCompany = staff({ companyId: 'YJ', communities: ['*'] });

// Two buildings in GZ01 (building 1: three units, building 2: two), one in GZ02.
const B1 = '0193a000-0000-7000-8000-0000000000b1';
const B2 = '0193a000-0000-7000-8000-0000000000b2';
const B3 = '0193a000-0000-7000-8000-0000000000b3';
const unit = (n: number) => `0193a000-0000-7000-8000-00000000${String(n).padStart(4, '0')}`;
const UNITS = [
  { unitId: unit(101), buildingId: B1, label: '1-101', communityId: 'GZ01' },
  { unitId: unit(102), buildingId: B1, label: '1-102', communityId: 'GZ01' },
  { unitId: unit(103), buildingId: B1, label: '1-103', communityId: 'GZ01' },
  { unitId: unit(201), buildingId: B2, label: '2-201', communityId: 'GZ01' },
  { unitId: unit(202), buildingId: B2, label: '2-202', communityId: 'GZ01' },
  { unitId: unit(301), buildingId: B3, label: '3-301', communityId: 'GZ02' },
];

describe('early warnings, incidents and the caller history (CMP-11, CMP-15, DESK-3)', () => {
  const fixture = useService(complaintsService);
  const clock = () => fixture.service.app.get(Clock);
  const em = () => fixture.service.app.get(MikroORM).em.fork();
  /** The events of `type` on the stream, once the outbox (which publishes after the commit) has caught up. */
  const published = async (type: string) => {
    const ofType = async () =>
      (await fixture.bus.events(ComplaintsBus.stream)).filter((e) => e.type === type);
    await eventually(async () => expect(await ofType()).not.toHaveLength(0));
    return ofType();
  };
  const request = <R>(def: CommandDefinition<object, unknown>, payload: object, actor = desk): Promise<R> =>
    fixture.bus.request<object, unknown>(def, payload, actor) as Promise<R>;
  const register = (receivedAt: string, overrides: Record<string, unknown> = {}) =>
    request<ComplaintView>(
      RegisterComplaint,
      complaintRegistration({
        receivedAt: iso(receivedAt),
        unitId: unit(101),
        category: 'cleaning',
        ...overrides,
      }),
      overrides.communityId === 'GZ02' ? elsewhere : desk,
    );
  const warnings = async (status?: string) =>
    (
      await request<Page<EarlyWarningView>>(ListEarlyWarnings, {
        communityId: 'GZ01',
        ...(status ? { status } : {}),
      })
    ).items;

  beforeAll(async () => {
    await announceCommunities(fixture, ['GZ01', 'GZ02']);
    for (const u of UNITS) {
      await fixture.bus.publishEvent(UnitCreated, ResidentsBus, {
        source: 'residents',
        subject: u.unitId,
        companyid: 'HRX',
        communityid: u.communityId,
        aggregateversion: 1,
        data: {
          unitId: u.unitId,
          buildingId: u.buildingId,
          label: u.label,
          type: 'residence',
          grossAreaCentiM2: 8900,
        },
      });
    }
    await eventually(async () =>
      expect(await em().getConnection().execute(`select count(*)::int as n from unit_replica`)).toEqual([
        { n: UNITS.length },
      ]),
    );
  });

  it('CMP-11: the third complaint of one category about one building in 7 days raises a warning; not the third in 8', async () => {
    clock().travelTo(at('2026-11-20T12:00:00'));
    // Spread over 8 days: each third complaint has only two within the 7 days before it.
    await register('2026-11-01T09:00:00', { category: 'landscaping' });
    await register('2026-11-05T09:00:00', { category: 'landscaping' });
    await register('2026-11-09T09:00:00', { category: 'landscaping' });
    // 7 × 24 h exactly after the first: the first is out of the window.
    await register('2026-11-12T09:00:00', { category: 'parking', unitId: unit(201) });
    await register('2026-11-15T09:00:00', { category: 'parking', unitId: unit(201) });
    await register('2026-11-19T09:00:00', { category: 'parking', unitId: unit(201) });
    expect(await warnings()).toEqual([]);

    // Within 7 days, but of another category, another building or not a complaint: none counts.
    const first = await register('2026-11-13T08:00:00');
    const second = await register('2026-11-16T08:00:00', { unitId: unit(102) });
    await register('2026-11-17T08:00:00', { category: 'security' });
    await register('2026-11-17T09:00:00', { unitId: unit(201) });
    await register('2026-11-17T10:00:00', { kind: 'suggestion' });
    await register('2026-11-17T11:00:00', { unitId: undefined });
    expect(await warnings()).toEqual([]);

    // The third, 6 days 23 hours after the first.
    const third = await register('2026-11-20T07:00:00', { unitId: unit(103) });
    const [warning] = await warnings();
    expect(warning).toMatchObject({
      communityId: 'GZ01',
      buildingId: B1,
      category: 'cleaning',
      categoryLabel: '保洁',
      status: 'open',
      statusLabel: '待处理',
      threshold: 3,
      windowDays: 7,
      complaintCount: 3,
      complaintIds: [first.id, second.id, third.id],
      complaintNumbers: [first.number, second.number, third.number],
      actions: [],
    });
    const raised = await published('early-warning.raised.v1');
    expect(raised).toHaveLength(1);
    expect(raised[0]?.data).toMatchObject({
      warningId: warning?.id,
      buildingId: B1,
      category: 'cleaning',
      complaintCount: 3,
      complaintIds: [first.id, second.id, third.id],
    });

    // A fourth joins the open warning instead of raising another.
    const fourth = await register('2026-11-20T08:00:00', { unitId: unit(102) });
    const joined = await request<EarlyWarningView>(GetEarlyWarning, { id: warning?.id });
    expect(joined.complaintIds).toEqual([first.id, second.id, third.id, fourth.id]);
    expect(
      (await fixture.bus.events(ComplaintsBus.stream)).filter((e) => e.type === 'early-warning.raised.v1'),
    ).toHaveLength(1);
  });

  it('CMP-11: what was done is recorded on the warning; closing it takes it off the open list', async () => {
    const [warning] = await warnings('open');
    const noted = await request<EarlyWarningView>(RecordEarlyWarningAction, {
      warningId: warning?.id,
      note: '已通知保洁部加强1栋垃圾清运',
    });
    expect(noted.actions).toEqual([
      {
        at: expect.any(String),
        by: { staffId: desk.sub, name: desk.name },
        note: '已通知保洁部加强1栋垃圾清运',
      },
    ]);
    await expect(
      request(RecordEarlyWarningAction, { warningId: warning?.id, note: '   ' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field: 'note' })] },
    });
    // Another community's desk does not see it.
    await expect(request(GetEarlyWarning, { id: warning?.id }, elsewhere)).rejects.toMatchObject({
      code: 'EARLY_WARNING_NOT_FOUND',
    });
    const closed = await request<EarlyWarningView>(RecordEarlyWarningAction, {
      warningId: warning?.id,
      note: '清运频次已由每日一次改为两次',
      close: true,
    });
    expect(closed).toMatchObject({ status: 'closed', statusLabel: '已处理', closedAt: expect.any(String) });
    expect(await warnings('open')).toEqual([]);
    await expect(
      request(RecordEarlyWarningAction, { warningId: warning?.id, note: '再关一次', close: true }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
    await expect(
      request(OpenIncidentFromWarning, {
        warningId: warning?.id,
        title: '保洁',
        description: '保洁',
        notice: '通知',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
  });

  it("CMP-11: a community's own threshold and window apply to the next registrations", async () => {
    expect(await request(GetEarlyWarningRule, { communityId: 'GZ01' })).toEqual({
      communityId: 'GZ01',
      threshold: 3,
      windowDays: 7,
      custom: false,
    });
    await expect(
      request(SetEarlyWarningRule, { communityId: 'GZ01', threshold: 1, windowDays: 0 }, manager),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: {
        errors: expect.arrayContaining([
          expect.objectContaining({ field: 'threshold' }),
          expect.objectContaining({ field: 'windowDays' }),
        ]),
      },
    });
    expect(
      await request(SetEarlyWarningRule, { communityId: 'GZ01', threshold: 2, windowDays: 3 }, manager),
    ).toEqual({
      communityId: 'GZ01',
      threshold: 2,
      windowDays: 3,
      custom: true,
    });
    await expect(
      request(SetEarlyWarningRule, { communityId: 'GZ02', threshold: 2, windowDays: 3 }, manager),
    ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
    await register('2026-11-20T09:00:00', { category: 'noise', unitId: unit(202) });
    await register('2026-11-20T10:00:00', { category: 'noise', unitId: unit(201) });
    const open = await warnings('open');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      buildingId: B2,
      category: 'noise',
      threshold: 2,
      windowDays: 3,
      complaintCount: 2,
    });
  });

  it('CMP-11 → CMP-15: a warning becomes an incident with its open complaints; the households get one notice', async () => {
    const [warning] = await warnings('open');
    const incident = await request<IncidentView>(OpenIncidentFromWarning, {
      warningId: warning?.id,
      cause: 'other',
      title: '2栋夜间噪音',
      description: '2栋楼下商铺夜间装修',
      notice: '2栋住户：楼下商铺夜间施工已责令停止，给您带来不便深表歉意。',
    });
    expect(incident).toMatchObject({
      number: 'TF-GZ01-2026-000001',
      communityId: 'GZ01',
      buildingIds: [B2],
      cause: 'other',
      causeLabel: '其他',
      status: 'active',
      statusLabel: '处理中',
      warningId: warning?.id,
      householdCount: 2,
      complaintCount: 2,
      resolvedComplaintCount: 0,
      openedBy: { staffId: desk.sub, name: desk.name },
    });
    expect(await request<EarlyWarningView>(GetEarlyWarning, { id: warning?.id })).toMatchObject({
      status: 'incident',
      incidentId: incident.id,
      actions: [expect.objectContaining({ note: `转为突发事件 ${incident.number}` })],
    });
    const opened = await published('incident.opened.v1');
    expect(opened).toHaveLength(1);
    expect(opened[0]?.data).toMatchObject({
      incidentId: incident.id,
      buildingIds: [B2],
      householdCount: 2,
      notice: '2栋住户：楼下商铺夜间施工已责令停止，给您带来不便深表歉意。',
    });
  });

  it('bad input: an incident expected to end more than a year ahead, or before it opens, is refused naming expectedEndAt, and none is opened (decisions 0226, 0300)', async () => {
    const opened = async () =>
      (await em().getConnection().execute<{ n: number }[]>(`select count(*)::int as n from incident`))[0]?.n;
    const before = await opened();
    const now = clock().now().getTime();
    for (const expectedEndAt of [now + 367 * 86_400_000, now - 86_400_000, now - 330 * 86_400_000])
      await expect(
        request(OpenIncident, {
          communityId: 'GZ01',
          cause: 'water-cut',
          buildingIds: [B1],
          title: '1栋停水',
          description: '1栋二次供水水泵故障',
          notice: '因水泵故障，1栋停水，请提前储水。',
          expectedEndAt: new Date(expectedEndAt).toISOString(),
        }),
      ).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [{ field: 'expectedEndAt' }] },
      });
    expect(await opened()).toBe(before);
  });

  it('CMP-15: complaints attach in bulk, all or none, each refusal naming its complaint', async () => {
    clock().travelTo(at('2026-11-21T09:00:00'));
    const outage = await request<IncidentView>(OpenIncident, {
      communityId: 'GZ01',
      cause: 'water-cut',
      buildingIds: [B1],
      title: '1栋停水',
      description: '1栋二次供水水泵故障',
      notice: '因水泵故障，1栋今日9时至15时停水，请提前储水。',
      expectedEndAt: iso('2026-11-21T15:00:00'),
    });
    expect(outage).toMatchObject({ number: 'TF-GZ01-2026-000002', householdCount: 3, complaintCount: 0 });

    clock().travelTo(at('2026-11-21T10:00:00'));
    const calls = [];
    for (const [i, u] of [unit(101), unit(102), unit(103)].entries()) {
      calls.push(await register(`2026-11-21T09:1${i}:00`, { category: 'engineering-quality', unitId: u }));
    }
    const assigned = calls[2] as ComplaintView;
    await request(AssignComplaint, {
      complaintId: assigned.id,
      handler: { staffId: 'staff-0301', name: '刘强' },
    });
    const resolvedAlready = await register('2026-11-21T09:20:00', { category: 'other', unitId: unit(101) });
    await request(AssignComplaint, {
      complaintId: resolvedAlready.id,
      handler: { staffId: 'staff-0301', name: '刘强' },
    });
    await request(ResolveComplaint, {
      complaintId: resolvedAlready.id,
      measures: '已答复',
      result: '业主认可',
    });
    const gz02 = await register('2026-11-21T09:30:00', { communityId: 'GZ02', unitId: unit(301) });
    const missing = randomUUID();

    await expect(
      request(AttachIncidentComplaints, {
        incidentId: outage.id,
        complaintIds: [calls[0]?.id, resolvedAlready.id, gz02.id, missing],
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: {
        errors: [
          { field: 'complaintIds[1]', message: `${resolvedAlready.number} is already resolved or closed` },
          { field: 'complaintIds[2]', message: `complaint ${gz02.id} not found` },
          { field: 'complaintIds[3]', message: `complaint ${missing} not found` },
        ],
      },
    });
    expect((await request<IncidentView>(GetIncident, { id: outage.id })).complaintCount).toBe(0);

    const ids = calls.map((c) => c.id);
    const attached = await request<IncidentView>(AttachIncidentComplaints, {
      incidentId: outage.id,
      complaintIds: ids,
    });
    expect(attached.complaintCount).toBe(3);
    // Again: nothing more.
    expect(
      (await request<IncidentView>(AttachIncidentComplaints, { incidentId: outage.id, complaintIds: ids }))
        .complaintCount,
    ).toBe(3);
    // Attached elsewhere: refused.
    const [noise] = (
      await request<Page<IncidentView>>(ListIncidents, { communityId: 'GZ01', buildingId: B2 })
    ).items;
    await expect(
      request(AttachIncidentComplaints, { incidentId: noise?.id, complaintIds: [ids[0]] }),
    ).rejects.toMatchObject({
      details: {
        errors: [
          { field: 'complaintIds[0]', message: `${calls[0]?.number} is attached to another incident` },
        ],
      },
    });
    await expect(
      request(AttachIncidentComplaints, { incidentId: outage.id, complaintIds: [] }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      request(OpenIncident, {
        communityId: 'GZ01',
        cause: 'lift-failure',
        buildingIds: [B3],
        title: '电梯',
        description: '电梯',
        notice: '通知',
      }),
    ).rejects.toMatchObject({
      details: { errors: [{ field: 'buildingIds[0]', message: `${B3} is not a building of GZ01` }] },
    });
  });

  it("DESK-3: the caller history shows the open entries, flags and the incidents of the caller's building, in scope only", async () => {
    const history = await request<CallerHistoryView>(GetCallerHistory, {
      phone: '+86 138 1234 5678',
      unitIds: [unit(102)],
    });
    expect(history.units).toEqual([
      { unitId: unit(102), communityId: 'GZ01', buildingId: B1, label: '1-102' },
    ]);
    // Building 1 is the unit's; building 2 is where the number called about lately.
    expect(history.incidents.map((i) => i.title).sort()).toEqual(['1栋停水', '2栋夜间噪音']);
    expect(history.openEntries.length).toBeGreaterThan(3);
    expect(history.recentContacts).toHaveLength(10);
    expect(history.flags.map((f) => f.code)).toContain('repeat-complainant');
    expect(history.openEntries.every((e) => e.number.includes('-GZ01-'))).toBe(true);
    // The same number asked by another community's desk: only what is theirs.
    const theirs = await request<CallerHistoryView>(
      GetCallerHistory,
      { phone: '13812345678', unitIds: [unit(102)] },
      elsewhere,
    );
    expect(theirs.units).toEqual([]);
    expect(theirs.incidents).toEqual([]);
    expect(theirs.recentContacts.map((e) => e.number)).toEqual(['TS-GZ02-2026-000001']);
    const stranger = await request<CallerHistoryView>(
      GetCallerHistory,
      { phone: '13812345678' },
      otherCompany,
    );
    expect(stranger).toMatchObject({ openEntries: [], recentContacts: [], incidents: [], flags: [] });
    await expect(request(GetCallerHistory, {})).rejects.toMatchObject({
      details: { errors: [expect.objectContaining({ field: 'phone' })] },
    });
    await expect(request(GetCallerHistory, { phone: '12345' })).rejects.toMatchObject({
      details: { errors: [expect.objectContaining({ field: 'phone' })] },
    });
  });

  it('CMP-15: closing the incident resolves its complaints with its record, once, however often the event is delivered', async () => {
    clock().travelTo(at('2026-11-21T15:30:00'));
    const [outage] = (
      await request<Page<IncidentView>>(ListIncidents, {
        communityId: 'GZ01',
        status: 'active',
        buildingId: B1,
      })
    ).items;
    expect(outage?.title).toBe('1栋停水');
    const closed = await request<IncidentView>(
      CloseIncident,
      {
        incidentId: outage?.id,
        measures: '更换水泵，15时恢复供水',
        result: '已恢复供水，水质检测合格',
      },
      manager,
    );
    expect(closed).toMatchObject({
      status: 'closed',
      closedBy: { staffId: manager.sub, name: manager.name },
    });
    await expect(
      request(CloseIncident, { incidentId: outage?.id, measures: '再关', result: '再关' }, manager),
    ).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
    await expect(
      request(AttachIncidentComplaints, { incidentId: outage?.id, complaintIds: [randomUUID()] }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });

    await eventually(async () =>
      expect((await request<IncidentView>(GetIncident, { id: outage?.id })).resolvedComplaintCount).toBe(3),
    );
    const attached = await em().find(Complaint, { incidentId: outage?.id }, { filters: false });
    for (const c of attached) {
      const view = await request<ComplaintView>(GetComplaint, { id: c.id });
      expect(view).toMatchObject({
        status: 'resolved',
        measures: '更换水泵，15时恢复供水',
        result: '已恢复供水，水质检测合格',
      });
    }

    // The same closing delivered again, as a new copy of the event: nothing is resolved twice.
    const [event] = (await fixture.bus.events(ComplaintsBus.stream)).filter(
      (e) => e.type === 'incident.closed.v1',
    ) as CloudEvent<IncidentClosedV1>[];
    await fixture.bus.publishEvent(IncidentClosed, ComplaintsBus, {
      ...(event as CloudEvent<IncidentClosedV1>),
      id: randomUUID(),
    });
    await eventually(async () => expect(await fixture.bus.consumersIdle()).toBe(true));
    const resolutions = await em().count(
      RecordHistory,
      { recordId: { $in: attached.map((c) => c.id) }, action: 'resolve' },
      { filters: false },
    );
    expect(resolutions).toBe(3);
    expect((await request<IncidentView>(GetIncident, { id: outage?.id })).resolvedComplaintCount).toBe(3);
  });

  it('DESK-3: the exchange reports a call once per call id; the first desk to take it has it', async () => {
    const exchange = staff({
      sub: 'pbx',
      name: '呼叫中心交换机',
      roles: ['telephony'],
      communities: ['GZ01'],
    });
    const report = {
      communityId: 'GZ01',
      callId: 'pbx-20261121-0001',
      callerNumber: '+86 138-1234-5678',
      line: '8001',
      receivedAt: iso('2026-11-21T16:00:00'),
    };
    clock().travelTo(at('2026-11-21T16:00:05'));
    // Decision 0300: a call rings now, not in 2020.
    for (const receivedAt of ['2020-01-01T00:00:00Z', iso('2026-11-21T15:40:00')])
      await expect(
        request(RecordIncomingCall, { ...report, callId: 'pbx-old', receivedAt }, exchange),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { errors: [{ field: 'receivedAt' }] } });
    const call = await request<IncomingCallView>(RecordIncomingCall, report, exchange);
    expect(call).toMatchObject({
      phone: '138****5678',
      line: '8001',
      status: 'ringing',
      statusLabel: '来电中',
    });
    expect((await request<IncomingCallView>(RecordIncomingCall, report, exchange)).id).toBe(call.id);
    expect(await published('incoming-call.received.v1')).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ incomingCallId: call.id, phone: '138****5678' }),
      }),
    ]);
    await expect(
      request(RecordIncomingCall, { ...report, callId: 'x y', callerNumber: '12' }, exchange),
    ).rejects.toMatchObject({
      details: {
        errors: expect.arrayContaining([
          expect.objectContaining({ field: 'callId' }),
          expect.objectContaining({ field: 'callerNumber' }),
        ]),
      },
    });
    await expect(
      request(RecordIncomingCall, { ...report, communityId: 'GZ02' }, exchange),
    ).rejects.toMatchObject({
      code: 'COMMUNITY_NOT_FOUND',
    });

    const ringing = await request<Page<IncomingCallView>>(ListIncomingCalls, {
      communityId: 'GZ01',
      status: 'ringing',
    });
    expect(ringing.items.map((c) => c.id)).toEqual([call.id]);
    expect((await request<Page<IncomingCallView>>(ListIncomingCalls, {}, elsewhere)).items).toEqual([]);

    const taken = await request<TakenIncomingCallView>(TakeIncomingCall, { incomingCallId: call.id });
    expect(taken).toMatchObject({
      number: '13812345678',
      call: { status: 'taken', takenBy: { staffId: desk.sub } },
    });
    expect(
      (await request<TakenIncomingCallView>(TakeIncomingCall, { incomingCallId: call.id })).call.takenAt,
    ).toBe(taken.call.takenAt);
    await expect(request(TakeIncomingCall, { incomingCallId: call.id }, manager)).rejects.toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      message: `来电已由${desk.name}接听`,
    });
    await expect(request(TakeIncomingCall, { incomingCallId: call.id }, elsewhere)).rejects.toMatchObject({
      code: 'INCOMING_CALL_NOT_FOUND',
    });
  });

  it('DESK-3/GEN-5: a call id is one call per community; the same id from another community is its own call (decision 0304)', async () => {
    const telephony = (sub: string, communities: string[], companyId = 'HRX') =>
      staff({ sub, name: '呼叫中心交换机', roles: ['telephony'], communities, companyId });
    const gz01 = telephony('pbx-gz01', ['GZ01']);
    const gz02 = telephony('pbx-gz02', ['GZ02']);
    clock().travelTo(at('2026-11-21T17:00:05'));
    const report = { callId: 'call-t-001', receivedAt: iso('2026-11-21T17:00:00') };
    const first = await request<IncomingCallView>(
      RecordIncomingCall,
      { ...report, communityId: 'GZ01', callerNumber: '+86 138 0225 1234', line: '8001' },
      gz01,
    );
    await request(TakeIncomingCall, { incomingCallId: first.id });
    const gz02Report = { ...report, communityId: 'GZ02', callerNumber: '13900000001' };
    const second = await request<IncomingCallView>(RecordIncomingCall, gz02Report, gz02);
    // GZ01's call (its number, line and who took it) is not the answer; GZ02's own call is recorded.
    expect(second.id).not.toBe(first.id);
    expect(second).toEqual({
      id: expect.any(String),
      communityId: 'GZ02',
      callId: 'call-t-001',
      phone: '139****0001',
      receivedAt: report.receivedAt,
      status: 'ringing',
      statusLabel: '来电中',
    });
    // Retries are still one call in each community.
    expect((await request<IncomingCallView>(RecordIncomingCall, gz02Report, gz02)).id).toBe(second.id);
    const gz01Again = await request<IncomingCallView>(
      RecordIncomingCall,
      { ...report, communityId: 'GZ01', callerNumber: '+86 138 0225 1234', line: '8001' },
      gz01,
    );
    expect(gz01Again).toMatchObject({ id: first.id, communityId: 'GZ01', status: 'taken' });
    // GZ02's desk sees its call ring, and the event for it was published.
    const ringing = await request<Page<IncomingCallView>>(
      ListIncomingCalls,
      { communityId: 'GZ02', status: 'ringing' },
      elsewhere,
    );
    expect(ringing.items.map((c) => c.id)).toEqual([second.id]);
    await eventually(async () =>
      expect(
        (await published('incoming-call.received.v1'))
          .map((e) => e.data as { incomingCallId: string; communityId: string })
          .filter((d) => d.incomingCallId === second.id),
      ).toEqual([expect.objectContaining({ incomingCallId: second.id, communityId: 'GZ02' })]),
    );
  });

  it('DESK-3/GEN-5: a call for a community residents never announced is 404 COMMUNITY_NOT_FOUND, nothing recorded (decision 0328)', async () => {
    const telephony = (sub: string, companyId = 'HRX') =>
      staff({ sub, name: '呼叫中心交换机', roles: ['telephony'], communities: ['*'], companyId });
    clock().travelTo(at('2026-11-21T18:00:05'));
    const report = {
      callId: 'call-zz-1',
      callerNumber: '13900000001',
      receivedAt: iso('2026-11-21T18:00:00'),
    };
    // A code residents never announced; and GZ01 for a company residents never announced it to.
    for (const [communityId, exchange] of [
      ['ZZ99', telephony('pbx-all')],
      ['GZ01', telephony('pbx-yj', 'YJ')],
    ] as const)
      await expect(request(RecordIncomingCall, { ...report, communityId }, exchange)).rejects.toMatchObject({
        code: 'COMMUNITY_NOT_FOUND',
      });
    expect(await em().count(IncomingCall, { callId: 'call-zz-1' }, { filters: false })).toBe(0);
    // The same report for an announced community is recorded: the refusal was about the community.
    const known = await request<IncomingCallView>(
      RecordIncomingCall,
      { ...report, communityId: 'GZ01' },
      telephony('pbx-all'),
    );
    await eventually(async () =>
      expect(
        (await published('incoming-call.received.v1')).filter(
          (e) => (e.data as { incomingCallId: string }).incomingCallId === known.id,
        ),
      ).toHaveLength(1),
    );
    // Published after the known call's commit, so a refused call's event would be there too: none is.
    expect(
      (await fixture.bus.events(ComplaintsBus.stream)).filter(
        (e) =>
          e.type === 'incoming-call.received.v1' &&
          (e.companyid === 'YJ' || (e.data as { communityId: string }).communityId === 'ZZ99'),
      ),
    ).toEqual([]);
  });

  it('CMP-11: registrations at once for one building and category raise one warning that counts them all', async () => {
    clock().travelTo(at('2026-11-22T12:00:00'));
    // The warning's reads happen before the number (decision 0191); its lock still serialises them.
    const entries = await Promise.all(
      [0, 1, 2, 3, 4].map((i) =>
        register(`2026-11-22T0${i}:30:00`, {
          category: 'neighbour',
          unitId: i % 2 === 0 ? unit(201) : unit(202),
        }),
      ),
    );
    const mine = (await warnings('open')).filter((w) => w.category === 'neighbour');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ buildingId: B2, complaintCount: 5 });
    expect([...(mine[0]?.complaintIds ?? [])].sort()).toEqual(entries.map((e) => e.id).sort());
    expect(new Set(entries.map((e) => e.number)).size).toBe(5);
    const raised = (await published('early-warning.raised.v1')).filter(
      (e) => (e.data as { category?: string }).category === 'neighbour',
    );
    expect(raised).toHaveLength(1);
  });

  it('CMP-11: a call logged late, received before two complaints already registered, raises the warning with all three', async () => {
    clock().travelTo(at('2026-11-23T12:00:00'));
    // The default rule again (an earlier test set GZ01's to 2 in 3 days).
    await request(SetEarlyWarningRule, { communityId: 'GZ01', threshold: 3, windowDays: 7 }, manager);
    const ten = await register('2026-11-23T10:00:00', { category: 'fees', unitId: unit(201) });
    const eleven = await register('2026-11-23T11:00:00', { category: 'fees', unitId: unit(202) });
    expect((await warnings('open')).filter((w) => w.category === 'fees')).toEqual([]);
    // Taken at nine, entered at noon: before the two in time, after them in the register.
    const nine = await register('2026-11-23T09:00:00', { category: 'fees', unitId: unit(201) });
    const [warning, ...more] = (await warnings('open')).filter((w) => w.category === 'fees');
    expect(more).toEqual([]);
    expect(warning).toMatchObject({
      buildingId: B2,
      complaintCount: 3,
      complaintIds: [nine.id, ten.id, eleven.id],
      complaintNumbers: [nine.number, ten.number, eleven.number],
    });
  });

  it('CMP-11: registered one after another newest first, the third still raises the warning', async () => {
    clock().travelTo(at('2026-11-24T12:00:00'));
    await request(SetEarlyWarningRule, { communityId: 'GZ01', threshold: 3, windowDays: 7 }, manager);
    const entries = [];
    for (const hour of ['11', '10', '09'])
      entries.push(await register(`2026-11-24T${hour}:00:00`, { category: 'design', unitId: unit(102) }));
    const mine = (await warnings('open')).filter((w) => w.category === 'design');
    expect(mine).toHaveLength(1);
    expect(mine[0]?.complaintIds).toEqual(entries.map((e) => e.id).reverse());
  });
});
