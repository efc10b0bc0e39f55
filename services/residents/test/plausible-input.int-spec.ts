import { describe, expect, it } from '@jest/globals';
import {
  AcknowledgeMoveIn,
  ApplyForDecoration,
  CompleteMoveIn,
  EndOccupancy,
  RecordHandoverInspection,
  RecordMoveInKeys,
  RegisterPerson,
  RequestMoveOut,
  StartMoveIn,
  StartOccupancy,
  StartTenantMoveIn,
  type MoveInView,
} from '@pcs/contracts';
import { staff, useService, type BillingAnswers } from '@pcs/testing';
import { addDays } from '@pcs/work-calendar';
import { residentsService } from '../src/residents.service-spec.js';
import { today } from '../src/units/current-occupancies.js';
import {
  decorationApplication,
  householdWithOwner,
  sendAs,
  useSeedAndStubBilling,
} from './support/procedure-fixtures.js';
import type { Seed } from './support/seed.js';

const frontDesk = staff();
const engineer = staff({ sub: 'staff-0102', name: '赵志刚', roles: ['engineer'] });

/** What probing residents' routes with implausible values and sequences found (decisions 221, 222). */
describe('implausible values and sequences are refused, and nothing changes', () => {
  const fixture = useService(residentsService);
  let seed: Seed;
  let billing: BillingAnswers;
  useSeedAndStubBilling(fixture, { GZ01: '锦绣花园' }, (ready) => ({ seed, billing } = ready));

  const send = sendAs(fixture, frontDesk);

  const refusedNaming = (field: string) => ({
    code: 'VALIDATION_FAILED',
    details: { errors: [expect.objectContaining({ field })] },
  });

  async function count(table: string, unitId: string): Promise<number> {
    const { rows } = await seed.query(`select count(*)::int as n from "${table}" where unit_id = $1`, [
      unitId,
    ]);
    return rows[0]!['n'] as number;
  }

  /** A year and a day is the horizon; a year and two days is refused. */
  const tooFar = () => addDays(today('Asia/Shanghai'), 367);
  const farEnough = () => addDays(today('Asia/Shanghai'), 366);

  it('RES-4, RES-6: planned move-in and move-out dates more than a year ahead are 400 naming the field', async () => {
    const { unitId, ownerId, ownerOccupancyId } = await householdWithOwner(seed, { status: 'occupied' });
    for (const plannedDate of ['2999-12-31', tooFar()]) {
      await expect(
        send(StartMoveIn, { unitId, ownerPersonIds: [ownerId], plannedDate }),
      ).rejects.toMatchObject(refusedNaming('plannedDate'));
    }
    const tenant = await seed.person({ name: '周晓燕', phone: '13688990011' });
    await seed.occupancy(unitId, tenant, 'tenant', { startDate: '2026-03-01' });
    await expect(
      send(StartTenantMoveIn, {
        unitId,
        tenantPersonIds: [tenant],
        plannedDate: '2999-01-01',
        contractDepositFen: 300_000,
      }),
    ).rejects.toMatchObject(refusedNaming('plannedDate'));
    await expect(
      send(RequestMoveOut, {
        unitId,
        occupancyIds: [ownerOccupancyId],
        moveOutDate: '2999-12-31',
        reason: '房屋出售，业主迁出',
      }),
    ).rejects.toMatchObject(refusedNaming('moveOutDate'));
    expect(await count('move_in', unitId)).toBe(0);
    expect(await count('move_out', unitId)).toBe(0);

    // Up to a year ahead is a plan like any other.
    await expect(
      send(RequestMoveOut, {
        unitId,
        occupancyIds: [ownerOccupancyId],
        moveOutDate: farEnough(),
        reason: '房屋出售，业主迁出',
      }),
    ).resolves.toMatchObject({ status: 'requested' });
  });

  it('RES-2: an occupancy that starts or ends more than a year ahead is 400 naming the date', async () => {
    const { unitId, ownerOccupancyId } = await householdWithOwner(seed, { status: 'occupied' });
    const tenant = await seed.person({ name: '刘思远', phone: '13766554433' });
    await expect(
      send(StartOccupancy, { unitId, personId: tenant, role: 'tenant', startDate: '2999-01-01' }),
    ).rejects.toMatchObject(refusedNaming('startDate'));
    expect(await count('occupancy', unitId)).toBe(1);
    billing.clear(unitId);
    await expect(
      send(EndOccupancy, { id: ownerOccupancyId, endDate: tooFar(), reason: '房屋过户' }),
    ).rejects.toMatchObject(refusedNaming('endDate'));
    const { rows } = await seed.query(`select end_date from occupancy where id = $1`, [ownerOccupancyId]);
    expect(rows[0]!['end_date']).toBeNull();
  });

  it('RES-5: a decoration schedule beyond a year, or an agreement signed in the future, is 400 naming the field', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed, { status: 'occupied' });
    const apply = (overrides: Record<string, unknown>) =>
      send(ApplyForDecoration, decorationApplication(unitId, ownerId, overrides));
    await expect(
      apply({ schedule: { startDate: '2026-12-01', endDate: '2999-02-28' } }),
    ).rejects.toMatchObject(refusedNaming('schedule.endDate'));
    await expect(
      apply({
        agreement: {
          fileId: 'files/2026/11/zx-agreement-001.pdf',
          signedOn: addDays(today('Asia/Shanghai'), 2),
        },
      }),
    ).rejects.toMatchObject(refusedNaming('agreement.signedOn'));
    expect(await count('decoration', unitId)).toBe(0);
  });

  it('RES-5: a schedule that ended before today, one worker twice or an agreement signed before 2000 is 400 naming the field (decision 344)', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed, { status: 'occupied' });
    const apply = (overrides: Record<string, unknown>) =>
      send(ApplyForDecoration, decorationApplication(unitId, ownerId, overrides));
    await expect(
      apply({ schedule: { startDate: '2020-01-01', endDate: '2020-02-01' } }),
    ).rejects.toMatchObject(refusedNaming('schedule.endDate'));
    const worker = { name: '李建军', phone: '13711112222', idNumber: '440106198506123318' };
    await expect(apply({ workers: [worker, { ...worker, name: '李建君' }] })).rejects.toMatchObject(
      refusedNaming('workers[1].idNumber'),
    );
    await expect(
      apply({ agreement: { fileId: 'files/2026/11/zx-agreement-001.pdf', signedOn: '1900-01-01' } }),
    ).rejects.toMatchObject(refusedNaming('agreement.signedOn'));
    expect(await count('decoration', unitId)).toBe(0);
  });

  it("RES-5: the contractor's and workers' phones are accepted and kept as people's phones are (decision 344)", async () => {
    const { unitId, ownerId } = await householdWithOwner(seed, { status: 'occupied' });
    const applied = await send(
      ApplyForDecoration,
      decorationApplication(unitId, ownerId, {
        contractor: {
          name: '广州美家装饰工程有限公司',
          managerName: '陈志强',
          managerPhone: '+86 138 1234 5678',
        },
        workers: [{ name: '李建军', phone: '(020) 8888-1234', idNumber: '440106198506123318' }],
      }),
    );
    const { rows } = await seed.query<{ contractor: { managerPhone: string }; workers: { phone: string }[] }>(
      `select contractor, workers from decoration where id = $1`,
      [(applied as { id: string }).id],
    );
    expect(rows[0]!.contractor.managerPhone).toBe('13812345678');
    expect(rows[0]!.workers[0]!.phone).toBe('020-88881234');
  });

  it('RES-3: a handover inspection dated in the future is 400 naming inspectedAt', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed, { status: 'vacant' });
    await expect(
      send(
        RecordHandoverInspection,
        { unitId, ownerPersonId: ownerId, inspectedAt: '2999-01-01T10:00:00+08:00', defects: [] },
        engineer,
      ),
    ).rejects.toMatchObject(refusedNaming('inspectedAt'));
    expect(await count('handover_inspection', unitId)).toBe(0);
  });

  it('RES-4: owners who already moved in cannot open another move-in (decision 222); a new owner can', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed, { handedOver: true });
    const started = await send<MoveInView>(StartMoveIn, {
      unitId,
      ownerPersonIds: [ownerId],
      plannedDate: today('Asia/Shanghai'),
    });
    await send(AcknowledgeMoveIn, { moveInId: started.id, handbook: true, decorationRules: true });
    await send(RecordMoveInKeys, { moveInId: started.id, keys: [{ kind: 'door-key', count: 2 }] });
    billing.chargeStatus(started.charges.requestId, 'settled');
    await send(CompleteMoveIn, { moveInId: started.id, movedInAt: new Date().toISOString() });
    const charges = async () =>
      (await seed.query(`select count(*)::int as n from charge_request where unit_id = $1`, [unitId]))
        .rows[0]!['n'];
    const before = await charges();

    await expect(
      send(StartMoveIn, { unitId, ownerPersonIds: [ownerId], plannedDate: today('Asia/Shanghai') }),
    ).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { field: 'ownerPersonIds', personIds: [ownerId] },
    });
    expect(await count('move_in', unitId)).toBe(1);
    expect(await charges()).toBe(before);

    // A co-owner who joined later has not moved in yet.
    const spouse = await seed.person({ name: '李秀英', phone: '13902256789' });
    await seed.occupancy(unitId, spouse, 'owner', { startDate: today('Asia/Shanghai') });
    await expect(
      send(StartMoveIn, { unitId, ownerPersonIds: [spouse], plannedDate: today('Asia/Shanghai') }),
    ).resolves.toMatchObject({ status: 'open', personIds: [spouse] });
  });

  it('RES-2: a name of only spaces is 400 naming it, at the service as at the gateway', async () => {
    await expect(
      send(RegisterPerson, { communityId: 'GZ01', name: ' \u3000 ', phone: '13800001234' }),
    ).rejects.toMatchObject(refusedNaming('name'));
    const { rows } = await seed.query(`select count(*)::int as n from person where name !~ '\\S'`);
    expect(rows[0]!['n']).toBe(0);
  });
});
