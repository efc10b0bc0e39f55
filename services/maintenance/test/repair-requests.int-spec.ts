import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DomainError,
  GetRepairRequest,
  GetRepairRequestHistory,
  ListRepairRequests,
  MaintenanceBus,
  RecordArrivalOnSite,
  RecordMadeSafe,
  RecordSurvey,
  RegisterRepairRequest,
  SetWarrantyPeriod,
  type MaintenanceHistoryView,
  type Page,
  type RepairRequestView,
} from '@pcs/contracts';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, RecordHistory } from '@pcs/platform';
import { eventually, staff, useService } from '@pcs/testing';
import { RepairDeadlineMonitor } from '../src/deadlines/repair-deadline-monitor.js';
import { maintenanceService } from '../src/maintenance.service-spec.js';
import { RepairRequest } from '../src/repair-requests/repair-request.entity.js';
import { WarrantyPeriod } from '../src/warranty/warranty-period.entity.js';
import {
  announceCommunities,
  announcePerson,
  people,
  publishComplaintRepair,
  publishHandover,
  survey,
} from './maintenance-fixtures.js';
import { startStubResidents } from './residents-stand-in.js';

const at = (local: string) => new Date(`${local}+08:00`);

describe('repair requests (MNT-1, MNT-2, RES-3, CMP-2)', () => {
  const fixture = useService(maintenanceService);
  let stopResidents: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    await announceCommunities(fixture, ['GZ01', 'GZ02']);
    const residents = await startStubResidents(fixture.prefix);
    stopResidents = () => residents.close();
  });
  afterAll(() => stopResidents());
  const clock = () => fixture.service.app.get(Clock);
  const list = (query: Record<string, unknown> = {}) =>
    fixture.bus.request<object, Page<RepairRequestView>>(
      ListRepairRequests,
      { limit: 200, ...query },
      people.desk,
    );

  it('RES-3: a handover inspection with three defects opens three type-A requests, once however often delivered', async () => {
    const ids = {
      inspectionId: '0193a000-0000-7000-8000-0000000000c1',
      unitId: '0193a000-0000-7000-8000-0000000000d1',
      defectIds: [
        '0193a000-0000-7000-8000-0000000000e1',
        '0193a000-0000-7000-8000-0000000000e2',
        '0193a000-0000-7000-8000-0000000000e3',
      ],
    };
    // Delivered three times: twice the same event (a redelivery), once republished under a new id.
    await publishHandover(fixture, { ...ids, eventId: '0193a000-0000-7000-8000-0000000000f1' });
    await publishHandover(fixture, { ...ids, eventId: '0193a000-0000-7000-8000-0000000000f1' });
    await publishHandover(fixture, { ...ids, eventId: '0193a000-0000-7000-8000-0000000000f2' });
    const fromHandover = await eventually(async () => {
      const found = (await list()).items.filter((r) => r.source === 'handover');
      expect(found).toHaveLength(3);
      return found;
    });
    await eventually(async () => expect(await fixture.bus.consumersIdle()).toBe(true), 20_000, 100);
    expect((await list()).items.filter((r) => r.source === 'handover')).toHaveLength(3);
    expect(fromHandover.every((r) => r.workOrderType === 'a' && r.unitId === ids.unitId)).toBe(true);
    expect(fromHandover.map((r) => r.number).sort()).toEqual([
      'BX-GZ01-2026-000001',
      'BX-GZ01-2026-000002',
      'BX-GZ01-2026-000003',
    ]);
  });

  it('CMP-2: a complaint’s repair request is opened once and its progress is published with the complaint id', async () => {
    const complaintId = '0193a000-0000-7000-8000-000000000c42';
    await publishComplaintRepair(fixture, complaintId);
    await publishComplaintRepair(fixture, complaintId);
    const request = await eventually(async () => {
      const found = (await list()).items.filter((r) => r.complaintId === complaintId);
      expect(found).toHaveLength(1);
      return found[0]!;
    });
    await eventually(async () => expect(await fixture.bus.consumersIdle()).toBe(true), 20_000, 100);
    expect((await list()).items.filter((r) => r.complaintId === complaintId)).toHaveLength(1);
    clock().travelTo(at('2026-11-23T12:00:00'));
    await fixture.bus.request(
      RecordSurvey,
      // A common area has no handover date on file: the survey decides the warranty (MNT-3).
      survey(request.id, 20_000, {
        warrantyDecision: { underWarranty: false, reason: '公共区域灯具，已过保修期' },
      }),
      people.engineer,
    );
    const progress = await eventually(async () => {
      const events = (await fixture.bus.events(MaintenanceBus.stream)).filter(
        (e) => e.type === 'repair-request.progressed.v1' && e.subject === request.id,
      );
      expect(events).toHaveLength(2);
      return events;
    });
    expect(progress.map((e) => e.data)).toEqual([
      expect.objectContaining({ complaintId, progress: 'accepted', number: request.number }),
      expect.objectContaining({ complaintId, progress: 'surveyed' }),
    ]);
  });

  it('MNT-5 (decision 0326): the survey states the trades found on site; a complaint’s request leaves `other`, refused trades change nothing', async () => {
    const complaintId = '0193a000-0000-7000-8000-000000000c43';
    await publishComplaintRepair(fixture, complaintId);
    const request = await eventually(async () => {
      const found = (await list()).items.find((r) => r.complaintId === complaintId);
      expect(found).toMatchObject({ trades: ['other'] });
      return found!;
    });
    clock().travelTo(at('2026-11-23T12:00:00'));
    const noHandover = { warrantyDecision: { underWarranty: false, reason: '公共区域，已过保修期' } };
    for (const trades of [[], ['roofing'], ['plumbing', 'plumbing']]) {
      await expect(
        fixture.bus.request(
          RecordSurvey,
          survey(request.id, 20_000, { ...noHandover, trades }),
          people.engineer,
        ),
      ).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field: expect.stringMatching(/^trades/) })] },
      });
    }
    const surveyed = await fixture.bus.request<object, RepairRequestView>(
      RecordSurvey,
      survey(request.id, 20_000, { ...noHandover, trades: ['plumbing', 'waterproofing'] }),
      people.engineer,
    );
    expect(surveyed).toMatchObject({ progress: 'surveyed', trades: ['plumbing', 'waterproofing'] });
    const history = await fixture.bus.request<object, MaintenanceHistoryView>(
      GetRepairRequestHistory,
      { id: request.id },
      people.desk,
    );
    expect(history.entries.at(-1)).toMatchObject({
      action: 'survey',
      changes: { trades: { from: ['other'], to: ['plumbing', 'waterproofing'] } },
    });
  });

  it('MNT-1: an emergency is overdue after 30 minutes without anyone on site (injectable clock)', async () => {
    clock().travelTo(at('2026-11-24T22:00:00'));
    const leak = await fixture.bus.request<object, RepairRequestView>(
      RegisterRepairRequest,
      {
        communityId: 'GZ01',
        source: 'desk',
        unitId: '0193a000-0000-7000-8000-0000000000d2',
        trades: ['plumbing'],
        urgency: 'emergency',
        emergencyKind: 'water',
        description: '厨房水管爆裂，水漫到客厅',
        contactSurname: '刘',
        contactPhone: '13912345678',
      },
      people.desk,
    );
    expect(leak).toMatchObject({
      onSiteDueAt: at('2026-11-24T22:30:00').toISOString(),
      madeSafeDueAt: at('2026-11-25T10:00:00').toISOString(),
      contactPhone: '139****5678',
    });
    const monitor = fixture.service.app.get(RepairDeadlineMonitor);
    clock().travelTo(at('2026-11-24T22:30:00'));
    await monitor.runOnce(at('2026-11-24T22:30:00'));
    expect((await list({ overdue: 'true' })).items.map((r) => r.id)).not.toContain(leak.id);
    clock().travelTo(at('2026-11-24T22:30:01'));
    await monitor.runOnce(at('2026-11-24T22:30:01'));
    const overdue = (await list({ overdue: 'true' })).items.find((r) => r.id === leak.id);
    expect(overdue?.overdueSince).toBe(at('2026-11-24T22:30:00').toISOString());
    const history = await fixture.bus.request<object, MaintenanceHistoryView>(
      GetRepairRequestHistory,
      { id: leak.id },
      people.desk,
    );
    expect(history.entries.map((e) => e.action)).toEqual(['open', 'overdue']);
  });

  it('MNT-1, MNT-2: overdue=true lists a request only while a deadline is missed and unmet; the history keeps that it was late (decision 0350)', async () => {
    clock().travelTo(at('2026-11-24T23:00:00'));
    const pipe = await fixture.bus.request<object, RepairRequestView>(
      RegisterRepairRequest,
      {
        communityId: 'GZ01',
        source: 'patrol',
        location: '3栋地下泵房',
        trades: ['plumbing'],
        urgency: 'emergency',
        emergencyKind: 'water',
        description: '巡查发现泵房给水管爆裂',
      },
      people.desk,
    );
    const monitor = fixture.service.app.get(RepairDeadlineMonitor);
    const ids = async (overdue: 'true' | 'false') =>
      (await list({ overdue, progress: 'accepted' })).items.map((r) => r.id);
    const read = () =>
      fixture.bus.request<object, RepairRequestView>(GetRepairRequest, { id: pipe.id }, people.desk);

    // Nobody on site after 30 minutes: late on the on-site clock (MNT-1).
    clock().travelTo(at('2026-11-24T23:31:00'));
    await monitor.runOnce(at('2026-11-24T23:31:00'));
    expect(await ids('true')).toContain(pipe.id);
    expect(await ids('false')).not.toContain(pipe.id);
    expect((await read()).overdueSince).toBe(at('2026-11-24T23:30:00').toISOString());

    // On site and made safe, late: no deadline is missed and unmet any more.
    clock().travelTo(at('2026-11-24T23:50:00'));
    const met = await fixture.bus.request<object, RepairRequestView>(
      RecordMadeSafe,
      { repairRequestId: pipe.id, at: at('2026-11-24T23:45:00').toISOString() },
      people.technician,
    );
    expect(met.overdueSince).toBeUndefined();
    expect(await ids('true')).not.toContain(pipe.id);
    expect(await ids('false')).toContain(pipe.id);
    await monitor.runOnce(at('2026-11-24T23:50:00'));
    expect(await ids('true')).not.toContain(pipe.id);

    // Not surveyed by its deadline (MNT-2): late again, since the survey's deadline.
    const surveyDueAt = new Date(pipe.surveyDueAt);
    clock().travelTo(new Date(surveyDueAt.getTime() + 60_000));
    expect(await ids('true')).toContain(pipe.id);
    expect((await read()).overdueSince).toBe(pipe.surveyDueAt);
    const surveyed = await fixture.bus.request<object, RepairRequestView>(
      RecordSurvey,
      survey(pipe.id, 20_000, {
        surveyedAt: new Date(surveyDueAt.getTime() + 30_000).toISOString(),
        warrantyDecision: { underWarranty: false, reason: '公共区域给水管，已过保修期' },
      }),
      people.engineer,
    );
    expect(surveyed.overdueSince).toBeUndefined();
    const surveyedIds = async (overdue: 'true' | 'false') =>
      (await list({ overdue, progress: 'surveyed' })).items.map((r) => r.id);
    expect(await surveyedIds('true')).not.toContain(pipe.id);
    expect(await surveyedIds('false')).toContain(pipe.id);

    // F30, decision 0214: the monitor's entry carries its Chinese label, as every other entry does.
    const history = await fixture.bus.request<object, MaintenanceHistoryView>(
      GetRepairRequestHistory,
      { id: pipe.id },
      people.desk,
    );
    expect(history.entries.map((e) => [e.action, e.actionLabel])).toEqual([
      ['open', '受理报修'],
      ['overdue', '已超时'],
      ['make-safe', '排除险情'],
      ['survey', '现场勘察'],
    ]);
  });

  it('MNT-1: one on site in time is not overdue', async () => {
    clock().travelTo(at('2026-11-25T08:00:00'));
    const lift = await fixture.bus.request<object, RepairRequestView>(
      RegisterRepairRequest,
      {
        communityId: 'GZ01',
        source: 'patrol',
        location: '2栋1号电梯',
        trades: ['lift'],
        urgency: 'emergency',
        emergencyKind: 'lift-entrapment',
        description: '巡查发现电梯困人，两名住户被困',
      },
      people.desk,
    );
    clock().travelTo(at('2026-11-25T08:20:00'));
    await fixture.bus.request(
      RecordArrivalOnSite,
      { repairRequestId: lift.id, at: at('2026-11-25T08:18:00').toISOString() },
      people.technician,
    );
    await fixture.service.app.get(RepairDeadlineMonitor).runOnce(at('2026-11-25T08:45:00'));
    expect((await list({ overdue: 'true' })).items.map((r) => r.id)).not.toContain(lift.id);
  });

  it('MNT-2: bad input is refused naming the field and changes nothing', async () => {
    const before = (await list()).items.length;
    await expect(
      fixture.bus.request(
        RegisterRepairRequest,
        {
          communityId: 'GZ01',
          source: 'desk',
          location: '大堂',
          trades: ['plumbing'],
          urgency: 'emergency',
          description: 'x',
        },
        people.desk,
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const [first] = (await list()).items;
    await expect(
      fixture.bus.request(
        RecordSurvey,
        survey(first!.id, 50_000, { participants: [{ role: 'customer-service', name: '李娜' }] }),
        people.engineer,
      ),
    ).rejects.toBeInstanceOf(DomainError);
    expect((await list()).items.length).toBe(before);
  });

  const fieldError = (field: string) => ({
    code: 'VALIDATION_FAILED',
    details: { errors: [expect.objectContaining({ field })] },
  });
  const get = async (id: string) => (await list()).items.find((r) => r.id === id)!;

  it('MNT-1: arrival and made-safe times before the request was received, or made safe before the arrival, are refused naming at', async () => {
    clock().travelTo(at('2026-11-26T23:53:00'));
    const burst = await fixture.bus.request<object, RepairRequestView>(
      RegisterRepairRequest,
      {
        communityId: 'GZ01',
        source: 'desk',
        unitId: '0193a000-0000-7000-8000-0000000000d3',
        trades: ['plumbing'],
        urgency: 'emergency',
        emergencyKind: 'water',
        description: '卫生间进水管爆裂',
        contactSurname: '刘',
        contactPhone: '13912345678',
      },
      people.desk,
    );
    clock().travelTo(at('2026-11-27T00:20:00'));
    const step = (definition: typeof RecordArrivalOnSite, local: string) =>
      fixture.bus.request<object, RepairRequestView>(
        definition,
        { repairRequestId: burst.id, at: at(local).toISOString() },
        people.technician,
      );
    await expect(step(RecordArrivalOnSite, '2026-11-26T00:00:00')).rejects.toMatchObject(fieldError('at'));
    await expect(step(RecordMadeSafe, '2026-11-26T00:00:01')).rejects.toMatchObject(fieldError('at'));
    await expect(step(RecordArrivalOnSite, '2026-11-27T01:00:00')).rejects.toMatchObject(fieldError('at'));
    expect(await get(burst.id)).not.toHaveProperty('arrivedAt');
    await step(RecordArrivalOnSite, '2026-11-27T00:15:00');
    await expect(step(RecordMadeSafe, '2026-11-27T00:05:00')).rejects.toMatchObject(fieldError('at'));
    expect(await step(RecordMadeSafe, '2026-11-27T00:19:00')).toMatchObject({
      arrivedAt: at('2026-11-27T00:15:00').toISOString(),
      madeSafeAt: at('2026-11-27T00:19:00').toISOString(),
    });
  });

  it('MNT-2: a survey dated before the request was received, or with a negative estimate, is refused naming the field', async () => {
    clock().travelTo(at('2026-11-26T23:51:08'));
    const request = await fixture.bus.request<object, RepairRequestView>(
      RegisterRepairRequest,
      {
        communityId: 'GZ01',
        source: 'desk',
        unitId: '0193a000-0000-7000-8000-0000000000d4',
        trades: ['plumbing'],
        urgency: 'normal',
        description: '厨房水龙头滴水',
      },
      people.desk,
    );
    clock().travelTo(at('2026-11-27T10:00:00'));
    const noHandover = { warrantyDecision: { underWarranty: false, reason: '住户自购龙头' } };
    await expect(
      fixture.bus.request(
        RecordSurvey,
        survey(request.id, 8_000, { ...noHandover, surveyedAt: at('2026-11-26T23:00:00').toISOString() }),
        people.engineer,
      ),
    ).rejects.toMatchObject(fieldError('surveyedAt'));
    await expect(
      fixture.bus.request(
        RecordSurvey,
        survey(request.id, -100_000, { ...noHandover, surveyedAt: at('2026-11-27T09:00:00').toISOString() }),
        people.engineer,
      ),
    ).rejects.toMatchObject(fieldError('estimateFen'));
    expect(await get(request.id)).toMatchObject({ progress: 'accepted', surveyDueAt: request.surveyDueAt });
    expect(
      await fixture.bus.request<object, RepairRequestView>(
        RecordSurvey,
        survey(request.id, 0, { ...noHandover, surveyedAt: at('2026-11-27T09:00:00').toISOString() }),
        people.engineer,
      ),
    ).toMatchObject({ progress: 'surveyed', survey: { estimateFen: 0 } });
  });
  const desk = {
    communityId: 'GZ01',
    source: 'desk',
    location: '3栋2单元大堂',
    trades: ['plumbing', 'civil'],
    urgency: 'emergency',
    emergencyKind: 'water',
    description: '大堂天花渗水',
  };
  const register = (body: Record<string, unknown>, actor = people.desk) =>
    fixture.bus.request<object, RepairRequestView>(RegisterRepairRequest, { ...desk, ...body }, actor);

  it('MNT-1: a request in a community residents never announced is 404 COMMUNITY_NOT_FOUND, for a company-wide role too; nothing is numbered', async () => {
    const manager = staff({ sub: 'staff-csm-all', name: '陈敏', roles: ['cs-manager'], communities: ['*'] });
    const before = (await list()).items.length;
    for (const communityId of ['GZ1O', 'ZZ99']) {
      await expect(register({ communityId }, manager)).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
    }
    // Another company's token naming our community: residents announced GZ01 to HRX only.
    const stranger = staff({
      sub: 'staff-x',
      name: '外人',
      roles: ['cs-manager'],
      communities: ['*'],
      companyId: 'OTHER',
    });
    await expect(register({}, stranger)).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
    // MNT-3: nor is a warranty period kept for such a community.
    await expect(
      fixture.bus.request(
        SetWarrantyPeriod,
        { communityId: 'ZZ99', component: 'plumbing', months: 36 },
        manager,
      ),
    ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
    expect((await list()).items.length).toBe(before);
    // An announced community takes it, and numbers it from 1 (GEN-2).
    expect((await register({ communityId: 'GZ02' }, manager)).number).toMatch(/^BX-GZ02-\d{4}-000001$/);
  });

  it('MNT-1, RES-7: a personId no resident on file carries is refused naming the field; a known one is kept', async () => {
    const known = '0193a000-0000-7000-8000-0000000003b1';
    await announcePerson(fixture, known);
    await expect(register({ personId: '0193a000-0000-7000-8000-0000000003b2' })).rejects.toMatchObject(
      fieldError('personId'),
    );
    expect(await register({ personId: known })).toMatchObject({ personId: known });
  });

  it('MNT-1, GEN-5 (decision 0272): a person of another community is refused naming personId, as an unknown one, for a caller who sees both too', async () => {
    const elsewhere = '0193a000-0000-7000-8000-0000000003b3';
    await announcePerson(fixture, elsewhere, { communityId: 'GZ02' });
    const before = (await list()).items.length;
    await expect(register({ personId: elsewhere })).rejects.toMatchObject(fieldError('personId'));
    const both = staff({ sub: 'staff-both', roles: ['front-desk'], communities: ['GZ01', 'GZ02'] });
    await expect(register({ personId: elsewhere }, both)).rejects.toMatchObject(fieldError('personId'));
    expect((await list()).items.length).toBe(before);
    // In the person's own community the same id is taken.
    expect(await register({ communityId: 'GZ02', personId: elsewhere }, both)).toMatchObject({
      personId: elsewhere,
    });
  });

  it('MNT-1: whitespace-only text is refused naming the field; every code in the view has its Chinese label', async () => {
    clock().travelTo(at('2026-11-23T09:30:00'));
    for (const field of ['description', 'location', 'contactSurname']) {
      await expect(register({ [field]: '   ' })).rejects.toMatchObject(fieldError(field));
    }
    const request = await register({ description: ' 大堂天花渗水' });
    expect(request).toMatchObject({
      description: ' 大堂天花渗水',
      tradeLabels: ['给排水', '土建'],
      urgencyLabel: '紧急',
      emergencyKindLabel: '跑水漏水',
    });
    clock().travelTo(at('2026-11-23T12:00:00'));
    const noHandover = { warrantyDecision: { underWarranty: false, reason: '公共区域，已过保修期' } };
    await expect(
      fixture.bus.request(
        RecordSurvey,
        survey(request.id, 8_000, { ...noHandover, findings: ' ' }),
        people.engineer,
      ),
    ).rejects.toMatchObject(fieldError('findings'));
    const surveyed = await fixture.bus.request<object, RepairRequestView>(
      RecordSurvey,
      survey(request.id, 8_000, noHandover),
      people.engineer,
    );
    expect(surveyed).toMatchObject({
      workOrderType: 'b',
      workOrderTypeLabel: 'B类·保修期外（公司承担）',
      survey: {
        workOrderTypeLabel: 'B类·保修期外（公司承担）',
        participants: expect.arrayContaining([
          { role: 'repair-lead', roleLabel: '维修队长', name: '赵队长' },
        ]),
      },
    });
  });

  it('MNT-4: a fault the survey finds under warranty is never a type-B order (保修期外): the company is refused; the contractor makes it type A', async () => {
    const ids = {
      inspectionId: '0193a000-0000-7000-8000-0000000003c1',
      unitId: '0193a000-0000-7000-8000-0000000003d1',
      defectIds: ['0193a000-0000-7000-8000-0000000003e1'],
      handoverDate: '2026-06-30',
    };
    await publishHandover(fixture, ids);
    const defect = await eventually(async () => {
      const found = (await list()).items.find((r) => r.unitId === ids.unitId);
      expect(found).toBeDefined();
      return found!;
    });
    clock().travelTo(at('2026-11-23T12:00:00'));
    // Handed over 2026-06-30: plumbing is under its 2-year warranty.
    const surveyOf = (party: string) =>
      fixture.bus.request<object, RepairRequestView>(
        RecordSurvey,
        survey(defect.id, 8_000, {
          responsibleParty: party,
          ...(party === 'contractor'
            ? { contractorId: '0193a000-0000-7000-8000-0000000000aa', contractorName: '广州建工集团' }
            : {}),
        }),
        people.engineer,
      );
    await expect(surveyOf('company')).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { field: 'responsibleParty' },
    });
    expect((await get(defect.id)).progress).toBe('accepted');
    expect(await surveyOf('contractor')).toMatchObject({
      workOrderType: 'a',
      workOrderTypeLabel: 'A类·保修（承建商责任）',
      survey: { underWarranty: true, workOrderType: 'a' },
    });
  });
  it('MNT-3, GEN-5: the company-wide warranty period is set only by a caller who sees every community, else 404 as an unseen community; each change archived (decision 0260)', async () => {
    const em = fixture.service.app.get(EntityManager).fork();
    const periods = () =>
      em.find(WarrantyPeriod, { companyId: 'HRX', component: 'heating-cooling' }, { filters: false });
    const companyWide = { component: 'heating-cooling', months: 1 };
    // A chief engineer of GZ01 alone would move GZ02's findings: refused, nothing kept.
    await expect(
      fixture.bus.request(SetWarrantyPeriod, companyWide, people.chiefEngineer),
    ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
    expect(await periods()).toEqual([]);
    // Their own community's period they may set.
    expect(
      await fixture.bus.request(
        SetWarrantyPeriod,
        { communityId: 'GZ01', component: 'heating-cooling', months: 30 },
        people.chiefEngineer,
      ),
    ).toMatchObject({ communityId: 'GZ01', months: 30 });
    const everywhere = staff({
      sub: 'staff-ce-all',
      name: '钱总工',
      roles: ['chief-engineer'],
      communities: ['*'],
    });
    await fixture.bus.request(SetWarrantyPeriod, { ...companyWide, months: 36 }, everywhere);
    await fixture.bus.request(SetWarrantyPeriod, { ...companyWide, months: 30 }, everywhere);
    expect((await periods()).map((p) => [p.communityId, p.months]).sort()).toEqual([
      ['*', 30],
      ['GZ01', 30],
    ]);
    const archived = await em.find(
      RecordHistory,
      { recordType: 'warranty-period' },
      { filters: false, orderBy: { at: 'asc', id: 'asc' } },
    );
    expect(archived.map((h) => [h.recordId, h.actorId, h.actorName, h.changes])).toEqual([
      [
        'GZ01:heating-cooling',
        people.chiefEngineer.sub,
        people.chiefEngineer.name,
        { component: 'heating-cooling', months: { from: 24, to: 30 }, fromDefault: true },
      ],
      [
        '*:heating-cooling',
        'staff-ce-all',
        '钱总工',
        { component: 'heating-cooling', months: { from: 24, to: 36 }, fromDefault: true },
      ],
      [
        '*:heating-cooling',
        'staff-ce-all',
        '钱总工',
        { component: 'heating-cooling', months: { from: 36, to: 30 } },
      ],
    ]);
  });

  it('MNT-3: the survey’s own recorded warranty decision decides for a unit with a handover date too (decisions 0211, 0268)', async () => {
    const ids = {
      inspectionId: '0193a000-0000-7000-8000-0000000004c1',
      unitId: '0193a000-0000-7000-8000-0000000004d1',
      defectIds: [],
      handoverDate: '2026-06-30',
    };
    await publishHandover(fixture, ids);
    await eventually(async () => expect(await fixture.bus.consumersIdle()).toBe(true), 20_000, 100);
    clock().travelTo(at('2026-11-23T09:30:00'));
    const request = await register({
      unitId: ids.unitId,
      location: undefined,
      description: '业主自购热水器漏水',
    });
    clock().travelTo(at('2026-11-23T12:00:00'));
    const surveyed = await fixture.bus.request<object, RepairRequestView>(
      RecordSurvey,
      survey(request.id, 10_000, {
        warrantyDecision: { underWarranty: false, reason: '业主自购设备，不属保修范围' },
      }),
      people.engineer,
    );
    expect(surveyed).toMatchObject({
      workOrderType: 'b',
      survey: {
        underWarranty: false,
        warrantyLastDay: '2028-06-29',
        warrantyReason: expect.stringMatching(/^勘察认定：业主自购设备，不属保修范围（按交付日计算/),
      },
    });
  });

  it('BIL-7: the resident is not named for a request without a unit: 422 naming responsibleParty, nothing changed (decision 0262)', async () => {
    clock().travelTo(at('2026-11-23T09:30:00'));
    const common = await register({ urgency: 'normal', emergencyKind: undefined });
    clock().travelTo(at('2026-11-23T12:00:00'));
    await expect(
      fixture.bus.request(
        RecordSurvey,
        survey(common.id, 8_000, {
          responsibleParty: 'resident',
          warrantyDecision: { underWarranty: false, reason: '住户损坏公共设施' },
        }),
        people.engineer,
      ),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED', details: { field: 'responsibleParty' } });
    expect((await get(common.id)).progress).toBe('accepted');
  });

  it('MNT-1: an emergency kind only with urgency emergency: 400 naming emergencyKind, nothing registered (decision 0265)', async () => {
    clock().travelTo(at('2026-11-23T09:30:00'));
    const before = (await list()).items.length;
    await expect(register({ urgency: 'normal', emergencyKind: 'gas' })).rejects.toMatchObject(
      fieldError('emergencyKind'),
    );
    expect((await list()).items.length).toBe(before);
    expect(await register({ urgency: 'normal', emergencyKind: undefined })).toMatchObject({
      urgency: 'normal',
    });
  });

  it('DESK-3: a contact phone in any common format is kept as formatPhone writes it and shown masked (decisions 0110, 0227, 0267)', async () => {
    clock().travelTo(at('2026-11-23T09:30:00'));
    const mobile = await register({ contactPhone: '+86 138-1234-5678' });
    const landline = await register({ contactPhone: '(020) 8888-1234 转 601' });
    expect(mobile.contactPhone).toBe('138****5678');
    expect(landline.contactPhone).toBe('020-****1234');
    const em = fixture.service.app.get(EntityManager).fork();
    const stored = await em.find(
      RepairRequest,
      { id: { $in: [mobile.id, landline.id] } },
      { filters: false, orderBy: { id: 'asc' } },
    );
    expect(stored.map((r) => r.contactPhone)).toEqual(['13812345678', '020-88881234-601']);
    await expect(register({ contactPhone: '020-1234567-123' })).rejects.toMatchObject(
      fieldError('contactPhone'),
    );
  });
});
