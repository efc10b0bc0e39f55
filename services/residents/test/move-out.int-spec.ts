import { describe, expect, it } from '@jest/globals';
import {
  CompleteMoveOut,
  GetMoveOut,
  MAX_FEN,
  RecordMoveOutInspection,
  RequestMoveOut,
  ResidentsBus,
  type CloudEvent,
  type MoveOutView,
} from '@pcs/contracts';
import { eventually, staff, useService } from '@pcs/testing';
import { addDays } from '@pcs/work-calendar';
import { MoveOutVacancies } from '../src/move-outs/move-out-vacancies.js';
import { residentsService } from '../src/residents.service-spec.js';
import { today } from '../src/units/current-occupancies.js';
import {
  backdateSteps,
  householdWithOwner,
  sendAs,
  useSeedAndStubBilling,
} from './support/procedure-fixtures.js';
import type { Seed } from './support/seed.js';
import type { BillingAnswers } from '@pcs/testing';

const frontDesk = staff();
const engineer = staff({ sub: 'staff-0102', name: '赵志刚', roles: ['engineer'] });

const NOVEMBER_FEE = {
  kind: 'bill',
  number: 'ZD-GZ01-2026-000321',
  description: '2026年11月物业管理费',
  amountFen: 35_800,
  dueDate: '2026-11-30',
};
const WATER = {
  kind: 'bill',
  number: 'ZD-GZ01-2026-000322',
  description: '2026年11月水费',
  amountFen: 4_650,
};

describe('move-out (RES-6)', () => {
  const fixture = useService(residentsService);
  let seed: Seed;
  let billing: BillingAnswers;
  useSeedAndStubBilling(fixture, { GZ01: '锦绣花园' }, (ready) => ({ seed, billing } = ready));

  const send = sendAs<MoveOutView>(fixture, frontDesk);

  async function eventsAbout(ids: string[], count: number): Promise<CloudEvent[]> {
    return eventually(
      async () => {
        const events = (await fixture.bus.events(ResidentsBus.stream)).filter(
          (e) =>
            ids.includes(e.subject ?? '') ||
            ids.includes((e.data as { reference?: { id: string } }).reference?.id ?? ''),
        );
        expect(events.length).toBe(count);
        return events;
      },
      10_000,
      100,
    );
  }

  async function occupancy(id: string): Promise<{ end_date: string | null; end_reason: string | null }> {
    const { rows } = await seed.query<{ end_date: string | null; end_reason: string | null }>(
      `select to_char(end_date, 'YYYY-MM-DD') as end_date, end_reason from occupancy where id = $1`,
      [id],
    );
    return rows[0]!;
  }

  async function unitStatus(unitId: string): Promise<string> {
    const { rows } = await seed.query<{ status: string }>('select status from unit where id = $1', [unitId]);
    return rows[0]!.status;
  }

  async function moveOutsOf(unitId: string): Promise<number> {
    const { rows } = await seed.query(`select count(*)::int as n from move_out where unit_id = $1`, [unitId]);
    return rows[0]!['n'] as number;
  }

  it('RES-6: refused while billing reports arrears, listing what is owed, and nothing is created; allowed once clear', async () => {
    const { unitId, ownerOccupancyId } = await householdWithOwner(seed, { status: 'occupied' });
    billing.owes(unitId, [NOVEMBER_FEE, WATER]);
    const request = {
      unitId,
      occupancyIds: [ownerOccupancyId],
      moveOutDate: '2026-12-31',
      reason: '房屋出售，业主迁出',
    };

    await expect(send(RequestMoveOut, request)).rejects.toMatchObject({
      code: 'MOVE_OUT_BLOCKED_BY_ARREARS',
      message: expect.stringContaining('¥404.50'),
      details: { openItems: [NOVEMBER_FEE, WATER], totalOwedFen: 40_450 },
    });
    expect(await moveOutsOf(unitId)).toBe(0);
    const { rows } = await seed.query(
      `select count(*)::int as n from record_history where record_type = 'move-out'`,
    );
    const archived = rows[0]!['n'];
    // Billing was asked at once, for this unit, on behalf of the caller.
    expect(billing.clearanceCalls.at(-1)).toMatchObject({
      unitId,
      actor: { sub: 'staff-0001', companyId: 'HRX' },
    });

    billing.clear(unitId);
    const requested = await send(RequestMoveOut, request);
    expect(requested).toMatchObject({
      communityId: 'GZ01',
      unitId,
      occupancyIds: [ownerOccupancyId],
      moveOutDate: '2026-12-31',
      reason: '房屋出售，业主迁出',
      status: 'requested',
      statusLabel: '已申请',
      damages: [],
      version: 1,
    });
    expect(await moveOutsOf(unitId)).toBe(1);
    const { rows: after } = await seed.query(
      `select count(*)::int as n from record_history where record_type = 'move-out'`,
    );
    expect(after[0]!['n']).toBe((archived as number) + 1);
  });

  it("RES-6: a tenant's move-out: damages to billing as ONE charge request; completion asks billing again; the owner stays", async () => {
    const { unitId, ownerOccupancyId } = await householdWithOwner(seed, { status: 'occupied' });
    const tenant = await seed.person({
      name: '周晓燕',
      phone: '13688990011',
      idNumber: '440107199203153326',
    });
    const tenancy = await seed.occupancy(unitId, tenant, 'tenant', { startDate: '2025-03-01' });

    const requested = await send(RequestMoveOut, {
      unitId,
      occupancyIds: [tenancy],
      moveOutDate: '2026-12-15',
      reason: '租约到期',
    });
    // As if requested at the start of December: engineering inspects after it (decision 198).
    await backdateSteps(seed, 'move_out', requested.id, { created_at: '2026-12-01T09:00:00+08:00' });
    const damages = [
      { description: '客厅木地板大面积划伤', amountFen: 120_000, chargeTo: 'account' },
      { description: '卫生间镜柜损坏', amountFen: 45_000, chargeTo: 'deposit' },
    ];
    const inspected = await send(
      RecordMoveOutInspection,
      { moveOutId: requested.id, inspectedAt: '2026-12-03T15:00:00+08:00', damages },
      engineer,
    );
    expect(inspected).toMatchObject({
      status: 'inspected',
      statusLabel: '已验房',
      inspectedAt: '2026-12-03T07:00:00.000Z',
      damages,
    });
    const about = await eventsAbout([requested.id], 2);
    // The departments' notice (工作联系单) goes out when the move-out is requested.
    expect(about.find((e) => e.type === 'move-out.requested.v1')?.data).toMatchObject({
      moveOutId: requested.id,
      unitId,
      moveOutDate: requested.moveOutDate,
    });
    const raised = about.find((e) => e.type === 'charge-request.raised.v1');
    expect(raised).toMatchObject({
      type: 'charge-request.raised.v1',
      data: {
        purpose: 'move-out-damage',
        unitId,
        payerPersonId: tenant,
        reference: { kind: 'move-out', id: requested.id },
        items: [
          { code: 'damage-to-account', description: '客厅木地板大面积划伤', amountFen: 120_000 },
          { code: 'damage-from-deposit', description: '卫生间镜柜损坏', amountFen: 45_000 },
        ],
      },
    });

    // The damage is billed and not yet paid: completion asks billing again and is refused.
    billing.owes(unitId, [{ kind: 'charge-request', description: '迁出损坏赔偿', amountFen: 120_000 }]);
    const asked = billing.clearanceCalls.length;
    await expect(send(CompleteMoveOut, { moveOutId: requested.id })).rejects.toMatchObject({
      code: 'MOVE_OUT_BLOCKED_BY_ARREARS',
      details: { totalOwedFen: 120_000 },
    });
    expect(billing.clearanceCalls.length).toBe(asked + 1);
    expect(await send(GetMoveOut, { moveOutId: requested.id })).toEqual(inspected);
    expect(await occupancy(tenancy)).toEqual({ end_date: null, end_reason: null });

    billing.clear(unitId);
    const completed = await send(CompleteMoveOut, { moveOutId: requested.id });
    expect(completed).toMatchObject({
      status: 'completed',
      statusLabel: '已迁出',
      completedAt: expect.any(String),
    });
    expect(await occupancy(tenancy)).toEqual({ end_date: '2026-12-15', end_reason: '租约到期' });
    expect(await occupancy(ownerOccupancyId)).toEqual({ end_date: null, end_reason: null });
    expect(await unitStatus(unitId)).toBe('occupied');

    const events = await eventsAbout([requested.id, tenancy], 4);
    expect(events.find((e) => e.type === 'occupancy.ended.v1')!.data).toEqual({
      occupancyId: tenancy,
      unitId,
      personId: tenant,
      role: 'tenant',
      endDate: '2026-12-15',
      reason: '租约到期',
    });
    expect(events.find((e) => e.type === 'unit.moved-out.v1')!.data).toEqual({
      moveOutId: requested.id,
      unitId,
      occupancyIds: [tenancy],
      personIds: [tenant],
      moveOutDate: '2026-12-15',
      unitStatus: 'occupied',
    });
    const { rows } = await seed.query(
      `select record_type, action from record_history where record_id = any($1) order by at, id`,
      [[requested.id, tenancy]],
    );
    expect(rows).toEqual([
      { record_type: 'move-out', action: 'requested' },
      { record_type: 'move-out', action: 'inspected' },
      { record_type: 'occupancy', action: 'ended' },
      { record_type: 'move-out', action: 'completed' },
    ]);
  });

  it('RES-6: the unit becomes vacant only when no owner, tenant or household member remains', async () => {
    const { unitId, ownerId, ownerOccupancyId } = await householdWithOwner(seed, { status: 'occupied' });
    const spouse = await seed.person({ name: '李秀英', phone: '13902256789' });
    const member = await seed.occupancy(unitId, spouse, 'household-member');
    // An emergency contact does not live there.
    const contact = await seed.person({ name: '王小明', phone: '13800001111' });
    const contactOccupancy = await seed.occupancy(unitId, contact, 'emergency-contact');

    // Dated today: it takes effect on the unit as it completes (decision 220).
    const requested = await send(RequestMoveOut, {
      unitId,
      occupancyIds: [ownerOccupancyId, member],
      moveOutDate: today('Asia/Shanghai'),
      reason: '业主全家迁出',
    });
    await send(RecordMoveOutInspection, {
      moveOutId: requested.id,
      inspectedAt: new Date().toISOString(),
      damages: [],
    });
    const completed = await send(CompleteMoveOut, { moveOutId: requested.id });
    expect(completed.status).toBe('completed');
    expect(await unitStatus(unitId)).toBe('vacant');
    expect(await occupancy(contactOccupancy)).toEqual({ end_date: null, end_reason: null });

    const events = await eventsAbout([requested.id, ownerOccupancyId, member, unitId], 5);
    expect(events.filter((e) => e.type === 'charge-request.raised.v1')).toHaveLength(0);
    expect(
      events
        .filter((e) => e.type === 'occupancy.ended.v1')
        .map((e) => e.subject)
        .sort(),
    ).toEqual([ownerOccupancyId, member].sort());
    expect(events.find((e) => e.type === 'unit.status-changed.v1')!.data).toEqual({
      unitId,
      from: 'occupied',
      to: 'vacant',
    });
    expect(events.find((e) => e.type === 'unit.moved-out.v1')!.data).toMatchObject({
      personIds: [ownerId, spouse],
      unitStatus: 'vacant',
    });
  });

  /** Midnight and a minute of a China Standard Time day, as an instant. */
  const cst = (day: string, time = '00:01:00') => new Date(`${day}T${time}+08:00`);

  async function dueOn(moveOutId: string): Promise<string | null> {
    const { rows } = await seed.query<{ due: string | null }>(
      `select to_char(vacancy_due_on, 'YYYY-MM-DD') as due from move_out where id = $1`,
      [moveOutId],
    );
    return rows[0]!.due;
  }

  async function completeAhead(moveOutDate: string, reason = '业主迁出，房屋出租前空置') {
    const { unitId, ownerId, ownerOccupancyId } = await householdWithOwner(seed, { status: 'occupied' });
    const requested = await send(RequestMoveOut, {
      unitId,
      occupancyIds: [ownerOccupancyId],
      moveOutDate,
      reason,
    });
    await send(
      RecordMoveOutInspection,
      { moveOutId: requested.id, inspectedAt: new Date().toISOString(), damages: [] },
      engineer,
    );
    const completed = await send(CompleteMoveOut, { moveOutId: requested.id });
    return { unitId, ownerId, ownerOccupancyId, moveOut: completed };
  }

  it('RES-6: a move-out completed ahead of its date leaves the unit occupied until that day, and vacant from it', async () => {
    const moveOutDate = addDays(today('Asia/Shanghai'), 10);
    const { unitId, ownerOccupancyId, moveOut } = await completeAhead(moveOutDate);
    expect(moveOut).toMatchObject({ status: 'completed', moveOutDate });
    // The procedure is done and the occupancy ends on the date; the unit is lived in until then.
    expect(await occupancy(ownerOccupancyId)).toEqual({
      end_date: moveOutDate,
      end_reason: '业主迁出，房屋出租前空置',
    });
    expect(await unitStatus(unitId)).toBe('occupied');
    expect(await dueOn(moveOut.id)).toBe(moveOutDate);
    const notified = await eventsAbout([moveOut.id, ownerOccupancyId], 3);
    expect(notified.find((e) => e.type === 'unit.moved-out.v1')!.data).toMatchObject({
      moveOutDate,
      unitStatus: 'vacant',
    });
    expect(notified.find((e) => e.type === 'occupancy.ended.v1')!.data).toMatchObject({
      endDate: moveOutDate,
    });

    const vacancies = fixture.service.app.get(MoveOutVacancies);
    // The evening before, in China Standard Time, nothing changes.
    await vacancies.runOnce(cst(addDays(moveOutDate, -1), '23:59:00'));
    expect(await unitStatus(unitId)).toBe('occupied');
    expect(await dueOn(moveOut.id)).toBe(moveOutDate);

    // On the day the unit becomes vacant, once, with its event and its archive entries.
    await vacancies.runOnce(cst(moveOutDate));
    expect(await unitStatus(unitId)).toBe('vacant');
    expect(await dueOn(moveOut.id)).toBeNull();
    await vacancies.runOnce(cst(moveOutDate, '08:00:00'));
    const changed = await eventsAbout([unitId], 1);
    expect(changed[0]).toMatchObject({
      type: 'unit.status-changed.v1',
      data: { unitId, from: 'occupied', to: 'vacant' },
    });
    const { rows } = await seed.query(
      `select record_type, action, actor_id from record_history where record_id = any($1) order by at, id`,
      [[moveOut.id, unitId]],
    );
    expect(rows.slice(-2)).toEqual([
      { record_type: 'unit', action: 'status-changed', actor_id: 'service:residents' },
      { record_type: 'move-out', action: 'took-effect', actor_id: 'service:residents' },
    ]);
  });

  it('RES-6: on the move-out date a unit someone came to live in meanwhile stays occupied', async () => {
    const moveOutDate = addDays(today('Asia/Shanghai'), 5);
    const { unitId, moveOut } = await completeAhead(moveOutDate, '业主迁出，房屋出租');
    const tenant = await seed.person({ name: '刘思远', phone: '13766554433' });
    await seed.occupancy(unitId, tenant, 'tenant', { startDate: moveOutDate });

    await fixture.service.app.get(MoveOutVacancies).runOnce(cst(moveOutDate));
    expect(await unitStatus(unitId)).toBe('occupied');
    expect(await dueOn(moveOut.id)).toBeNull();
  });

  it('RES-6: the last move-out schedules the vacancy for the last day anybody lives there, whatever order they complete in (decision 337)', async () => {
    const { unitId, ownerOccupancyId } = await householdWithOwner(seed, { status: 'occupied' });
    const tenant = await seed.person({ name: '陈思远', phone: '13766551122' });
    const tenantOccupancy = await seed.occupancy(unitId, tenant, 'tenant');
    const tenantLeaves = addDays(today('Asia/Shanghai'), 12);
    const moveOut = async (occupancyIds: string[], moveOutDate: string, reason: string) => {
      const requested = await send(RequestMoveOut, { unitId, occupancyIds, moveOutDate, reason });
      await send(
        RecordMoveOutInspection,
        { moveOutId: requested.id, inspectedAt: new Date().toISOString(), damages: [] },
        engineer,
      );
      return send(CompleteMoveOut, { moveOutId: requested.id });
    };
    // The tenant's move-out, dated later, is completed first: the owner remains.
    const first = await moveOut([tenantOccupancy], tenantLeaves, '租约到期');
    expect(await dueOn(first.id)).toBeNull();
    // The owner's, dated today, completes last: the unit empties when the tenant leaves.
    const second = await moveOut([ownerOccupancyId], today('Asia/Shanghai'), '业主搬离');
    expect(await unitStatus(unitId)).toBe('occupied');
    expect(await dueOn(second.id)).toBe(tenantLeaves);
    // The view says when the unit empties, and whose move-out it is, with the unit's label.
    expect(second).toMatchObject({
      vacancyDueOn: tenantLeaves,
      unitLabel: expect.stringMatching(/.+/),
      personNames: ['王建国'],
    });

    const vacancies = fixture.service.app.get(MoveOutVacancies);
    await vacancies.runOnce(cst(addDays(tenantLeaves, -1), '23:59:00'));
    expect(await unitStatus(unitId)).toBe('occupied');
    await vacancies.runOnce(cst(tenantLeaves));
    expect(await unitStatus(unitId)).toBe('vacant');
    expect(await dueOn(second.id)).toBeNull();
  });

  it('RES-6: occupancies that moved out ahead of their date cannot be moved out again', async () => {
    const moveOutDate = addDays(today('Asia/Shanghai'), 7);
    const { unitId, ownerOccupancyId, moveOut } = await completeAhead(moveOutDate);
    await expect(
      send(RequestMoveOut, {
        unitId,
        occupancyIds: [ownerOccupancyId],
        moveOutDate: addDays(moveOutDate, -1),
        reason: '再次迁出',
      }),
    ).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { field: 'occupancyIds', moveOutId: moveOut.id },
    });
    expect(await moveOutsOf(unitId)).toBe(1);
  });

  it('RES-6: only current occupancies of that unit move out; billing is not asked for a refused request', async () => {
    const { unitId, ownerOccupancyId } = await householdWithOwner(seed, { status: 'occupied' });
    const other = await householdWithOwner(seed, { status: 'occupied' });
    const former = await seed.person({ name: '陈国华', phone: '13533445566' });
    const ended = await seed.occupancy(unitId, former, 'tenant', { startDate: '2024-01-01' });
    await seed.query(`update occupancy set end_date = '2025-12-31', end_reason = '租约到期' where id = $1`, [
      ended,
    ]);
    const asked = billing.clearanceCalls.length;

    for (const occupancyIds of [[other.ownerOccupancyId], [ownerOccupancyId, ended]]) {
      await expect(
        send(RequestMoveOut, { unitId, occupancyIds, moveOutDate: '2026-12-31', reason: '迁出' }),
      ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED', details: { field: 'occupancyIds' } });
    }
    await expect(
      send(RequestMoveOut, {
        unitId,
        occupancyIds: [ownerOccupancyId],
        moveOutDate: '2026-06-30',
        reason: '迁出',
      }),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED', details: { field: 'moveOutDate' } });
    await expect(
      send(RequestMoveOut, {
        unitId,
        occupancyIds: [ownerOccupancyId, ownerOccupancyId],
        moveOutDate: '2026-12-31',
        reason: '迁出',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { errors: [{ field: 'occupancyIds' }] } });
    expect(billing.clearanceCalls.length).toBe(asked);
    expect(await moveOutsOf(unitId)).toBe(0);

    // One move-out at a time for an occupancy.
    await send(RequestMoveOut, {
      unitId,
      occupancyIds: [ownerOccupancyId],
      moveOutDate: '2026-12-31',
      reason: '迁出',
    });
    await expect(
      send(RequestMoveOut, {
        unitId,
        occupancyIds: [ownerOccupancyId],
        moveOutDate: '2026-12-31',
        reason: '迁出',
      }),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED', details: { moveOutId: expect.any(String) } });
  });

  it('RES-6: steps out of order are 409 INVALID_STATE_TRANSITION naming the status', async () => {
    const { unitId, ownerOccupancyId } = await householdWithOwner(seed, { status: 'occupied' });
    const requested = await send(RequestMoveOut, {
      unitId,
      occupancyIds: [ownerOccupancyId],
      moveOutDate: '2026-12-31',
      reason: '房屋出售，业主迁出',
    });
    await expect(send(CompleteMoveOut, { moveOutId: requested.id })).rejects.toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      details: { status: 'requested' },
    });
    const inspection = { moveOutId: requested.id, inspectedAt: new Date().toISOString(), damages: [] };
    const inspected = await send(RecordMoveOutInspection, inspection, engineer);
    await expect(send(RecordMoveOutInspection, inspection, engineer)).rejects.toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      details: { status: 'inspected' },
    });
    await send(CompleteMoveOut, { moveOutId: requested.id });
    await expect(send(CompleteMoveOut, { moveOutId: requested.id })).rejects.toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      details: { status: 'completed' },
    });
    expect(inspected.version).toBe(2);
  });

  it('RES-6: the move-out inspection is dated neither before the move-out was requested nor in the future', async () => {
    const { unitId, ownerOccupancyId } = await householdWithOwner(seed, { status: 'occupied' });
    const requested = await send(RequestMoveOut, {
      unitId,
      occupancyIds: [ownerOccupancyId],
      moveOutDate: '2026-12-31',
      reason: '房屋出售，业主迁出',
    });
    const { rows } = await seed.query<{ at: Date }>('select created_at as at from move_out where id = $1', [
      requested.id,
    ]);
    const inspect = (inspectedAt: string) =>
      send(RecordMoveOutInspection, { moveOutId: requested.id, inspectedAt, damages: [] }, engineer);
    for (const inspectedAt of [
      '2026-01-01T10:00:00+08:00',
      // Ten minutes before the request: beyond the five a typed time may be off.
      new Date(rows[0]!.at.getTime() - 600_000).toISOString(),
      new Date(Date.now() + 3_600_000).toISOString(),
    ]) {
      await expect(inspect(inspectedAt)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [{ field: 'inspectedAt' }] },
      });
    }
    expect(await send(GetMoveOut, { moveOutId: requested.id })).toEqual(requested);
    // Decision 0236: damages that together exceed the largest amount would make a bill nobody can pay.
    const costly = { description: '整体装修损毁', amountFen: MAX_FEN, chargeTo: 'account' };
    await expect(
      send(
        RecordMoveOutInspection,
        { moveOutId: requested.id, inspectedAt: new Date().toISOString(), damages: [costly, costly] },
        engineer,
      ),
    ).rejects.toMatchObject({
      code: 'AMOUNT_TOO_LARGE',
      details: { errors: [{ field: 'damages' }], totalFen: 2 * MAX_FEN },
    });
    expect(await send(GetMoveOut, { moveOutId: requested.id })).toEqual(requested);
    const inspectedAt = new Date().toISOString();
    expect(await inspect(inspectedAt)).toMatchObject({ status: 'inspected', inspectedAt });
  });
});
