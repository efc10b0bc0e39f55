import { describe, expect, it } from '@jest/globals';
import {
  AcknowledgeMoveIn,
  ApplyForDecoration,
  CompleteMoveIn,
  GetMoveIn,
  IssueWorkerPasses,
  RecordDecorationInspection,
  RecordHandoverInspection,
  RecordMoveInKeys,
  RequestDecorationInspection,
  ResidentsBus,
  ReviewDecoration,
  StartMoveIn,
  StartTenantMoveIn,
  SubmitDecoration,
  type CloudEvent,
  type DecorationView,
  type HandoverInspectionView,
  type MoveInView,
} from '@pcs/contracts';
import { eventually, staff, useService } from '@pcs/testing';
import { residentsService } from '../src/residents.service-spec.js';
import { publishChargeRequestSettled } from '@pcs/testing';
import {
  ACCEPTANCE_SIGNATURES,
  backdateSteps,
  decorationApplication,
  householdWithOwner,
  sendAs,
  useSeedAndStubBilling,
} from './support/procedure-fixtures.js';
import type { Seed } from './support/seed.js';
import type { BillingAnswers } from '@pcs/testing';

const frontDesk = staff();
const KEYS = [
  { kind: 'door-key', count: 2 },
  { kind: 'mailbox-key', count: 1 },
  { kind: 'access-card', count: 3 },
];

describe('move-in (RES-4)', () => {
  const fixture = useService(residentsService);
  let seed: Seed;
  let billing: BillingAnswers;
  useSeedAndStubBilling(fixture, { GZ01: '锦绣花园' }, (ready) => ({ seed, billing } = ready));

  const send = sendAs<MoveInView>(fixture, frontDesk);

  async function eventsOfType(type: string, about: (e: CloudEvent) => boolean): Promise<CloudEvent[]> {
    return (await fixture.bus.events(ResidentsBus.stream)).filter((e) => e.type === type && about(e));
  }

  async function unitStatus(unitId: string): Promise<string> {
    const { rows } = await seed.query<{ status: string }>('select status from unit where id = $1', [unitId]);
    return rows[0]!.status;
  }

  it('RES-4: opens the move-in of the current owners and raises ONE charge request for the move-in fees', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed);
    const coOwner = await seed.person({
      name: '李秀英',
      phone: '13902256789',
      idNumber: '440105199001014421',
    });
    await seed.occupancy(unitId, coOwner, 'owner');

    const started = await send(StartMoveIn, {
      unitId,
      ownerPersonIds: [ownerId, coOwner],
      plannedDate: '2026-12-08',
    });
    expect(started).toMatchObject({
      communityId: 'GZ01',
      unitId,
      ownerPersonIds: [ownerId, coOwner],
      plannedDate: '2026-12-08',
      status: 'open',
      statusLabel: '办理中',
      handbookAcknowledged: false,
      decorationRulesAcknowledged: false,
      keys: [],
      charges: { requestId: expect.any(String), status: 'unknown' },
      missing: [
        { code: 'handbook', label: '业户手册已签收' },
        { code: 'decoration-rules', label: '装修管理规定已签收' },
        { code: 'keys', label: '钥匙已交接' },
        { code: 'handover', label: '验房（接楼）已完成' },
        { code: 'charges', label: '入住费用已缴清' },
      ],
      version: 1,
    });

    const raised = await eventually(async () => {
      const events = await eventsOfType(
        'charge-request.raised.v1',
        (e) => e.subject === started.charges.requestId,
      );
      expect(events).toHaveLength(1);
      return events[0]!;
    });
    expect(raised).toMatchObject({
      communityid: 'GZ01',
      actorid: 'staff-0001',
      data: {
        requestId: started.charges.requestId,
        purpose: 'move-in',
        unitId,
        payerPersonId: ownerId,
        reference: { kind: 'move-in', id: started.id },
        items: [{ code: 'move-in-fees', description: expect.stringContaining('入住费用') }],
      },
    });

    // GEN-3
    const { rows } = await seed.query(
      `select record_type, action, actor_name from record_history where record_id = any($1) order by at, id`,
      [[started.id, started.charges.requestId]],
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { record_type: 'move-in', action: 'started', actor_name: '李娜' },
        { record_type: 'charge-request', action: 'raised', actor_name: '李娜' },
      ]),
    );
  });

  it('RES-4: each owner named must hold a current owner occupancy of the unit, else 422 naming who; nothing is created', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed);
    const tenant = await seed.person({ name: '周晓燕', phone: '13688990011' });
    await seed.occupancy(unitId, tenant, 'tenant');
    const formerOwner = await seed.person({ name: '陈国华', phone: '13533445566' });
    const ended = await seed.occupancy(unitId, formerOwner, 'owner', { startDate: '2020-01-01' });
    await seed.query(
      `update occupancy set end_date = '2026-06-30', end_reason = '房屋已出售' where id = $1`,
      [ended],
    );
    const elsewhere = await householdWithOwner(seed);

    for (const [personId, name] of [
      [tenant, '周晓燕'],
      [formerOwner, '陈国华'],
      [elsewhere.ownerId, '王建国'],
    ] as const) {
      await expect(
        send(StartMoveIn, { unitId, ownerPersonIds: [ownerId, personId], plannedDate: '2026-12-08' }),
      ).rejects.toMatchObject({
        code: 'BUSINESS_RULE_VIOLATED',
        message: expect.stringContaining(name),
        details: { field: 'ownerPersonIds', personIds: [personId] },
      });
    }
    const { rows } = await seed.query(`select count(*)::int as n from move_in where unit_id = $1`, [unitId]);
    expect(rows[0]!['n']).toBe(0);
    const { rows: requests } = await seed.query(
      `select count(*)::int as n from charge_request where unit_id = $1`,
      [unitId],
    );
    expect(requests[0]!['n']).toBe(0);
  });

  it('RES-4: completes only with identity, handbook, decoration rules, keys, the handover (RES-3) and the charges settled as billing says', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed, { ownerIdNumber: null });
    const started = await send(StartMoveIn, { unitId, ownerPersonIds: [ownerId], plannedDate: '2026-12-08' });
    // As if started in November: the owner moves in after it (decision 198).
    await backdateSteps(seed, 'move_in', started.id, { created_at: '2026-11-20T09:00:00+08:00' });
    const { requestId } = started.charges;
    const complete = () =>
      send(CompleteMoveIn, { moveInId: started.id, movedInAt: '2026-11-28T10:00:00+08:00' });
    const refusedFor = async (missing: string[]) => {
      const asked = billing.statusCalls.length;
      await expect(complete()).rejects.toMatchObject({ code: 'MOVE_IN_INCOMPLETE', details: { missing } });
      // Billing is asked at every attempt, not assumed.
      expect(billing.statusCalls.slice(asked)).toEqual([[requestId]]);
    };

    await refusedFor(['identity', 'handbook', 'decoration-rules', 'keys', 'handover', 'charges']);
    await expect(complete()).rejects.toMatchObject({ details: { ownersWithoutIdentity: [ownerId] } });

    await send(AcknowledgeMoveIn, { moveInId: started.id, handbook: true, decorationRules: false });
    await refusedFor(['identity', 'decoration-rules', 'keys', 'handover', 'charges']);
    await send(AcknowledgeMoveIn, { moveInId: started.id, handbook: true, decorationRules: true });
    await refusedFor(['identity', 'keys', 'handover', 'charges']);
    const keyed = await send(RecordMoveInKeys, { moveInId: started.id, keys: KEYS });
    expect(keyed.keys).toEqual(KEYS.map((k) => ({ ...k, kindLabel: expect.any(String) })));
    await refusedFor(['identity', 'handover', 'charges']);
    // The unit inspected with the owner (RES-3, decision 0368), with the keys in hand.
    await seed.handover(unitId, ownerId, { inspectedAt: '2026-11-21T10:00:00+08:00' });
    await refusedFor(['identity', 'charges']);

    // The owner's ID card is put on file (as the registry would).
    await seed.query(
      `update person set id_document_type = 'resident-id-card', id_number = '440108198803152417' where id = $1`,
      [ownerId],
    );
    billing.chargeStatus(requestId, 'billed');
    await refusedFor(['charges']);

    // Nothing changed through the refusals; GetMoveIn does not ask billing.
    const asked = billing.statusCalls.length;
    const before = await send(GetMoveIn, { moveInId: started.id });
    expect(billing.statusCalls.length).toBe(asked);
    expect(before).toMatchObject({ status: 'open', version: keyed.version, missing: [{ code: 'charges' }] });
    expect(await unitStatus(unitId)).toBe('vacant');

    billing.chargeStatus(requestId, 'settled');
    const completed = await complete();
    expect(completed).toMatchObject({
      status: 'completed',
      statusLabel: '已入住',
      movedInAt: '2026-11-28T02:00:00.000Z',
      charges: { requestId, status: 'settled' },
      missing: [],
    });
    expect(await unitStatus(unitId)).toBe('occupied');

    const movedIn = await eventually(async () => {
      const events = await eventsOfType('unit.moved-in.v1', (e) => e.subject === started.id);
      expect(events).toHaveLength(1);
      return events[0]!;
    });
    expect(movedIn.data).toEqual({
      moveInId: started.id,
      unitId,
      ownerPersonIds: [ownerId],
      movedInAt: '2026-11-28T02:00:00.000Z',
    });
    expect(
      (await eventsOfType('unit.status-changed.v1', (e) => e.subject === unitId)).map((e) => e.data),
    ).toEqual([{ unitId, from: 'vacant', to: 'occupied' }]);

    const { rows } = await seed.query(
      `select action from record_history where record_type = 'move-in' and record_id = $1 order by at, id`,
      [started.id],
    );
    expect(rows.map((r) => r['action'])).toEqual([
      'started',
      'acknowledged',
      'acknowledged',
      'keys-recorded',
      'completed',
    ]);

    // A completed move-in takes no more steps.
    for (const [definition, payload] of [
      [AcknowledgeMoveIn, { handbook: false, decorationRules: true }],
      [RecordMoveInKeys, { keys: KEYS }],
      [CompleteMoveIn, { movedInAt: '2026-12-09T10:00:00+08:00' }],
    ] as const) {
      await expect(send(definition, { moveInId: started.id, ...payload })).rejects.toMatchObject({
        code: 'INVALID_STATE_TRANSITION',
        details: { status: 'completed' },
      });
    }
  });

  it("RES-4: the view's charge status is the last one billing reported (its settled event); reading it does not ask billing", async () => {
    const { unitId, ownerId } = await householdWithOwner(seed);
    const started = await send(StartMoveIn, { unitId, ownerPersonIds: [ownerId], plannedDate: '2026-12-10' });
    const asked = billing.statusCalls.length;
    await publishChargeRequestSettled(fixture.bus, {
      requestId: started.charges.requestId,
      purpose: 'move-in',
      unitId,
      paidFen: 250_000,
    });
    const read = await eventually(
      async () => {
        const view = await send(GetMoveIn, { moveInId: started.id });
        expect(view.charges.status).toBe('settled');
        return view;
      },
      15_000,
      100,
    );
    expect(read.missing.map((m) => m.code)).toEqual(['handbook', 'decoration-rules', 'keys', 'handover']);
    expect(billing.statusCalls.length).toBe(asked);
  });

  it('RES-4 with RES-5: a move-in completed during decoration works leaves the unit decorating until they pass', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed, { handedOver: true });
    const engineer = staff({ sub: 'staff-0102', name: '赵志刚', roles: ['engineer'] });
    const moveIn = await send(StartMoveIn, { unitId, ownerPersonIds: [ownerId], plannedDate: '2026-12-10' });
    const decoration = await send<DecorationView>(ApplyForDecoration, decorationApplication(unitId, ownerId));
    const submitted = await send<DecorationView>(SubmitDecoration, { decorationId: decoration.id });
    await publishChargeRequestSettled(fixture.bus, {
      requestId: submitted.chargeRequestId!,
      purpose: 'decoration',
      unitId,
      paidFen: 520_000,
    });
    await eventually(
      async () => {
        await send(ReviewDecoration, { decorationId: decoration.id, decision: 'approve' }, engineer);
      },
      15_000,
      100,
    );
    await send(IssueWorkerPasses, { decorationId: decoration.id, validUntil: '2027-02-28' });
    expect(await unitStatus(unitId)).toBe('decorating');

    await send(AcknowledgeMoveIn, { moveInId: moveIn.id, handbook: true, decorationRules: true });
    await send(RecordMoveInKeys, { moveInId: moveIn.id, keys: KEYS });
    billing.chargeStatus(moveIn.charges.requestId, 'settled');
    const completed = await send(CompleteMoveIn, {
      moveInId: moveIn.id,
      movedInAt: new Date().toISOString(),
    });
    expect(completed.status).toBe('completed');
    expect(await unitStatus(unitId)).toBe('decorating');

    await send(RequestDecorationInspection, { decorationId: decoration.id });
    await send(
      RecordDecorationInspection,
      {
        decorationId: decoration.id,
        inspectedAt: new Date().toISOString(),
        result: 'passed',
        damages: [],
        signatures: ACCEPTANCE_SIGNATURES,
      },
      engineer,
    );
    expect(await unitStatus(unitId)).toBe('occupied');
  });

  it('RES-4: the move-in is completed as of a time not in the future; a move before the record is entered as it happened', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed, { handedOver: true });
    const started = await send(StartMoveIn, { unitId, ownerPersonIds: [ownerId], plannedDate: '2026-12-08' });
    await send(AcknowledgeMoveIn, { moveInId: started.id, handbook: true, decorationRules: true });
    await send(RecordMoveInKeys, { moveInId: started.id, keys: KEYS });
    billing.chargeStatus(started.charges.requestId, 'settled');
    const complete = (movedInAt: string) => send(CompleteMoveIn, { moveInId: started.id, movedInAt });
    await expect(complete(new Date(Date.now() + 3_600_000).toISOString())).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [{ field: 'movedInAt' }] },
    });
    expect(await send(GetMoveIn, { moveInId: started.id })).toMatchObject({ status: 'open' });
    expect(await unitStatus(unitId)).toBe('vacant');
    // The owner's occupancy began on 2026-07-01: that morning is early enough (decision 0275).
    const movedInAt = new Date('2026-07-01T10:00:00+08:00').toISOString();
    expect(await complete(movedInAt)).toMatchObject({ status: 'completed', movedInAt });
  });

  /** A move-in with every step taken and the charges settled, ready to complete. */
  async function readyMoveIn(unitId: string, ownerId: string): Promise<MoveInView> {
    const started = await send(StartMoveIn, { unitId, ownerPersonIds: [ownerId], plannedDate: '2026-12-08' });
    await send(AcknowledgeMoveIn, { moveInId: started.id, handbook: true, decorationRules: true });
    await send(RecordMoveInKeys, { moveInId: started.id, keys: KEYS });
    billing.chargeStatus(started.charges.requestId, 'settled');
    return started;
  }

  it("decision 0275: a movedInAt before the movers' occupancy began is 400 naming movedInAt, and nothing changes", async () => {
    const { unitId, ownerId } = await householdWithOwner(seed, { handedOver: true });
    const started = await readyMoveIn(unitId, ownerId);
    await expect(
      send(CompleteMoveIn, { moveInId: started.id, movedInAt: '2026-06-30T10:00:00+08:00' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field: 'movedInAt' })] },
    });
    expect(await send(GetMoveIn, { moveInId: started.id })).toMatchObject({ status: 'open' });
    expect(await unitStatus(unitId)).toBe('vacant');
  });

  it('decision 0275 (decision 222): a completed move-in blocks another for the same owner whatever movedInAt it was typed with', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed, { handedOver: true });
    const started = await readyMoveIn(unitId, ownerId);
    await send(CompleteMoveIn, { moveInId: started.id, movedInAt: '2026-07-02T10:00:00+08:00' });
    // As a move-in completed before the date was checked could have been: moved in before owning.
    await seed.query(`update move_in set moved_in_at = '2026-06-01T02:00:00Z' where id = $1`, [started.id]);
    const charges = async () =>
      (await seed.query(`select count(*)::int as n from charge_request where unit_id = $1`, [unitId]))
        .rows[0]!['n'];
    const before = await charges();
    await expect(
      send(StartMoveIn, { unitId, ownerPersonIds: [ownerId], plannedDate: '2026-12-10' }),
    ).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { field: 'ownerPersonIds', personIds: [ownerId] },
    });
    expect(await charges()).toBe(before);
  });

  it('RES-4 (decision 0277): a move-in does not complete for an owner whose occupancy has ended meanwhile: 422 naming ownerPersonIds', async () => {
    const { unitId, ownerId, ownerOccupancyId } = await householdWithOwner(seed, { handedOver: true });
    const started = await readyMoveIn(unitId, ownerId);
    await seed.query(
      `update occupancy set end_date = '2026-11-30', end_reason = '已过户给他人' where id = $1`,
      [ownerOccupancyId],
    );
    await expect(
      send(CompleteMoveIn, { moveInId: started.id, movedInAt: '2026-12-01T10:00:00+08:00' }),
    ).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      message: expect.stringContaining('王建国'),
      details: { field: 'ownerPersonIds', personIds: [ownerId] },
    });
    expect(await send(GetMoveIn, { moveInId: started.id })).toMatchObject({ status: 'open' });
    expect(await unitStatus(unitId)).toBe('vacant');
    expect(await eventsOfType('unit.moved-in.v1', (e) => e.subject === started.id)).toEqual([]);
  });

  it("decision 0284: a tenant's move-in asks the tenant's own ID document, and says so", async () => {
    const { unitId } = await householdWithOwner(seed, { status: 'occupied', handedOver: true });
    const tenant = await seed.person({ name: '刘思远', phone: '13766554433', idNumber: null });
    await seed.occupancy(unitId, tenant, 'tenant');
    const started = await send(StartTenantMoveIn, {
      unitId,
      tenantPersonIds: [tenant],
      plannedDate: '2026-12-20',
      contractDepositFen: 500_000,
    });
    expect(started.missing).toEqual([
      { code: 'identity', label: '租户身份证件已登记' },
      { code: 'handbook', label: '业户手册已签收' },
      { code: 'keys', label: '钥匙已交接' },
      { code: 'charges', label: '合同押金已缴清' },
    ]);
  });

  it('RES-4 (decision 0278): a tenant whose occupancy has a completed move-out does not move in again: 422 naming tenantPersonIds', async () => {
    const { unitId } = await householdWithOwner(seed, { status: 'occupied' });
    const tenant = await seed.person({ name: '周晓燕', phone: '13688990011', idNumber: null });
    const lease = await seed.occupancy(unitId, tenant, 'tenant');
    // Moved out ahead of the lease's end (decision 220): the occupancy is still current until then.
    await seed.query(
      `insert into move_out (id, company_id, community_id, unit_id, occupancy_ids, person_ids, move_out_date,
         reason, status, damages, completed_at, created_at, updated_at, version)
       values (gen_random_uuid(), 'HRX', 'GZ01', $1, $2, $3, '2027-01-20', '租约到期', 'completed', '[]', now(), now(), now(), 1)`,
      [unitId, JSON.stringify([lease]), JSON.stringify([tenant])],
    );
    await expect(
      send(StartTenantMoveIn, {
        unitId,
        tenantPersonIds: [tenant],
        plannedDate: '2026-12-10',
        contractDepositFen: 1_000,
      }),
    ).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      message: expect.stringContaining('周晓燕'),
      details: { field: 'tenantPersonIds', personIds: [tenant] },
    });
    const { rows } = await seed.query(`select count(*)::int as n from move_in where unit_id = $1`, [unitId]);
    expect(rows[0]!['n']).toBe(0);
  });

  it("RES-3 (decision 0368): an owners' move-in does not complete before the unit's handover inspection: 422 naming the step in Chinese and English, nothing changes; defects do not block", async () => {
    const { unitId, ownerId } = await householdWithOwner(seed);
    const started = await readyMoveIn(unitId, ownerId);
    // The desk sees what is missing before trying (the charges as last known: billing is not asked).
    expect((await send(GetMoveIn, { moveInId: started.id })).missing).toEqual([
      { code: 'handover', label: '验房（接楼）已完成' },
      { code: 'charges', label: '入住费用已缴清' },
    ]);
    const ready = await send(GetMoveIn, { moveInId: started.id });
    const complete = () =>
      send(CompleteMoveIn, { moveInId: started.id, movedInAt: '2026-12-01T10:00:00+08:00' });

    await expect(complete()).rejects.toMatchObject({
      code: 'MOVE_IN_INCOMPLETE',
      // Decision 0381: the sentence names what is missing; the step keeps its checklist label.
      message: '入住手续尚未办齐，缺少：验房（接楼）',
      details: {
        missing: ['handover'],
        missingSteps: [
          {
            code: 'handover',
            label: '验房（接楼）已完成',
            description: expect.stringContaining("the unit's handover inspection with its owner"),
          },
        ],
        unitId,
      },
    });
    expect(await send(GetMoveIn, { moveInId: started.id })).toEqual(ready);
    expect(await unitStatus(unitId)).toBe('vacant');
    expect(await eventsOfType('unit.moved-in.v1', (e) => e.subject === started.id)).toEqual([]);
    const { rows } = await seed.query(
      `select action from record_history where record_type = 'move-in' and record_id = $1`,
      [started.id],
    );
    expect(rows.map((r) => r['action'])).not.toContain('completed');

    // Inspected with the owner: a defect found becomes a repair request (RES-3) and does not block.
    await send<HandoverInspectionView>(
      RecordHandoverInspection,
      {
        unitId,
        ownerPersonId: ownerId,
        inspectedAt: '2026-11-30T10:00:00+08:00',
        defects: [
          {
            location: '主卧窗台',
            description: '窗台渗水，墙面有水渍',
            trades: ['waterproofing'],
            severity: 'major',
          },
        ],
      },
      staff({ sub: 'staff-0300', name: '林海', roles: ['engineer'] }),
    );
    expect((await send(GetMoveIn, { moveInId: started.id })).missing.map((m) => m.code)).toEqual(['charges']);
    expect(await complete()).toMatchObject({ status: 'completed', missing: [] });
    expect(await unitStatus(unitId)).toBe('occupied');
  });

  it('RES-3 (decision 0368): the unit is handed over once: a co-owner, or an owner who bought it later, moves in on that inspection', async () => {
    // Co-owners: the inspection with one of them counts for the other.
    const { unitId, ownerId } = await householdWithOwner(seed, { handedOver: true });
    const coOwner = await seed.person({
      name: '李秀英',
      phone: '13902256789',
      idNumber: '440105199001014421',
    });
    await seed.occupancy(unitId, coOwner, 'owner');
    const started = await send(StartMoveIn, { unitId, ownerPersonIds: [coOwner], plannedDate: '2026-12-08' });
    expect(started.missing.map((m) => m.code)).not.toContain('handover');
    void ownerId;

    // A resale: the first owner, inspected at the handover, sold; the buyer takes the unit as it was
    // handed over (a second inspection would be refused, decision 0281).
    const sold = await householdWithOwner(seed, { handedOver: true });
    await seed.query(
      `update occupancy set end_date = '2026-09-30', end_reason = '房屋已出售' where id = $1`,
      [sold.ownerOccupancyId],
    );
    const buyer = await seed.person({ name: '陈国华', phone: '13533445566', idNumber: '440106196910105518' });
    await seed.occupancy(sold.unitId, buyer, 'owner', { startDate: '2026-10-01' });
    const bought = await send(StartMoveIn, {
      unitId: sold.unitId,
      ownerPersonIds: [buyer],
      plannedDate: '2026-12-08',
    });
    await send(AcknowledgeMoveIn, { moveInId: bought.id, handbook: true, decorationRules: true });
    await send(RecordMoveInKeys, { moveInId: bought.id, keys: KEYS });
    billing.chargeStatus(bought.charges.requestId, 'settled');
    expect(
      await send(CompleteMoveIn, { moveInId: bought.id, movedInAt: '2026-12-01T10:00:00+08:00' }),
    ).toMatchObject({ status: 'completed', missing: [] });
  });

  it("RES-3 (decision 0383): a tenant does not move into a unit never handed over: 422 naming the inspection, in the tenant's words (decision 0381); nothing changes until the owner accepts the unit", async () => {
    const { unitId, ownerId } = await householdWithOwner(seed, { status: 'vacant' });
    const tenant = await seed.person({ name: '刘思远', phone: '13766554433' });
    await seed.occupancy(unitId, tenant, 'tenant');
    const started = await send(StartTenantMoveIn, {
      unitId,
      tenantPersonIds: [tenant],
      plannedDate: '2026-12-20',
      contractDepositFen: 500_000,
    });
    expect(started.missing).toEqual([
      { code: 'handbook', label: '业户手册已签收' },
      { code: 'keys', label: '钥匙已交接' },
      { code: 'handover', label: '验房（接楼）已完成' },
      { code: 'charges', label: '合同押金已缴清' },
    ]);
    await send(AcknowledgeMoveIn, { moveInId: started.id, handbook: true, decorationRules: false });
    await send(RecordMoveInKeys, { moveInId: started.id, keys: KEYS });
    const complete = () =>
      send(CompleteMoveIn, { moveInId: started.id, movedInAt: '2026-12-01T10:00:00+08:00' });

    // Decision 0381: the deposit unpaid reads as the tenant's, in Chinese and in English.
    await expect(complete()).rejects.toMatchObject({
      code: 'MOVE_IN_INCOMPLETE',
      message: '入住手续尚未办齐，缺少：验房（接楼）、合同押金缴纳',
      details: {
        missing: ['handover', 'charges'],
        missingSteps: [
          {
            code: 'handover',
            label: '验房（接楼）已完成',
            description: expect.stringContaining('a tenant moves into a unit its owner accepted'),
          },
          {
            code: 'charges',
            label: '合同押金已缴清',
            description: expect.stringContaining('contract deposit'),
          },
        ],
        unitId,
      },
    });
    billing.chargeStatus(started.charges.requestId, 'settled');
    const ready = await send(GetMoveIn, { moveInId: started.id });
    await expect(complete()).rejects.toMatchObject({
      code: 'MOVE_IN_INCOMPLETE',
      message: '入住手续尚未办齐，缺少：验房（接楼）',
      details: { missing: ['handover'], unitId },
    });
    expect(await send(GetMoveIn, { moveInId: started.id })).toEqual(ready);
    expect(await unitStatus(unitId)).toBe('vacant');
    expect(await eventsOfType('unit.moved-in.v1', (e) => e.subject === started.id)).toEqual([]);

    // The owner accepts the unit (RES-3); the tenant then moves in.
    await seed.handover(unitId, ownerId, { inspectedAt: '2026-11-30T10:00:00+08:00' });
    expect(await complete()).toMatchObject({ status: 'completed', missing: [] });
    expect(await unitStatus(unitId)).toBe('occupied');
  });
});
