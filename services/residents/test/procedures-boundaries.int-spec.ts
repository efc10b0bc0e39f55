import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AcknowledgeMoveIn,
  ApplyForDecoration,
  CompleteMoveIn,
  CompleteMoveOut,
  GetDecoration,
  GetMoveIn,
  GetMoveOut,
  ListDecorations,
  RecordDecorationInspection,
  RecordMoveOutInspection,
  RecordPatrolFinding,
  RequestMoveOut,
  ReviewDecoration,
  StartMoveIn,
  SubmitDecoration,
  UpdateDecorationDocuments,
  type DecorationView,
  type MoveInView,
  type MoveOutView,
  type Page,
} from '@pcs/contracts';
import {
  createBusPrefix,
  deleteBusResources,
  staff,
  startTestService,
  TestBus,
  useService,
  type TestService,
} from '@pcs/testing';
import { residentsService } from '../src/residents.service-spec.js';
import {
  decorationApplication,
  decorationDocuments,
  householdWithOwner,
  useSeedAndStubBilling,
} from './support/procedure-fixtures.js';
import { Seed } from './support/seed.js';
import { startStubBilling, type BillingAnswers } from '@pcs/testing';

const frontDesk = staff();
const otherCommunity = staff({ sub: 'staff-0201', name: '张伟', communities: ['GZ02'] });
const otherCompany = staff({ sub: 'staff-9001', name: '刘洋', companyId: 'OTHER', communities: ['*'] });
const manager = staff({ sub: 'staff-0009', name: '黄敏', roles: ['cs-manager'], communities: ['*'] });

describe('procedures at their boundaries: scope, bad input, retries, billing down', () => {
  const fixture = useService(residentsService);
  let seed: Seed;
  let billing: BillingAnswers;
  let stopBilling: () => Promise<void>;
  useSeedAndStubBilling(
    fixture,
    { GZ01: '锦绣花园', GZ02: '天河商务大厦' },
    (ready) => ({ seed, billing, stopBilling } = ready),
  );

  async function counts(): Promise<Record<string, number>> {
    const { rows } = await seed.query<Record<string, number>>(
      `select (select count(*)::int from move_in) as move_ins, (select count(*)::int from move_out) as move_outs,
              (select count(*)::int from decoration) as decorations, (select count(*)::int from charge_request) as requests,
              (select count(*)::int from outbox_message) as events, (select count(*)::int from record_history) as archive`,
    );
    return rows[0]!;
  }

  /** A move-in, a move-out and a decoration of GZ01 units. */
  async function records(): Promise<{
    moveIn: MoveInView;
    moveOut: MoveOutView;
    decoration: DecorationView;
  }> {
    const a = await householdWithOwner(seed);
    const b = await householdWithOwner(seed, { status: 'occupied' });
    const c = await householdWithOwner(seed);
    return {
      moveIn: await fixture.bus.request(
        StartMoveIn,
        { unitId: a.unitId, ownerPersonIds: [a.ownerId], plannedDate: '2026-12-08' },
        frontDesk,
      ),
      moveOut: await fixture.bus.request(
        RequestMoveOut,
        {
          unitId: b.unitId,
          occupancyIds: [b.ownerOccupancyId],
          moveOutDate: '2026-12-31',
          reason: '房屋出售',
        },
        frontDesk,
      ),
      decoration: await fixture.bus.request(
        ApplyForDecoration,
        decorationApplication(c.unitId, c.ownerId),
        frontDesk,
      ),
    };
  }

  it('GEN-5: move-ins, move-outs and decorations of another community or company do not exist for the caller', async () => {
    const { moveIn, moveOut, decoration } = await records();
    const before = await counts();
    for (const outsider of [otherCommunity, otherCompany]) {
      await expect(fixture.bus.request(GetMoveIn, { moveInId: moveIn.id }, outsider)).rejects.toMatchObject({
        code: 'MOVE_IN_NOT_FOUND',
      });
      await expect(
        fixture.bus.request(GetMoveOut, { moveOutId: moveOut.id }, outsider),
      ).rejects.toMatchObject({
        code: 'MOVE_OUT_NOT_FOUND',
      });
      await expect(fixture.bus.request(GetDecoration, { id: decoration.id }, outsider)).rejects.toMatchObject(
        {
          code: 'DECORATION_NOT_FOUND',
        },
      );
      await expect(
        fixture.bus.request(
          AcknowledgeMoveIn,
          { moveInId: moveIn.id, handbook: true, decorationRules: true },
          outsider,
        ),
      ).rejects.toMatchObject({ code: 'MOVE_IN_NOT_FOUND' });
      await expect(
        fixture.bus.request(
          CompleteMoveIn,
          { moveInId: moveIn.id, movedInAt: '2026-12-08T10:00:00+08:00' },
          outsider,
        ),
      ).rejects.toMatchObject({ code: 'MOVE_IN_NOT_FOUND' });
      await expect(
        fixture.bus.request(CompleteMoveOut, { moveOutId: moveOut.id }, outsider),
      ).rejects.toMatchObject({
        code: 'MOVE_OUT_NOT_FOUND',
      });
      await expect(
        fixture.bus.request(SubmitDecoration, { decorationId: decoration.id }, outsider),
      ).rejects.toMatchObject({ code: 'DECORATION_NOT_FOUND' });
      // Their units do not exist either.
      await expect(
        fixture.bus.request(
          StartMoveIn,
          { unitId: moveIn.unitId, ownerPersonIds: moveIn.ownerPersonIds, plannedDate: '2026-12-08' },
          outsider,
        ),
      ).rejects.toMatchObject({ code: 'UNIT_NOT_FOUND' });
      await expect(
        fixture.bus.request(
          RequestMoveOut,
          {
            unitId: moveOut.unitId,
            occupancyIds: moveOut.occupancyIds,
            moveOutDate: '2026-12-31',
            reason: '迁出',
          },
          outsider,
        ),
      ).rejects.toMatchObject({ code: 'UNIT_NOT_FOUND' });
      await expect(
        fixture.bus.request(
          ApplyForDecoration,
          decorationApplication(decoration.unitId, decoration.applicantPersonId),
          outsider,
        ),
      ).rejects.toMatchObject({ code: 'UNIT_NOT_FOUND' });
      for (const query of [{}, { communityId: 'GZ01' }, { unitId: decoration.unitId }]) {
        expect(
          await fixture.bus.request<object, Page<DecorationView>>(ListDecorations, query, outsider),
        ).toEqual({
          items: [],
        });
      }
    }
    expect(await counts()).toEqual(before);
    // A company-wide role of the same company sees them.
    expect((await fixture.bus.request(GetDecoration, { id: decoration.id }, manager)).id).toBe(decoration.id);
    expect((await fixture.bus.request(GetMoveIn, { moveInId: moveIn.id }, manager)).id).toBe(moveIn.id);
  });

  it('bad input is VALIDATION_FAILED naming each field, and changes nothing', async () => {
    const { decoration, moveOut } = await records();
    const before = await counts();
    const fieldsOf = async (subject: string, body: unknown): Promise<string[]> => {
      const reply = await fixture.bus.rawRequest(subject, JSON.stringify(body), frontDesk);
      expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      return reply.ok ? [] : (reply.error.details?.errors?.map((e) => e.field) ?? []);
    };

    expect(
      await fieldsOf(StartMoveIn.subject, {
        unitId: decoration.unitId,
        ownerPersonIds: 'abc',
        handbook: true,
      }),
    ).toEqual(expect.arrayContaining(['ownerPersonIds', 'plannedDate', 'handbook']));
    expect(
      await fieldsOf(
        ApplyForDecoration.subject,
        decorationApplication(decoration.unitId, decoration.applicantPersonId, {
          scope: '拆'.repeat(1001),
          budgetFen: 5_000_000,
          schedule: { startDate: '2026-12-01', endDate: '2026-02-30' },
          workers: [{ name: '李建军', phone: '1371111', idNumber: '440106198506123318' }],
        }),
      ),
    ).toEqual(expect.arrayContaining(['scope', 'budgetFen', 'schedule.endDate', 'workers[0].phone']));
    // Dates in the wrong order.
    expect(
      await fieldsOf(
        ApplyForDecoration.subject,
        decorationApplication(decoration.unitId, decoration.applicantPersonId, {
          schedule: { startDate: '2027-03-01', endDate: '2026-12-01' },
        }),
      ),
    ).toEqual(['schedule.endDate']);
    expect(
      await fieldsOf(UpdateDecorationDocuments.subject, {
        decorationId: decoration.id,
        ...decorationDocuments({ schedule: { startDate: '2027-03-01', endDate: '2026-12-01' } }),
      }),
    ).toEqual(['schedule.endDate']);
    // Negative or fractional money.
    expect(
      await fieldsOf(RecordMoveOutInspection.subject, {
        moveOutId: moveOut.id,
        inspectedAt: '2026-12-30T10:00:00+08:00',
        damages: [
          { description: '墙面污损', amountFen: -100, chargeTo: 'account' },
          { description: '门锁损坏', amountFen: 12.5, chargeTo: 'deposit' },
        ],
      }),
    ).toEqual(expect.arrayContaining(['damages[0].amountFen', 'damages[1].amountFen']));
    expect(
      await fieldsOf(RecordPatrolFinding.subject, {
        decorationId: decoration.id,
        foundAt: 'yesterday',
        description: '违规动火',
        violation: 'yes',
        damage: { description: '消防栓损坏', amountFen: 0 },
      }),
    ).toEqual(expect.arrayContaining(['foundAt', 'violation', 'damage.amountFen']));
    expect(
      await fieldsOf(ReviewDecoration.subject, { decorationId: decoration.id, decision: 'reject' }),
    ).toEqual(['reasons']);
    expect(
      await fieldsOf(RecordDecorationInspection.subject, {
        decorationId: decoration.id,
        inspectedAt: '2027-02-20T15:00:00+08:00',
        result: 'failed',
        damages: [],
      }),
    ).toEqual(['itemsToFix']);
    expect(
      await fieldsOf(ListDecorations.subject, { limit: 500, status: 'finished', communityId: 'gz 01' }),
    ).toEqual(expect.arrayContaining(['limit', 'status', 'communityId']));
    expect(
      await fieldsOf(RequestMoveOut.subject, {
        unitId: 'not-a-uuid',
        occupancyIds: [],
        moveOutDate: '31/12/2026',
        reason: '',
      }),
    ).toEqual(expect.arrayContaining(['unitId', 'occupancyIds', 'moveOutDate', 'reason']));
    expect(await fixture.bus.rawRequest(StartMoveIn.subject, '{not json', frontDesk)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses commands without an actor', async () => {
    expect(
      await fixture.bus.rawRequest(
        GetDecoration.subject,
        JSON.stringify({ id: '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8b' }),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('a retry with the same Idempotency-Key returns the first response and creates nothing more', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed);
    const body = decorationApplication(unitId, ownerId);
    const replies = await Promise.all(
      Array.from({ length: 5 }, () =>
        fixture.bus.request<object, DecorationView>(ApplyForDecoration, body, frontDesk, {
          idempotencyKey: 'zx-apply-0001',
        }),
      ),
    );
    expect(new Set(replies.map((r) => JSON.stringify(r))).size).toBe(1);
    const { rows } = await seed.query(`select count(*)::int as n from decoration where unit_id = $1`, [
      unitId,
    ]);
    expect(rows[0]!['n']).toBe(1);
    await expect(
      fixture.bus.request(ApplyForDecoration, { ...body, scope: '仅更换地板' }, frontDesk, {
        idempotencyKey: 'zx-apply-0001',
      }),
    ).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });

    // A retried submission: one charge request, the same answer, not a 409.
    const submit = () =>
      fixture.bus.request<object, DecorationView>(
        SubmitDecoration,
        { decorationId: replies[0]!.id },
        frontDesk,
        {
          idempotencyKey: 'zx-submit-0001',
        },
      );
    const first = await submit();
    expect(await submit()).toEqual(first);
    const { rows: requests } = await seed.query(
      `select count(*)::int as n from charge_request where reference_id = $1`,
      [replies[0]!.id],
    );
    expect(requests[0]!['n']).toBe(1);

    // A retried move-out request replays its answer: billing is not asked again.
    const household = await householdWithOwner(seed, { status: 'occupied' });
    const moveOut = {
      unitId: household.unitId,
      occupancyIds: [household.ownerOccupancyId],
      moveOutDate: '2026-12-31',
      reason: '房屋出售',
    };
    const requested = await fixture.bus.request(RequestMoveOut, moveOut, frontDesk, {
      idempotencyKey: 'qc-0001',
    });
    const asked = billing.clearanceCalls.length;
    billing.owes(household.unitId, [
      { kind: 'bill', description: '2026年12月物业管理费', amountFen: 35_800 },
    ]);
    expect(
      await fixture.bus.request(RequestMoveOut, moveOut, frontDesk, { idempotencyKey: 'qc-0001' }),
    ).toEqual(requested);
    expect(billing.clearanceCalls.length).toBe(asked);
    const { rows: moveOuts } = await seed.query(
      `select count(*)::int as n from move_out where unit_id = $1`,
      [household.unitId],
    );
    expect(moveOuts[0]!['n']).toBe(1);
  });

  // Last: it stops the stand-in for billing.
  it("billing unreachable: the caller gets billing's 503 and nothing is created or changed", async () => {
    const household = await householdWithOwner(seed, { status: 'occupied' });
    const moveIn = await fixture.bus.request(
      StartMoveIn,
      { unitId: household.unitId, ownerPersonIds: [household.ownerId], plannedDate: '2026-12-08' },
      frontDesk,
    );
    await stopBilling();
    const before = await counts();
    await expect(
      fixture.bus.request(
        RequestMoveOut,
        {
          unitId: household.unitId,
          occupancyIds: [household.ownerOccupancyId],
          moveOutDate: '2026-12-31',
          reason: '房屋出售',
        },
        frontDesk,
      ),
    ).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    await expect(
      fixture.bus.request(
        CompleteMoveIn,
        { moveInId: moveIn.id, movedInAt: new Date().toISOString() },
        frontDesk,
      ),
    ).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(await counts()).toEqual(before);
    expect(await fixture.bus.request(GetMoveIn, { moveInId: moveIn.id }, frontDesk)).toEqual(moveIn);
  });
});

describe('billing too slow to answer', () => {
  const prefix = createBusPrefix();
  let service: TestService;
  let bus: TestBus;
  let seed: Seed;
  let billing: BillingAnswers;
  let stopBilling: () => Promise<void>;

  beforeAll(async () => {
    service = await startTestService(residentsService, { prefix, env: { RPC_TIMEOUT_MS: '300' } });
    bus = await TestBus.connect(prefix);
    seed = new Seed(service.database.url);
    await seed.community('GZ01', '锦绣花园');
    const stub = await startStubBilling(prefix);
    billing = stub.answers;
    stopBilling = () => stub.process.close();
  });

  afterAll(async () => {
    await stopBilling?.();
    await seed?.close();
    await bus?.close();
    await service?.destroy();
    await deleteBusResources(prefix);
  });

  it("RES-6 (decision 0374): billing's timeout reaches the caller as 503 with Retry-After, in time, and nothing is created", async () => {
    const household = await householdWithOwner(seed, { status: 'occupied' });
    billing.hang(household.unitId);
    await expect(
      bus.request(
        RequestMoveOut,
        {
          unitId: household.unitId,
          occupancyIds: [household.ownerOccupancyId],
          moveOutDate: '2026-12-31',
          reason: '房屋出售',
        },
        frontDesk,
      ),
    ).rejects.toMatchObject({
      // Residents answers its caller, who is still waiting: billing is what was slow (not a 504).
      code: 'SERVICE_UNAVAILABLE',
      message: '收费服务未能及时答复，请稍后重试',
      details: { service: 'billing', retryAfterSeconds: 1 },
    });
    const { rows } = await seed.query(`select count(*)::int as n from move_out`);
    expect(rows[0]!['n']).toBe(0);
  });
});
