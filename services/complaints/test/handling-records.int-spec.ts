import { beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '@pcs/platform';
import {
  AcknowledgeComplaint,
  AssignComplaint,
  CategoriseComplaint,
  CloseComplaint,
  EscalateComplaint,
  ExtendComplaintDeadline,
  FlagMajorComplaint,
  GetComplaint,
  GetComplaintHistory,
  ListCallBacks,
  MaintenanceBus,
  MergeComplaint,
  OpenIncident,
  PauseComplaintDeadlines,
  PersonRegistered,
  PersonUpdated,
  RecordComplaintDisagreement,
  RegisterComplaint,
  RepairRequestProgressed,
  ResidentsBus,
  ResolveComplaint,
  SignOffComplaint,
  type CallBackView,
  type CommandDefinition,
  type ComplaintHistoryView,
  type ComplaintView,
  type IncidentView,
  type Page,
  type RepairProgress,
} from '@pcs/contracts';
import { complaintRegistration, eventually, staff, useService } from '@pcs/testing';
import { DeadlineMonitor } from '../src/deadlines/deadline-monitor.js';
import { complaintsService } from '../src/complaints.service-spec.js';
import { announceCommunities } from './announce-communities.js';

const at = (s: string) => new Date(`${s}+08:00`);
const iso = (s: string) => at(s).toISOString();
const desk = staff();
const cleaner = { staffId: 'staff-0501', name: '赵敏' };
const PERSON = '0193e000-0000-7000-8000-000000000001';

describe('what the desk records and what a merge carries (CMP-3, CMP-8, CMP-10, CMP-16, decisions 0290-0301, 0332-0336)', () => {
  const fixture = useService(complaintsService);
  const clock = () => fixture.service.app.get(Clock);
  const request = <R>(def: CommandDefinition<object, unknown>, payload: object, actor = desk): Promise<R> =>
    fixture.bus.request<object, unknown>(def, payload, actor) as Promise<R>;
  const registerAt = (receivedAt: string, overrides: Record<string, unknown> = {}) => {
    clock().travelTo(at(receivedAt));
    return request<ComplaintView>(
      RegisterComplaint,
      complaintRegistration({ receivedAt: iso(receivedAt), category: 'cleaning', ...overrides }),
    );
  };
  const history = async (id: string) =>
    (await request<ComplaintHistoryView>(GetComplaintHistory, { id })).entries;
  const openClock = (c: ComplaintView, kind: string) =>
    c.deadlines.find((d) => d.kind === kind && !d.metAt && !d.cancelledAt);

  beforeAll(async () => {
    await announceCommunities(fixture, ['GZ01']);
    await fixture.bus.publishEvent(PersonRegistered, ResidentsBus, {
      source: 'residents',
      subject: PERSON,
      companyid: 'HRX',
      communityid: 'GZ01',
      aggregateversion: 1,
      data: {
        personId: PERSON,
        name: '郑雅婷',
        preferences: { refuseReturnVisits: false, preferredChannel: 'phone' },
      },
    });
    await eventually(() => registerAt('2026-11-24T09:00:00', { personId: PERSON }), 15_000, 200);
  });

  it('CMP-8: a department signs off through its own staff; another role is 403 naming department (decision 0290)', async () => {
    const c = await registerAt('2026-11-24T10:00:00', { category: 'fees' });
    await request(AssignComplaint, { complaintId: c.id, handler: { staffId: 'staff-0601', name: '周婷' } });
    await request(ResolveComplaint, { complaintId: c.id, measures: '退还多收费用', result: '已退' });
    for (const roles of [['security'], ['front-desk'], ['engineer']] as const)
      await expect(
        request(SignOffComplaint, { complaintId: c.id, department: 'finance' }, staff({ roles: [...roles] })),
      ).rejects.toMatchObject({ code: 'FORBIDDEN', details: { field: 'department' } });
    const finance = staff({ sub: 'staff-0601', name: '周婷', roles: ['finance'], communities: ['*'] });
    const signed = await request<ComplaintView>(
      SignOffComplaint,
      { complaintId: c.id, department: 'finance' },
      finance,
    );
    expect(signed.signOffs).toEqual([
      expect.objectContaining({
        department: 'finance',
        by: expect.objectContaining({ staffId: 'staff-0601' }),
      }),
    ]);
  });

  it('CMP-3: a repair complaint sent back to negotiation gets no 7-day resolution clock (decision 0293)', async () => {
    const c = await registerAt('2026-11-24T10:00:00', { category: 'engineering-quality', needsRepair: true });
    await request(AssignComplaint, { complaintId: c.id, handler: cleaner });
    await request(ResolveComplaint, { complaintId: c.id, measures: '已维修', result: '不漏了' });
    clock().travelTo(at('2026-11-24T15:00:00'));
    const negotiating = await request<ComplaintView>(RecordComplaintDisagreement, {
      complaintId: c.id,
      reason: '还在漏',
    });
    expect(negotiating.status).toBe('negotiating');
    expect(openClock(negotiating, 'resolve')).toBeUndefined();
    expect(openClock(negotiating, 'feedback')).toBeDefined();
  });

  it('CMP-3, GEN-3: an extension is archived with its deadline, the one it replaced and the consent; a pause keeps its note (decision 0294)', async () => {
    const c = await registerAt('2026-11-24T10:00:00');
    await request(AssignComplaint, { complaintId: c.id, handler: cleaner });
    await request(ExtendComplaintDeadline, {
      complaintId: c.id,
      until: '2026-12-10T18:00:00+08:00',
      reason: '客户出差',
      customerConsent: { consented: true, consentedAt: '2026-11-24T10:00:00+08:00', channel: 'call' },
    });
    await request(PauseComplaintDeadlines, { complaintId: c.id, reason: 'no-access', note: '敲门无人' });
    const entries = await history(c.id);
    expect(entries.find((e) => e.action === 'extend')).toMatchObject({
      reason: '客户出差',
      changes: {
        until: '2026-12-10T10:00:00.000Z',
        previousDueAt: '2026-12-01T02:00:00.000Z',
        customerConsent: { consentedAt: '2026-11-24T02:00:00.000Z', channel: 'call' },
      },
    });
    expect(entries.find((e) => e.action === 'pause')).toMatchObject({
      changes: { paused: true, pauseReason: 'no-access', note: '敲门无人' },
    });
  });

  it('CMP-3: a promise later than the resolution deadline is refused naming promisedAt; a changed promise keeps the old one (decision 0294)', async () => {
    const c = await registerAt('2026-11-24T10:00:00');
    const before = await history(c.id);
    await expect(
      request(AcknowledgeComplaint, { complaintId: c.id, promisedAt: '2027-06-01T18:00:00+08:00' }),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED', details: { field: 'promisedAt' } });
    expect(await history(c.id)).toHaveLength(before.length);
    await request(AcknowledgeComplaint, { complaintId: c.id, promisedAt: '2026-11-28T18:00:00+08:00' });
    const moved = await request<ComplaintView>(AcknowledgeComplaint, {
      complaintId: c.id,
      promisedAt: '2026-11-30T18:00:00+08:00',
    });
    expect(moved.promisedAt).toBe('2026-11-30T10:00:00.000Z');
    expect((await history(c.id)).filter((e) => e.action === 'acknowledge').at(-1)).toMatchObject({
      changes: { promisedAt: '2026-11-30T10:00:00.000Z', previousPromisedAt: '2026-11-28T10:00:00.000Z' },
    });
  });

  it('CMP-16, CMP-4: a merge closes the merged entry’s open call-back in its transaction (decision 0298)', async () => {
    const a = await registerAt('2026-11-24T10:00:00', { category: 'parking', description: '停车A' });
    const b = await registerAt('2026-11-24T10:05:00', { category: 'parking', description: '停车B' });
    await request(EscalateComplaint, { complaintId: a.id, reason: '超出权限' });
    await request(EscalateComplaint, { complaintId: b.id, reason: '超出权限' });
    await request(MergeComplaint, { complaintId: a.id, intoId: b.id, reason: '同一事项' });
    const list = (status: string) =>
      request<Page<CallBackView>>(ListCallBacks, { communityId: 'GZ01', status, limit: 200 });
    const open = (await list('open')).items;
    expect(open.find((cb) => cb.complaintId === a.id)).toBeUndefined();
    expect(open.find((cb) => cb.complaintId === b.id)).toMatchObject({ status: 'open' });
    expect((await list('merged')).items.find((cb) => cb.complaintId === a.id)).toMatchObject({
      status: 'merged',
      outcome: `登记已合并至 ${b.number}`,
    });
  });

  it('CMP-2, CMP-16: a repair call whose repair request is open is not merged; once completed it is (decision 0295)', async () => {
    const stays = await registerAt('2026-11-24T11:00:00');
    const call = await registerAt('2026-11-24T11:05:00', { kind: 'repair', category: undefined });
    expect(call.status).toBe('referred');
    await expect(
      request(MergeComplaint, { complaintId: call.id, intoId: stays.id, reason: '重复' }),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED', message: expect.stringContaining('报修单') });
    const progressed = (progress: RepairProgress, version: number) =>
      fixture.bus.publishEvent(RepairRequestProgressed, MaintenanceBus, {
        source: 'maintenance',
        subject: '0193e000-0000-7000-8000-0000000000b1',
        companyid: 'HRX',
        communityid: 'GZ01',
        aggregateversion: version,
        data: {
          repairRequestId: '0193e000-0000-7000-8000-0000000000b1',
          complaintId: call.id,
          number: 'BX-GZ01-2026-000077',
          progress,
          at: iso('2026-11-24T11:10:00'),
        },
      });
    await progressed('accepted', 1);
    await eventually(async () =>
      expect((await request<ComplaintView>(GetComplaint, { id: call.id })).repairStatus).toBe('accepted'),
    );
    await expect(
      request(MergeComplaint, { complaintId: call.id, intoId: stays.id, reason: '重复' }),
    ).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { repairRequestNumber: 'BX-GZ01-2026-000077', repairStatus: 'accepted' },
    });
    await progressed('completed', 2);
    await eventually(async () =>
      expect((await request<ComplaintView>(GetComplaint, { id: call.id })).repairStatus).toBe('completed'),
    );
    const merged = await request<ComplaintView>(MergeComplaint, {
      complaintId: call.id,
      intoId: stays.id,
      reason: '重复',
    });
    expect(merged.status).toBe('merged');
  });

  it('CMP-16: an answered enquiry merges into the entry that stays (decision 0085, 0301)', async () => {
    const stays = await registerAt('2026-11-24T12:00:00');
    const enquiry = await registerAt('2026-11-24T12:05:00', {
      kind: 'enquiry',
      answer: '已答复',
      category: undefined,
    });
    expect(enquiry.status).toBe('answered');
    const merged = await request<ComplaintView>(MergeComplaint, {
      complaintId: enquiry.id,
      intoId: stays.id,
      reason: '重复',
    });
    expect(merged).toMatchObject({ status: 'merged', mergedIntoId: stays.id });
  });

  it('CMP-15, CMP-16: a complaint on an open incident is not merged; the refusal names the incident (decision 0332)', async () => {
    const m = await registerAt('2026-11-24T12:10:00', { category: 'public-utilities', description: '停电M' });
    const n = await registerAt('2026-11-24T12:11:00', { category: 'public-utilities', description: '停电N' });
    const incident = await request<IncidentView>(OpenIncident, {
      communityId: 'GZ01',
      cause: 'power-cut',
      buildingIds: [],
      title: '停电',
      description: '全小区停电',
      notice: '全小区停电，正在抢修。',
      complaintIds: [m.id],
    });
    const before = await history(m.id);
    await expect(
      request(MergeComplaint, { complaintId: m.id, intoId: n.id, reason: '同一停电' }),
    ).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      message: expect.stringContaining(incident.number),
      details: { field: 'id', incidentId: incident.id, incidentNumber: incident.number },
    });
    expect(await history(m.id)).toHaveLength(before.length);
    expect((await request<ComplaintView>(GetComplaint, { id: m.id })).status).toBe('registered');
    // The entry that is not on the incident may still be merged into the one that is.
    const merged = await request<ComplaintView>(MergeComplaint, {
      complaintId: n.id,
      intoId: m.id,
      reason: '同一停电',
    });
    expect(merged.status).toBe('merged');
  });

  it('CMP-2, GEN-3: a lead sets the missing category with a reason, archived; the entry is routed; others are 403 (decision 0334)', async () => {
    const c = await registerAt('2026-11-24T12:20:00', { category: undefined });
    const lead = staff({ sub: 'staff-0101', name: '陈静', roles: ['cs-supervisor'] });
    await expect(
      request(CategoriseComplaint, { complaintId: c.id, category: 'fees', reason: '核实为收费问题' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', details: { field: 'category' } });
    const set = await request<ComplaintView>(
      CategoriseComplaint,
      { complaintId: c.id, category: 'fees', reason: '核实为收费问题' },
      lead,
    );
    expect(set).toMatchObject({ category: 'fees', department: 'finance', status: 'registered' });
    expect((await history(c.id)).at(-1)).toMatchObject({
      action: 'categorise',
      reason: '核实为收费问题',
      changes: { category: 'fees', department: 'finance', previousCategory: null },
    });
    await expect(
      request(CategoriseComplaint, { complaintId: c.id, category: 'fees', reason: '再设' }, lead),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED', details: { field: 'category' } });
    // Assigning now needs no department: the category gives it (CMP-2).
    const assigned = await request<ComplaintView>(AssignComplaint, { complaintId: c.id, handler: cleaner });
    expect(assigned).toMatchObject({ status: 'assigned', department: 'finance' });
    const corrected = await request<ComplaintView>(
      CategoriseComplaint,
      { complaintId: c.id, category: 'cleaning', reason: '更正：实为保洁' },
      lead,
    );
    expect(corrected).toMatchObject({ category: 'cleaning', department: 'finance' });
    expect((await history(c.id)).at(-1)).toMatchObject({ changes: { previousCategory: 'fees' } });
  });

  it('CMP-5: a major flag naming a reason twice is refused naming reasons, nothing changed (decision 0336)', async () => {
    const c = await registerAt('2026-11-24T12:30:00');
    await expect(
      request(FlagMajorComplaint, { complaintId: c.id, reasons: ['injury', 'injury'], note: '受伤' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field: 'reasons' })] },
    });
    expect((await request<ComplaintView>(GetComplaint, { id: c.id })).major).toBe(false);
  });

  it('CMP-10: a refusal of return visits made after the resolution exempts the visit still due (decision 0297)', async () => {
    const c = await registerAt('2026-11-24T13:00:00', { personId: PERSON });
    await request(AssignComplaint, { complaintId: c.id, handler: cleaner });
    const resolved = await request<ComplaintView>(ResolveComplaint, {
      complaintId: c.id,
      measures: '换灯',
      result: '好了',
    });
    expect(resolved.returnVisit).toMatchObject({ status: 'due' });
    await fixture.bus.publishEvent(PersonUpdated, ResidentsBus, {
      source: 'residents',
      subject: PERSON,
      companyid: 'HRX',
      communityid: 'GZ01',
      aggregateversion: 2,
      data: {
        personId: PERSON,
        name: '郑雅婷',
        changedFields: ['preferences'],
        preferences: { refuseReturnVisits: true, preferredChannel: 'phone' },
        reason: '住户要求不再回访',
      },
    });
    const monitor = fixture.service.app.get(DeadlineMonitor);
    await eventually(
      async () => {
        await monitor.runOnce(at('2026-11-24T13:30:00'));
        const exempt = await request<ComplaintView>(GetComplaint, { id: c.id });
        expect(exempt.returnVisit).toMatchObject({ status: 'exempt', exemption: 'refused-visits' });
        expect(openClock(exempt, 'return-visit')).toBeUndefined();
      },
      15_000,
      200,
    );
    expect((await history(c.id)).at(-1)).toMatchObject({
      action: 'exempt-visit',
      actorId: 'system:deadline-scheduler',
    });
    clock().travelTo(at('2026-11-24T14:00:00'));
    expect((await request<ComplaintView>(CloseComplaint, { complaintId: c.id })).status).toBe('closed');
  });
});
