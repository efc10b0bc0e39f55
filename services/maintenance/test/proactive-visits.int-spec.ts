import { describe, expect, it } from '@jest/globals';
import {
  DecorationInspectionPassed,
  GetProactiveVisit,
  ListEquipmentReports,
  ListProactiveVisits,
  PersonRegistered,
  RecordProactiveVisit,
  ResidentsBus,
  SubmitEquipmentReport,
  type EquipmentReportView,
  type Page,
  type ProactiveVisitView,
} from '@pcs/contracts';
import { Clock } from '@pcs/platform';
import { eventually, staff, useService } from '@pcs/testing';
import { maintenanceService } from '../src/maintenance.service-spec.js';
import { people, publishHandover } from './maintenance-fixtures.js';

const at = (local: string) => new Date(`${local}+08:00`);
const UNIT = '0193a000-0000-7000-8000-0000000001d1';
const OTHER_UNIT = '0193a000-0000-7000-8000-0000000001d2';
const OWNER = '0193a000-0000-7000-8000-0000000001b1';
const REFUSER = '0193a000-0000-7000-8000-0000000001b2';

describe('proactive visits and the first-year equipment report (MNT-12)', () => {
  const fixture = useService(maintenanceService);
  const clock = () => fixture.service.app.get(Clock);
  const visits = (query: Record<string, unknown> = {}, actor = people.desk) =>
    fixture.bus.request<object, Page<ProactiveVisitView>>(
      ListProactiveVisits,
      { limit: 200, ...query },
      actor,
    );
  const reports = (query: Record<string, unknown> = {}) =>
    fixture.bus.request<object, Page<EquipmentReportView>>(ListEquipmentReports, query, people.engineer);
  const idle = () =>
    eventually(async () => expect(await fixture.bus.consumersIdle()).toBe(true), 20_000, 100);
  const fitOut = (decorationId: string, unitId: string, applicantPersonId: string, passedAt: string) =>
    fixture.bus.publishEvent(DecorationInspectionPassed, ResidentsBus, {
      source: 'residents',
      subject: decorationId,
      companyid: 'HRX',
      communityid: 'GZ01',
      data: {
        decorationId,
        number: 'ZX-GZ01-2025-000007',
        unitId,
        applicantPersonId,
        passedAt,
        depositRefundableFrom: '2026-01-01',
      },
    } as never);

  it('MNT-12: a handover schedules the owner’s three visits and the equipment report, once however often delivered', async () => {
    clock().travelTo(at('2025-07-01T09:00:00'));
    const handover = { inspectionId: '0193a000-0000-7000-8000-0000000001c1', unitId: UNIT, defectIds: [] };
    await publishHandover(fixture, {
      ...handover,
      ownerPersonId: OWNER,
      eventId: '0193a000-0000-7000-8000-0000000001f1',
    });
    await publishHandover(fixture, {
      ...handover,
      ownerPersonId: OWNER,
      eventId: '0193a000-0000-7000-8000-0000000001f1',
    });
    await publishHandover(fixture, {
      ...handover,
      ownerPersonId: OWNER,
      eventId: '0193a000-0000-7000-8000-0000000001f2',
    });
    // A re-inspection of the same unit is not a second handover.
    await publishHandover(fixture, {
      ...handover,
      inspectionId: '0193a000-0000-7000-8000-0000000001c2',
      ownerPersonId: OWNER,
    });
    await eventually(async () => expect((await visits({ unitId: UNIT })).items).toHaveLength(3));
    await idle();
    const scheduled = (await visits({ unitId: UNIT })).items;
    expect(scheduled.map((v) => [v.kind, v.windowStart, v.dueOn, v.status, v.trigger])).toEqual([
      ['first', '2025-07-15', '2025-07-30', 'scheduled', 'handover'],
      ['three-months', '2025-09-23', '2025-10-07', 'scheduled', 'handover'],
      ['six-months', '2025-12-23', '2026-01-06', 'scheduled', 'handover'],
    ]);
    expect(scheduled[0]).toMatchObject({
      kindLabel: '首次回访（15–30天）',
      triggerLabel: '收楼交付',
      statusLabel: '待回访',
      personId: OWNER,
      startedOn: '2025-06-30',
      overdue: false,
    });
    expect((await reports()).items).toEqual([
      expect.objectContaining({
        communityId: 'GZ01',
        firstHandoverOn: '2025-06-30',
        dueOn: '2026-06-30',
        status: 'due',
        statusLabel: '待提交',
        overdue: false,
      }),
    ]);
  });

  it('MNT-12: an earlier handover learned later brings the report forward; a later one does not move it', async () => {
    await publishHandover(fixture, {
      inspectionId: '0193a000-0000-7000-8000-0000000001c3',
      unitId: OTHER_UNIT,
      defectIds: [],
      handoverDate: '2025-05-10',
    });
    // One unit's visits before the other's: lists are in the order visits were scheduled (by id), and
    // two handovers consumed at once would schedule theirs in either order (a flake seen in CI).
    await eventually(async () =>
      expect((await visits({ unitId: OTHER_UNIT, dueBy: '2025-06-30' })).items).toHaveLength(1),
    );
    await publishHandover(fixture, {
      inspectionId: '0193a000-0000-7000-8000-0000000001c4',
      unitId: '0193a000-0000-7000-8000-0000000001d3',
      defectIds: [],
      handoverDate: '2025-08-01',
    });
    await eventually(async () => expect((await visits()).items).toHaveLength(9));
    await idle();
    expect((await reports()).items).toEqual([
      expect.objectContaining({ firstHandoverOn: '2025-05-10', dueOn: '2026-05-10' }),
    ]);
  });

  it('MNT-12: a visit past its due date is overdue and listed as such; the list due by a date holds only those', async () => {
    clock().travelTo(at('2025-07-31T09:00:00'));
    // Due 07-30 and 06-09: both first visits are late; the one due 08-31 is not yet.
    const overdue = (await visits({ overdue: 'true' })).items;
    expect(overdue.map((v) => [v.unitId, v.kind, v.dueOn])).toEqual([
      [UNIT, 'first', '2025-07-30'],
      [OTHER_UNIT, 'first', '2025-06-09'],
    ]);
    expect(overdue.every((v) => v.overdue)).toBe(true);
    const notOverdue = (await visits({ overdue: 'false' })).items;
    expect(notOverdue).toHaveLength(7);
    expect(notOverdue.every((v) => !v.overdue)).toBe(true);
    expect((await visits({ overdue: 'true', status: 'done' })).items).toEqual([]);
    const dueBy = (await visits({ dueBy: '2025-08-31' })).items;
    expect(dueBy.every((v) => v.dueOn <= '2025-08-31')).toBe(true);
    expect(dueBy.map((v) => [v.unitId, v.kind])).toEqual([
      [UNIT, 'first'],
      [OTHER_UNIT, 'first'],
      [OTHER_UNIT, 'three-months'],
      ['0193a000-0000-7000-8000-0000000001d3', 'first'],
    ]);
  });

  it('MNT-12: a visit is recorded once, with the satisfaction and what was raised; bad times, and times before its window, are refused by field', async () => {
    const [first] = (await visits({ unitId: UNIT, kind: 'first' })).items;
    const record = (body: Record<string, unknown>) =>
      fixture.bus.request<object, ProactiveVisitView>(
        RecordProactiveVisit,
        { visitId: first!.id, method: 'door', satisfaction: 'satisfied', ...body },
        people.desk,
      );
    await expect(record({ visitedAt: '2025-08-02T10:00:00+08:00' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field: 'visitedAt' })] },
    });
    await expect(record({ visitedAt: '2025-06-29T10:00:00+08:00' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field: 'visitedAt' })] },
    });
    await expect(record({ satisfaction: 'delighted' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    // MNT-12 (decision 0269): after the start but before the window (from 07-15) is not this visit.
    await expect(record({ visitedAt: '2025-07-14T10:00:00+08:00' })).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { field: 'visitedAt' },
    });
    const [sixMonths] = (await visits({ unitId: UNIT, kind: 'six-months' })).items;
    await expect(
      fixture.bus.request(
        RecordProactiveVisit,
        { visitId: sixMonths!.id, method: 'door', satisfaction: 'satisfied' },
        people.desk,
      ),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED', details: { field: 'visitedAt' } });
    expect(
      (
        await fixture.bus.request<object, ProactiveVisitView>(
          GetProactiveVisit,
          { id: first!.id },
          people.desk,
        )
      ).status,
    ).toBe('scheduled');

    const done = await record({ visitedAt: '2025-07-31T08:30:00+08:00', findings: '主卧窗台渗水，已转报修' });
    expect(done).toMatchObject({
      status: 'done',
      statusLabel: '已回访',
      method: 'door',
      satisfaction: 'satisfied',
      satisfactionLabel: '满意',
      findings: '主卧窗台渗水，已转报修',
      visitedAt: '2025-07-31T00:30:00.000Z',
      visitedBy: { staffId: people.desk.sub, name: people.desk.name },
      overdue: false,
    });
    await expect(record({})).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
    expect((await visits({ overdue: 'true' })).items.map((v) => v.unitId)).toEqual([OTHER_UNIT]);
  });

  it('MNT-12, RES-7: a fit-out schedules its own visits; a resident who refused visits is exempt with the reason', async () => {
    await fixture.bus.publishEvent(PersonRegistered, ResidentsBus, {
      source: 'residents',
      subject: REFUSER,
      companyid: 'HRX',
      communityid: 'GZ01',
      aggregateversion: 1,
      data: {
        personId: REFUSER,
        name: '孙丽',
        preferences: { refuseReturnVisits: true, preferredChannel: 'sms' },
      },
    } as never);
    await idle();
    const decoration = '0193a000-0000-7000-8000-0000000001e1';
    // Passed at 23:30 in Guangzhou: the visits count from that local day.
    await fitOut(decoration, UNIT, OWNER, '2025-08-10T15:30:00Z');
    await fitOut(decoration, UNIT, OWNER, '2025-08-10T15:30:00Z');
    await fitOut('0193a000-0000-7000-8000-0000000001e2', OTHER_UNIT, REFUSER, '2025-08-12T02:00:00Z');
    await eventually(async () => expect((await visits({ trigger: 'fit-out' })).items).toHaveLength(6));
    await idle();
    const ofUnit = (await visits({ trigger: 'fit-out', unitId: UNIT })).items;
    expect(ofUnit.map((v) => [v.kind, v.startedOn, v.windowStart, v.status])).toEqual([
      ['first', '2025-08-10', '2025-08-25', 'scheduled'],
      ['three-months', '2025-08-10', '2025-11-03', 'scheduled'],
      ['six-months', '2025-08-10', '2026-02-03', 'scheduled'],
    ]);
    expect(ofUnit[0]!.triggerLabel).toBe('装修完工');
    const refused = (await visits({ trigger: 'fit-out', unitId: OTHER_UNIT })).items;
    expect(refused.every((v) => v.status === 'exempt' && v.exemption === 'refused-visits')).toBe(true);
    await expect(
      fixture.bus.request(
        RecordProactiveVisit,
        { visitId: refused[0]!.id, method: 'phone', satisfaction: 'neutral' },
        people.desk,
      ),
    ).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
  });

  it('GEN-5: another community’s staff neither see nor record the visits', async () => {
    const elsewhere = staff({ sub: 'staff-sz', name: '黄敏', roles: ['front-desk'], communities: ['SZ01'] });
    expect((await visits({}, elsewhere)).items).toEqual([]);
    const [visit] = (await visits({ status: 'scheduled' })).items;
    await expect(fixture.bus.request(GetProactiveVisit, { id: visit!.id }, elsewhere)).rejects.toMatchObject({
      code: 'PROACTIVE_VISIT_NOT_FOUND',
    });
    await expect(
      fixture.bus.request(
        RecordProactiveVisit,
        { visitId: visit!.id, method: 'phone', satisfaction: 'neutral' },
        elsewhere,
      ),
    ).rejects.toMatchObject({ code: 'PROACTIVE_VISIT_NOT_FOUND' });
  });

  it('MNT-12: the equipment report is overdue after its date and is submitted once', async () => {
    clock().travelTo(at('2026-05-11T09:00:00'));
    const [report] = (await reports({ overdue: 'true' })).items;
    expect(report).toMatchObject({ status: 'due', overdue: true });
    const submit = (body: Record<string, unknown>) =>
      fixture.bus.request<object, EquipmentReportView>(
        SubmitEquipmentReport,
        {
          reportId: report!.id,
          summary: '电梯、水泵运行正常；2号楼水泵异响一次，已更换轴承。',
          faultCount: 1,
          ...body,
        },
        people.engineer,
      );
    await expect(submit({ faultCount: -1 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(submit({ summary: '' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(submit({ reportId: '0193a000-0000-7000-8000-0000000001ff' })).rejects.toMatchObject({
      code: 'EQUIPMENT_REPORT_NOT_FOUND',
    });
    // MNT-12 (decision 0320): not before a month before its due date (2026-05-10): from 2026-04-10.
    expect(report).toMatchObject({ dueOn: '2026-05-10' });
    clock().travelTo(at('2026-04-09T23:30:00'));
    await expect(submit({})).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { field: 'reportId', dueOn: '2026-05-10', opensOn: '2026-04-10' },
    });
    expect((await reports()).items[0]).toMatchObject({ status: 'due' });
    clock().travelTo(at('2026-05-11T09:00:00'));
    const submitted = await submit({});
    expect(submitted).toMatchObject({
      status: 'submitted',
      statusLabel: '已提交',
      overdue: false,
      faultCount: 1,
      submittedBy: { staffId: people.engineer.sub, name: people.engineer.name },
    });
    await expect(submit({})).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
    expect((await reports({ overdue: 'true' })).items).toEqual([]);
    // A handover learned after the report was submitted changes nothing.
    await publishHandover(fixture, {
      inspectionId: '0193a000-0000-7000-8000-0000000001c5',
      unitId: '0193a000-0000-7000-8000-0000000001d5',
      defectIds: [],
      handoverDate: '2025-01-01',
    });
    await eventually(async () =>
      expect((await visits({ unitId: '0193a000-0000-7000-8000-0000000001d5' })).items).toHaveLength(3),
    );
    expect((await reports()).items[0]).toMatchObject({ firstHandoverOn: '2025-05-10', status: 'submitted' });
  });
});
