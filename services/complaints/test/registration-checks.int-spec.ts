import { beforeAll, describe, expect, it } from '@jest/globals';
import { MikroORM } from '@mikro-orm/core';
import {
  AssignComplaint,
  ExemptReturnVisit,
  GetComplaint,
  MaintenanceBus,
  PersonRegistered,
  RecordComplaintMeeting,
  RecordVisitAttempt,
  RegisterComplaint,
  RepairRequestProgressed,
  ResidentsBus,
  ResolveComplaint,
  UnitCreated,
  UnitUpdated,
  GetCallerHistory,
  type CallerHistoryView,
  type CommandDefinition,
  type UnitType,
  type ComplaintView,
} from '@pcs/contracts';
import { Clock } from '@pcs/platform';
import { complaintRegistration, eventually, staff, useService } from '@pcs/testing';
import { complaintsService } from '../src/complaints.service-spec.js';
import { announceCommunities } from './announce-communities.js';

const desk = staff();
const colleague = staff({ sub: 'staff-0009', name: '何平' });
const cleaner = { staffId: 'staff-0501', name: '赵敏' };
const UNIT_GZ01 = '0193d000-0000-7000-8000-000000000101';
const UNIT_GZ02 = '0193d000-0000-7000-8000-000000000201';
const PERSON_GZ01 = '0193d000-0000-7000-8000-000000000301';
const PERSON_GZ02 = '0193d000-0000-7000-8000-000000000302';
const UNKNOWN = '0193d000-0000-7000-8000-00000000ffff';
const at = (s: string) => new Date(`${s}+08:00`);

describe('what a registration names, and what an entry records (CMP-1, CMP-2, CMP-9, decisions 0216-0219)', () => {
  const fixture = useService(complaintsService);
  const clock = () => fixture.service.app.get(Clock);
  const request = <R>(def: CommandDefinition<object, unknown>, payload: object, actor = desk): Promise<R> =>
    fixture.bus.request<object, unknown>(def, payload, actor) as Promise<R>;
  const register = (overrides: Record<string, unknown> = {}, actor = desk) =>
    request<ComplaintView>(
      RegisterComplaint,
      complaintRegistration({ category: 'cleaning', ...overrides }),
      actor,
    );
  const count = async () =>
    (
      await fixture.service.app
        .get(MikroORM)
        .em.fork()
        .getConnection()
        .execute<{ n: number }[]>(`select count(*)::int as n from complaint`)
    )[0]!.n;

  beforeAll(async () => {
    await announceCommunities(fixture, ['GZ01', 'GZ02']);
    for (const [unitId, communityId] of [
      [UNIT_GZ01, 'GZ01'],
      [UNIT_GZ02, 'GZ02'],
    ] as const) {
      await fixture.bus.publishEvent(UnitCreated, ResidentsBus, {
        source: 'residents',
        subject: unitId,
        companyid: 'HRX',
        communityid: communityId,
        aggregateversion: 1,
        data: { unitId, buildingId: unitId, label: '1-101', type: 'residence', grossAreaCentiM2: 8900 },
      });
    }
    for (const [personId, communityId] of [
      [PERSON_GZ01, 'GZ01'],
      [PERSON_GZ02, 'GZ02'],
    ] as const) {
      await fixture.bus.publishEvent(PersonRegistered, ResidentsBus, {
        source: 'residents',
        subject: personId,
        companyid: 'HRX',
        communityid: communityId,
        data: {
          personId,
          name: '王芳',
          preferences: { refuseReturnVisits: false, preferredChannel: 'phone' },
        },
      });
    }
    clock().travelTo(at('2026-11-24T09:30:00'));
    await eventually(async () => {
      const known = await register({ unitId: UNIT_GZ01, personId: PERSON_GZ01 });
      expect(known.buildingId).toBe(UNIT_GZ01);
    }, 15_000);
  });

  it('CMP-1: an unknown unitId or personId is 404 naming the field; one of another community is refused naming it; nothing is written', async () => {
    const before = await count();
    for (const [overrides, code, field] of [
      [{ unitId: UNKNOWN }, 'UNIT_NOT_FOUND', 'unitId'],
      [{ unitId: UNIT_GZ02 }, 'VALIDATION_FAILED', 'unitId'],
      [{ personId: UNKNOWN }, 'PERSON_NOT_FOUND', 'personId'],
      [{ personId: PERSON_GZ02 }, 'VALIDATION_FAILED', 'personId'],
      [{ unitId: UNIT_GZ01, personId: PERSON_GZ02 }, 'VALIDATION_FAILED', 'personId'],
    ] as const) {
      await expect(register({ receivedAt: '2026-11-24T09:00:00+08:00', ...overrides })).rejects.toMatchObject(
        {
          code,
          details: { errors: [expect.objectContaining({ field })] },
        },
      );
    }
    // Another company's token naming a known unit learns nothing of it.
    await expect(
      register({ unitId: UNIT_GZ01 }, staff({ companyId: 'OTHER', communities: ['*'] })),
    ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
    expect(await count()).toBe(before);
  });

  it('CMP-1: names, descriptions and notes made only of spaces are refused naming the field', async () => {
    for (const [overrides, field] of [
      [{ customer: { surname: '   ', phone: '13812345678' } }, 'customer.surname'],
      [{ description: ' \n\t ' }, 'description'],
      [{ demand: '　' }, 'demand'],
      [{ location: '  ' }, 'location'],
      [{ kind: 'enquiry', answer: '   ' }, 'answer'],
    ] as const) {
      await expect(register({ receivedAt: '2026-11-24T09:00:00+08:00', ...overrides })).rejects.toMatchObject(
        {
          code: 'VALIDATION_FAILED',
          details: { errors: [expect.objectContaining({ field })] },
        },
      );
    }
    const c = await register({ receivedAt: '2026-11-24T09:00:00+08:00' });
    for (const [def, payload, field] of [
      [AssignComplaint, { handler: { staffId: ' ', name: '赵敏' } }, 'handler.staffId'],
      [AssignComplaint, { handler: { staffId: 'staff-0501', name: '  ' } }, 'handler.name'],
      [AssignComplaint, { handler: cleaner, note: '   ' }, 'note'],
    ] as const) {
      await expect(request(def, { complaintId: c.id, ...payload })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field })] },
      });
    }
    await request(AssignComplaint, { complaintId: c.id, handler: cleaner });
    await expect(
      request(ResolveComplaint, { complaintId: c.id, measures: '  ', result: '已清理' }),
    ).rejects.toMatchObject({ details: { errors: [expect.objectContaining({ field: 'measures' })] } });
  });

  it('CMP-9: resolved on the spot is recorded by who was there, the same day, with the customer satisfied', async () => {
    clock().travelTo(at('2026-11-24T10:00:00'));
    const c = await register({ receivedAt: '2026-11-24T09:55:00+08:00' });
    await request(AssignComplaint, { complaintId: c.id, handler: cleaner });
    await request(ResolveComplaint, { complaintId: c.id, measures: '当场清理', result: '已清理' });
    const exempt = (body: Record<string, unknown>, actor = desk) =>
      request<ComplaintView>(
        ExemptReturnVisit,
        { complaintId: c.id, exemption: 'resolved-on-the-spot', note: '当场处理完毕', ...body },
        actor,
      );
    // No satisfaction, or not a satisfied one: 400 naming it.
    for (const body of [{}, { satisfaction: 'neutral' }])
      await expect(exempt(body)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field: 'satisfaction' })] },
      });
    // A colleague who neither took the call nor handled it cannot vouch for the customer.
    await expect(exempt({ satisfaction: 'satisfied' }, colleague)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const done = await exempt({ satisfaction: 'very-satisfied' });
    expect(done.returnVisit).toMatchObject({
      status: 'exempt',
      exemption: 'resolved-on-the-spot',
      exemptionLabel: '当场解决且客户满意',
      satisfaction: 'very-satisfied',
      satisfactionLabel: '非常满意',
    });

    // Resolved the day after it came in: not on the spot.
    clock().travelTo(at('2026-11-24T16:00:00'));
    const late = await register({ receivedAt: '2026-11-24T15:55:00+08:00' });
    await request(AssignComplaint, { complaintId: late.id, handler: cleaner });
    clock().travelTo(at('2026-11-25T09:00:00'));
    await request(ResolveComplaint, { complaintId: late.id, measures: '清理', result: '已清理' });
    await expect(
      request(ExemptReturnVisit, {
        complaintId: late.id,
        exemption: 'resolved-on-the-spot',
        satisfaction: 'satisfied',
        note: '客户满意',
      }),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED', details: { field: 'exemption' } });
    // DESK-4: and three quick failed calls leave its visit due.
    for (let i = 0; i < 3; i++) await request(RecordVisitAttempt, { complaintId: late.id, method: 'phone' });
    expect((await request<ComplaintView>(GetComplaint, { id: late.id })).returnVisit).toMatchObject({
      status: 'due',
      attempts: 3,
      attemptDays: 1,
    });
  });

  it('CMP-2: the entry shows the number of the repair request maintenance opened for it', async () => {
    clock().travelTo(at('2026-11-24T11:00:00'));
    const c = await register({
      receivedAt: '2026-11-24T10:55:00+08:00',
      category: 'engineering-quality',
      needsRepair: true,
    });
    expect(c.repairRequestNumber).toBeUndefined();
    const repairRequestId = '0193d000-0000-7000-8000-000000000401';
    await fixture.bus.publishEvent(RepairRequestProgressed, MaintenanceBus, {
      source: 'maintenance',
      subject: repairRequestId,
      companyid: 'HRX',
      communityid: 'GZ01',
      aggregateversion: 1,
      data: {
        repairRequestId,
        complaintId: c.id,
        number: 'BX-GZ01-2026-000042',
        progress: 'accepted',
        at: '2026-11-24T11:00:00+08:00',
      },
    });
    await eventually(
      async () => {
        expect(await request<ComplaintView>(GetComplaint, { id: c.id })).toMatchObject({
          repairRequestId,
          repairRequestNumber: 'BX-GZ01-2026-000042',
          repairStatus: 'accepted',
        });
      },
      15_000,
      200,
    );
  });

  it('CMP-5: a meeting record is dated after the complaint came in and not in the future', async () => {
    clock().travelTo(at('2026-11-24T12:00:00'));
    const c = await register({ receivedAt: '2026-11-24T11:00:00+08:00' });
    for (const heldAt of ['2026-11-23T09:00:00+08:00', '2026-11-24T13:00:00+08:00', '2999-01-01T00:00:00Z'])
      await expect(
        request(RecordComplaintMeeting, {
          complaintId: c.id,
          heldAt,
          attendees: ['周建国'],
          minutes: '说明',
        }),
      ).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field: 'heldAt' })] },
      });
    const recorded = await request<ComplaintView>(RecordComplaintMeeting, {
      complaintId: c.id,
      heldAt: '2026-11-24T11:30:00+08:00',
      attendees: ['周建国'],
      minutes: '说明',
    });
    expect(recorded.meeting?.heldAt).toBe('2026-11-24T03:30:00.000Z');
  });

  it('CMP-1, CMP-9: an anonymous customer with a surname or a phone is refused naming customer.anonymous (decision 0292)', async () => {
    clock().travelTo(at('2026-11-24T12:00:00'));
    const before = await count();
    for (const customer of [
      { anonymous: true, surname: '张', phone: '13800138000' },
      { anonymous: true, phone: '13800138000' },
      { anonymous: true, surname: '张' },
    ])
      await expect(register({ receivedAt: '2026-11-24T11:00:00+08:00', customer })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field: 'customer.anonymous' })] },
      });
    expect(await count()).toBe(before);
    const anonymous = await register({
      receivedAt: '2026-11-24T11:00:00+08:00',
      customer: { anonymous: true },
    });
    expect(anonymous.customer).toEqual({ anonymous: true });
  });

  it('CMP-1: a contact received more than 60 days ago is refused naming receivedAt (decision 0296)', async () => {
    clock().travelTo(at('2026-11-24T12:00:00'));
    const before = await count();
    for (const receivedAt of ['2020-01-01T10:00:00+08:00', '2026-09-25T11:00:00+08:00'])
      await expect(register({ receivedAt })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field: 'receivedAt' })] },
      });
    expect(await count()).toBe(before);
    // Four weeks back, as the demo register loads, is still taken.
    const old = await register({ receivedAt: '2026-10-27T10:00:00+08:00' });
    expect(old.receivedAt).toBe('2026-10-27T02:00:00.000Z');
  });

  it('residents F12: a unit corrected in residents is corrected here, the newest version winning (decision 0303)', async () => {
    const unitId = '0193d000-0000-7000-8000-000000000105';
    const unit = (version: number, label: string, type: UnitType) => ({
      source: 'residents',
      subject: unitId,
      companyid: 'HRX',
      communityid: 'GZ01',
      aggregateversion: version,
      data: { unitId, buildingId: UNIT_GZ01, label, type, grossAreaCentiM2: 8900 },
    });
    const corrected = (version: number, label: string, type: UnitType) => {
      const event = unit(version, label, type);
      return fixture.bus.publishEvent(UnitUpdated, ResidentsBus, {
        ...event,
        data: { ...event.data, changedFields: ['label'], reason: '按门牌更正' },
      });
    };
    // The correction may arrive before the creation: the older description changes nothing.
    await corrected(3, '5号楼201', 'parking');
    await fixture.bus.publishEvent(UnitCreated, ResidentsBus, unit(1, '5栋201', 'residence'));
    await corrected(2, '旧名201', 'residence');
    const label = async () =>
      (await request<CallerHistoryView>(GetCallerHistory, { unitIds: [unitId] })).units[0]?.label;
    await eventually(async () => expect(await label()).toBe('5号楼201'), 15_000, 200);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await label()).toBe('5号楼201');
    const [row] = await fixture.service.app
      .get(MikroORM)
      .em.fork()
      .getConnection()
      .execute<{ type: string; version: number }[]>(
        `select type, version from unit_replica where unit_id = ?`,
        [unitId],
      );
    expect(row).toEqual({ type: 'parking', version: 3 });
  });

  it('DESK-3: the caller history of one community shows its entries only; out of scope or unknown is 404 (decision 0299)', async () => {
    clock().travelTo(at('2026-11-24T12:00:00'));
    const phone = '13911112222';
    const here = await register({
      receivedAt: '2026-11-24T11:00:00+08:00',
      customer: { surname: '周', phone },
    });
    const history = (communityId: string, actor = desk) =>
      request<CallerHistoryView>(GetCallerHistory, { phone, communityId }, actor);
    expect((await history('GZ01')).openEntries.map((e) => e.complaintId)).toContain(here.id);
    const everywhere = staff({ roles: ['cs-manager'], communities: ['*'] });
    expect((await history('GZ02', everywhere)).openEntries).toEqual([]);
    for (const [communityId, actor] of [
      ['GZ02', desk],
      ['ZZ99', everywhere],
    ] as const)
      await expect(history(communityId, actor)).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
  });
});
