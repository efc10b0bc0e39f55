import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ApplyForDecoration,
  CancelDecoration,
  ConfirmDamageRepair,
  GetDecoration,
  IssueWorkerPasses,
  ListDecorations,
  RecordDecorationInspection,
  RecordPatrolFinding,
  RequestDecorationInspection,
  ResidentsBus,
  ReviewDecoration,
  SubmitDecoration,
  UpdateCompany,
  UpdateDecorationDocuments,
  type CloudEvent,
  type DecorationView,
  type Page,
} from '@pcs/contracts';
import { eventually, staff, useService } from '@pcs/testing';
import { addDays, localDateOf } from '@pcs/work-calendar';
import { residentsService } from '../src/residents.service-spec.js';
import { today } from '../src/units/current-occupancies.js';
import { publishChargeRequestSettled } from '@pcs/testing';
import {
  ACCEPTANCE_SIGNATURES,
  backdateSteps,
  decorationApplication,
  decorationDocuments,
  householdWithOwner,
} from './support/procedure-fixtures.js';
import { failedFields } from './support/registry-payloads.js';
import { Seed } from './support/seed.js';

const frontDesk = staff();
const engineer = staff({ sub: 'staff-0102', name: '赵志刚', roles: ['engineer'] });
const companyManager = staff({
  sub: 'staff-0009',
  name: '周建华',
  roles: ['cs-manager'],
  communities: ['*'],
});

describe('secondary decoration (RES-5)', () => {
  const fixture = useService(residentsService);
  let seed: Seed;

  beforeAll(async () => {
    seed = new Seed(fixture.service.database.url);
    await seed.community('GZ01', '锦绣花园');
  });

  afterAll(async () => {
    await seed?.close();
  });

  const send = <T = DecorationView>(
    definition: Parameters<typeof fixture.bus.request>[0],
    payload: object,
    actor = frontDesk,
  ) => fixture.bus.request(definition, payload, actor) as Promise<T>;

  async function eventsAbout(id: string, count: number): Promise<CloudEvent[]> {
    return eventually(
      async () => {
        const events = (await fixture.bus.events(ResidentsBus.stream)).filter(
          (e) => e.subject === id || (e.data as { reference?: { id: string } }).reference?.id === id,
        );
        expect(events.length).toBeGreaterThanOrEqual(count);
        return events;
      },
      15_000,
      100,
    );
  }

  async function unitStatus(unitId: string): Promise<string> {
    const { rows } = await seed.query<{ status: string }>('select status from unit where id = $1', [unitId]);
    return rows[0]!.status;
  }

  async function read(id: string, actor = frontDesk): Promise<DecorationView> {
    return send(GetDecoration, { id }, actor);
  }

  /** Billing says the deposit and waste-removal fee are paid; waits until residents applied it. */
  async function payFees(d: DecorationView): Promise<DecorationView> {
    await publishChargeRequestSettled(fixture.bus, {
      requestId: d.chargeRequestId!,
      purpose: 'decoration',
      unitId: d.unitId,
      paidFen: 520_000,
    });
    return eventually(
      async () => {
        const now = await read(d.id);
        expect(now.feesPaid).toBe(true);
        return now;
      },
      15_000,
      100,
    );
  }

  /**
   * An application of a fresh unit, taken as far as the works; unless `worksStartedAt` is null, as if
   * the application and the passes were made then.
   */
  async function inWorks(
    unitStatusBefore = 'vacant',
    worksStartedAt: string | null = '2026-11-10T09:00:00+08:00',
  ): Promise<DecorationView> {
    const { unitId, ownerId } = await householdWithOwner(seed, { status: unitStatusBefore });
    const applied = await send(ApplyForDecoration, decorationApplication(unitId, ownerId));
    await payFees(await send(SubmitDecoration, { decorationId: applied.id }));
    await send(ReviewDecoration, { decorationId: applied.id, decision: 'approve' }, engineer);
    const started = await send(IssueWorkerPasses, { decorationId: applied.id, validUntil: '2027-02-28' });
    if (worksStartedAt !== null) {
      await backdateSteps(seed, 'decoration', applied.id, {
        created_at: worksStartedAt,
        works_started_at: worksStartedAt,
      });
    }
    return started;
  }

  /** The (re-)inspection requested, as if at `at`. */
  async function requestInspection(decorationId: string, at: string): Promise<DecorationView> {
    const requested = await send(RequestDecorationInspection, { decorationId });
    await backdateSteps(seed, 'decoration', decorationId, { inspection_requested_at: at });
    return requested;
  }

  it('RES-5: application → fees billed and paid → review → passes → patrol → inspection passed', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed, { status: 'occupied' });

    const applied = await send(ApplyForDecoration, decorationApplication(unitId, ownerId));
    expect(applied).toMatchObject({
      status: 'draft',
      statusLabel: '填写中',
      communityId: 'GZ01',
      unitId,
      applicantPersonId: ownerId,
      schedule: { startDate: '2026-12-01', endDate: '2027-02-28' },
      feesPaid: false,
      version: 1,
    });
    expect(applied.number).toMatch(/^ZX-GZ01-\d{4}-\d{6}$/);
    // GEN-4: the roster leaves the service masked.
    expect(applied.workers[0]).toEqual({
      name: '李建军',
      phone: '137****2222',
      idNumber: '4401**********3318',
    });
    expect(applied.contractor.managerPhone).toBe('139****4455');
    expect(JSON.stringify(applied)).not.toContain('13711112222');

    const submitted = await send(SubmitDecoration, { decorationId: applied.id });
    expect(submitted).toMatchObject({ status: 'awaiting-payment', statusLabel: '待缴费', feesPaid: false });
    expect(submitted.chargeRequestId).toEqual(expect.any(String));
    const [raised] = await eventsAbout(applied.id, 1);
    expect(raised).toMatchObject({
      type: 'charge-request.raised.v1',
      subject: submitted.chargeRequestId,
      communityid: 'GZ01',
      data: {
        requestId: submitted.chargeRequestId,
        purpose: 'decoration',
        unitId,
        payerPersonId: ownerId,
        reference: { kind: 'decoration', id: applied.id },
        items: [
          { code: 'decoration-deposit', description: `装修押金（${applied.number}）` },
          { code: 'decoration-waste-removal', description: `装修垃圾清运费（${applied.number}）` },
        ],
      },
    });

    const paid = await payFees(submitted);
    expect(paid).toMatchObject({ status: 'under-review', statusLabel: '图纸审核中', feesPaid: true });

    const approved = await send(
      ReviewDecoration,
      { decorationId: applied.id, decision: 'approve' },
      engineer,
    );
    expect(approved).toMatchObject({ status: 'approved', statusLabel: '审核通过' });

    const started = await send(IssueWorkerPasses, { decorationId: applied.id, validUntil: '2027-02-28' });
    expect(started.status).toBe('in-progress');
    // As if the works had started in November: the times entered below come after it.
    await backdateSteps(seed, 'decoration', applied.id, { works_started_at: '2026-11-28T09:00:00+08:00' });
    expect(started.workers.map((w) => [w.passNumber, w.passValidUntil])).toEqual([
      [`${applied.number}-01`, '2027-02-28'],
      [`${applied.number}-02`, '2027-02-28'],
    ]);
    expect(await unitStatus(unitId)).toBe('decorating');

    // BIL-8: damage found on patrol goes to billing, to be deducted from the deposit.
    const patrolled = await send(RecordPatrolFinding, {
      decorationId: applied.id,
      foundAt: '2026-11-29T10:20:00+08:00',
      description: '施工人员在电梯轿厢内搬运瓷砖未做保护，轿厢壁板划伤',
      violation: true,
      damage: { description: '电梯轿厢壁板划伤', amountFen: 80_000 },
    });
    expect(patrolled.patrolFindings).toEqual([
      expect.objectContaining({
        violation: true,
        recordedBy: { staffId: expect.any(String), name: '李娜' },
        damage: { description: '电梯轿厢壁板划伤', amountFen: 80_000, remedyLabel: '赔偿（从押金扣除）' },
      }),
    ]);

    expect(await requestInspection(applied.id, '2026-11-30T23:00:00+08:00')).toMatchObject({
      status: 'awaiting-inspection',
    });
    // 00:30 on 1 December in Guangzhou is still 30 November in UTC: the refund clock counts local days.
    const passed = await send(
      RecordDecorationInspection,
      {
        decorationId: applied.id,
        inspectedAt: '2026-12-01T00:30:00+08:00',
        result: 'passed',
        damages: [],
        signatures: ACCEPTANCE_SIGNATURES,
      },
      engineer,
    );
    expect(passed).toMatchObject({
      status: 'completed',
      statusLabel: '验收通过',
      inspectionPassedAt: '2026-11-30T16:30:00.000Z',
      depositRefundableFrom: '2027-03-01',
    });
    expect(passed.inspections).toEqual([
      expect.objectContaining({
        result: 'passed',
        inspectedBy: expect.objectContaining({ name: '赵志刚' }),
        damages: [],
      }),
    ]);
    // The unit returns to the status it had before the works.
    expect(await unitStatus(unitId)).toBe('occupied');

    expect(passed.history.map((h) => [h.action, h.actorName])).toEqual([
      ['applied', '李娜'],
      ['submit', '李娜'],
      ['settle-fees', '系统（收费结清通知）'],
      ['approve', '赵志刚'],
      ['issue-passes', '李娜'],
      ['record-patrol-finding', '李娜'],
      ['request-inspection', '李娜'],
      ['pass-inspection', '赵志刚'],
    ]);

    const events = await eventsAbout(applied.id, 5);
    const byType = (type: string) => events.filter((e) => e.type === type);
    expect(byType('decoration.approved.v1')[0]!.data).toMatchObject({
      decorationId: applied.id,
      number: applied.number,
      schedule: { startDate: '2026-12-01', endDate: '2027-02-28' },
    });
    expect(byType('decoration.works-started.v1')[0]!.data).toEqual({
      decorationId: applied.id,
      unitId,
      workerCount: 2,
      passesValidUntil: '2027-02-28',
    });
    expect(byType('decoration.damage-found.v1').map((e) => e.data)).toEqual([
      {
        decorationId: applied.id,
        unitId,
        applicantPersonId: ownerId,
        foundBy: patrolled.patrolFindings[0]!.id,
        description: '电梯轿厢壁板划伤',
        amountFen: 80_000,
      },
    ]);
    // BIL-9: billing starts the refund clock from the passed inspection.
    expect(byType('decoration.inspection-passed.v1')[0]).toMatchObject({
      actorid: 'staff-0102',
      data: {
        decorationId: applied.id,
        number: applied.number,
        unitId,
        applicantPersonId: ownerId,
        passedAt: '2026-11-30T16:30:00.000Z',
        depositRefundableFrom: '2027-03-01',
      },
    });
    const unitEvents = (await fixture.bus.events(ResidentsBus.stream)).filter(
      (e) => e.type === 'unit.status-changed.v1' && e.subject === unitId,
    );
    expect(unitEvents.map((e) => e.data)).toEqual([
      { unitId, from: 'occupied', to: 'decorating' },
      { unitId, from: 'decorating', to: 'occupied' },
    ]);
    // No phone or ID number in any event (decision 7).
    expect(JSON.stringify(events)).not.toMatch(/13711112222|440106198506123318/);

    // GEN-3: every step is in the archive, append-only.
    const { rows } = await seed.query(
      `select action, actor_id from record_history where record_type = 'decoration' and record_id = $1 order by at, id`,
      [applied.id],
    );
    expect(rows.map((r) => r['action'])).toEqual(passed.history.map((h) => h.action));
    expect(JSON.stringify(rows)).not.toContain('13711112222');
  });

  it('RES-5: rejected drawings return the application for changes; resubmitted, it goes back to review without new fees', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed);
    const applied = await send(ApplyForDecoration, decorationApplication(unitId, ownerId));
    await payFees(await send(SubmitDecoration, { decorationId: applied.id }));

    const reasons = ['卫生间改造图未标明防水层做法', '拆改墙体需提供原设计单位意见'];
    const returned = await send(
      ReviewDecoration,
      { decorationId: applied.id, decision: 'reject', reasons },
      engineer,
    );
    expect(returned).toMatchObject({
      status: 'returned',
      statusLabel: '退回修改',
      rejectionReasons: reasons,
    });

    const changed = await send(UpdateDecorationDocuments, {
      decorationId: applied.id,
      ...decorationDocuments({
        drawings: [
          { fileId: 'files/2026/11/zx-plan-001-v2.pdf', title: '平面布置图（修改版）' },
          { fileId: 'files/2026/11/zx-waterproof-003.pdf', title: '卫生间防水做法详图' },
        ],
      }),
    });
    expect(changed.status).toBe('returned');
    expect(changed.drawings.map((d) => d.title)).toEqual(['平面布置图（修改版）', '卫生间防水做法详图']);

    const resubmitted = await send(SubmitDecoration, { decorationId: applied.id });
    expect(resubmitted).toMatchObject({
      status: 'under-review',
      feesPaid: true,
      chargeRequestId: returned.chargeRequestId,
    });
    const approved = await send(
      ReviewDecoration,
      { decorationId: applied.id, decision: 'approve' },
      engineer,
    );
    expect(approved.status).toBe('approved');
    expect(approved.rejectionReasons).toBeUndefined();

    const events = await eventsAbout(applied.id, 3);
    expect(events.filter((e) => e.type === 'charge-request.raised.v1')).toHaveLength(1);
    expect(events.find((e) => e.type === 'decoration.returned.v1')!.data).toEqual({
      decorationId: applied.id,
      unitId,
      reasons,
    });
    expect(approved.history.map((h) => h.action)).toEqual([
      'applied',
      'submit',
      'settle-fees',
      'reject',
      'documents-updated',
      'submit',
      'approve',
    ]);
    expect(approved.history.find((h) => h.action === 'reject')!.note).toBe(reasons.join('；'));
  });

  it('RES-5: a failed inspection needs fixes and a re-inspection; damages found are charged to the deposit (BIL-8)', async () => {
    const started = await inWorks();
    await requestInspection(started.id, '2026-11-19T09:00:00+08:00');
    const failed = await send(
      RecordDecorationInspection,
      {
        decorationId: started.id,
        inspectedAt: '2026-11-20T15:00:00+08:00',
        result: 'failed',
        itemsToFix: ['卫生间闭水试验渗漏', '空调外机支架未按规定安装'],
        damages: [{ description: '楼道墙面污损', amountFen: 30_000 }],
      },
      engineer,
    );
    expect(failed).toMatchObject({ status: 'fixing', statusLabel: '整改中' });
    expect(failed.inspectionPassedAt).toBeUndefined();
    expect(await unitStatus(started.unitId)).toBe('decorating');

    // The fixes are re-inspected: a new inspection needs a new request first.
    await expect(
      send(
        RecordDecorationInspection,
        {
          decorationId: started.id,
          inspectedAt: '2026-11-25T10:00:00+08:00',
          result: 'passed',
          damages: [],
          signatures: ACCEPTANCE_SIGNATURES,
        },
        engineer,
      ),
    ).rejects.toMatchObject({ code: 'INVALID_STATE_TRANSITION', details: { status: 'fixing' } });
    await requestInspection(started.id, '2026-11-24T09:00:00+08:00');
    const passed = await send(
      RecordDecorationInspection,
      {
        decorationId: started.id,
        inspectedAt: '2026-11-25T10:00:00+08:00',
        result: 'passed',
        damages: [],
        signatures: ACCEPTANCE_SIGNATURES,
      },
      engineer,
    );
    expect(passed).toMatchObject({ status: 'completed', depositRefundableFrom: '2027-02-23' });
    expect(passed.inspections.map((i) => i.result)).toEqual(['failed', 'passed']);
    expect(await unitStatus(started.unitId)).toBe('vacant');

    const events = await eventsAbout(started.id, 6);
    expect(events.find((e) => e.type === 'decoration.inspection-failed.v1')!.data).toEqual({
      decorationId: started.id,
      unitId: started.unitId,
      itemsToFix: ['卫生间闭水试验渗漏', '空调外机支架未按规定安装'],
    });
    expect(events.filter((e) => e.type === 'decoration.damage-found.v1').map((e) => e.data)).toEqual([
      expect.objectContaining({
        foundBy: failed.inspections[0]!.id,
        description: '楼道墙面污损',
        amountFen: 30_000,
      }),
    ]);
    expect(events.filter((e) => e.type === 'decoration.inspection-passed.v1')).toHaveLength(1);
  });

  it('RES-5: a step the current status does not allow is 409 INVALID_STATE_TRANSITION naming the status; nothing changes', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed);
    const draft = await send(ApplyForDecoration, decorationApplication(unitId, ownerId));
    const refused = (payload: object, definition: Parameters<typeof send>[0], status: string) =>
      expect(send(definition, { decorationId: draft.id, ...payload }, engineer)).rejects.toMatchObject({
        code: 'INVALID_STATE_TRANSITION',
        details: { status },
      });

    await refused({ decision: 'approve' }, ReviewDecoration, 'draft');
    await refused({ validUntil: '2027-01-31' }, IssueWorkerPasses, 'draft');
    await refused({}, RequestDecorationInspection, 'draft');
    await refused(
      { foundAt: '2026-12-15T10:20:00+08:00', description: '未办证施工', violation: true },
      RecordPatrolFinding,
      'draft',
    );
    await send(SubmitDecoration, { decorationId: draft.id });
    await refused({}, SubmitDecoration, 'awaiting-payment');
    await refused(decorationDocuments(), UpdateDecorationDocuments, 'awaiting-payment');
    await refused({ decision: 'approve' }, ReviewDecoration, 'awaiting-payment');
    const before = await read(draft.id);

    const working = await inWorks();
    await expect(
      send(CancelDecoration, { decorationId: working.id, reason: '业主改变装修计划' }),
    ).rejects.toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      message: expect.stringContaining('施工中'),
      details: { status: 'in-progress' },
    });
    await expect(
      send(IssueWorkerPasses, { decorationId: working.id, validUntil: '2027-01-31' }),
    ).rejects.toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
    });

    expect(await read(draft.id)).toEqual(before);
    expect((await read(working.id)).version).toBe(working.version);
  });

  it('RES-5: cancelling before the works withdraws the application with the reason; the unit keeps its status', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed, { status: 'occupied' });
    const applied = await send(ApplyForDecoration, decorationApplication(unitId, ownerId));
    const submitted = await send(SubmitDecoration, { decorationId: applied.id });
    const cancelled = await send(CancelDecoration, { decorationId: applied.id, reason: '业主改变装修计划' });
    expect(cancelled).toMatchObject({ status: 'cancelled', statusLabel: '已撤销' });
    // Billing is told to withdraw the deposit and waste-removal fee it was asked to charge.
    await eventually(async () => {
      const withdrawn = (await fixture.bus.events('RESIDENTS')).filter(
        (e) => e.type === 'charge-request.withdrawn.v1',
      );
      expect(withdrawn.map((e) => e.data)).toContainEqual({
        requestId: submitted.chargeRequestId,
        reason: '业主改变装修计划',
      });
    });
    expect(cancelled.history.at(-1)).toMatchObject({
      action: 'cancel',
      actorName: '李娜',
      note: '业主改变装修计划',
    });
    expect(await unitStatus(unitId)).toBe('occupied');
    // The unit is free for a new application.
    expect((await send(ApplyForDecoration, decorationApplication(unitId, ownerId))).status).toBe('draft');
  });

  it('RES-5: submission needs at least one drawing and one worker; passes end by the schedule end', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed);
    const empty = await send(
      ApplyForDecoration,
      decorationApplication(unitId, ownerId, { workers: [], drawings: [] }),
    );
    await expect(send(SubmitDecoration, { decorationId: empty.id })).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { missing: ['drawings', 'workers'] },
    });
    expect((await read(empty.id)).status).toBe('draft');

    const approvedUnit = await householdWithOwner(seed);
    const applied = await send(
      ApplyForDecoration,
      decorationApplication(approvedUnit.unitId, approvedUnit.ownerId),
    );
    await payFees(await send(SubmitDecoration, { decorationId: applied.id }));
    await send(ReviewDecoration, { decorationId: applied.id, decision: 'approve' }, engineer);
    await expect(
      send(IssueWorkerPasses, { decorationId: applied.id, validUntil: '2027-03-01' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field: 'validUntil' })] },
    });
    // Decision 0280: nor expired when issued (yesterday in the community, or the schedule's first week).
    for (const validUntil of [addDays(today('Asia/Shanghai'), -1), '2026-12-01']) {
      await expect(send(IssueWorkerPasses, { decorationId: applied.id, validUntil })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field: 'validUntil' })] },
      });
    }
    expect((await read(applied.id)).status).toBe('approved');
    expect(await unitStatus(approvedUnit.unitId)).toBe('vacant');
  });

  it('RES-5: only a current owner applies (not a tenant, decision 342), one application at a time per unit', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed);
    const stranger = await seed.person({ name: '刘德明', phone: '13566778899' });
    await expect(send(ApplyForDecoration, decorationApplication(unitId, stranger))).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { field: 'applicantPersonId' },
    });
    const tenant = await seed.person({ name: '周晓燕', phone: '13688990011' });
    await seed.occupancy(unitId, tenant, 'tenant');
    await expect(send(ApplyForDecoration, decorationApplication(unitId, tenant))).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { field: 'applicantPersonId', personId: tenant },
    });
    const first = await send(ApplyForDecoration, decorationApplication(unitId, ownerId));
    await expect(send(ApplyForDecoration, decorationApplication(unitId, ownerId))).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { decorationId: first.id, number: first.number },
    });
  });

  it('billing events: a request residents did not raise is ignored; a second settled event changes nothing', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed);
    const applied = await send(ApplyForDecoration, decorationApplication(unitId, ownerId));
    const submitted = await send(SubmitDecoration, { decorationId: applied.id });
    const unknown = await publishChargeRequestSettled(fixture.bus, {
      requestId: '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8b',
      purpose: 'move-in',
      unitId,
      paidFen: 100,
    });
    const paid = await payFees(submitted);
    const again = await publishChargeRequestSettled(fixture.bus, {
      requestId: submitted.chargeRequestId!,
      purpose: 'decoration',
      unitId,
      paidFen: 520_000,
    });
    // Both were applied (an inbox row each), neither is a dead letter.
    await eventually(
      async () => {
        const { rows } = await seed.query(
          `select count(*)::int as n from inbox_message where consumer = 'residents-billing' and event_id = any($1)`,
          [[unknown.id, again.id]],
        );
        expect(rows[0]!['n']).toBe(2);
      },
      15_000,
      100,
    );
    const { rows } = await seed.query('select count(*)::int as n from dead_letter');
    expect(rows[0]!['n']).toBe(0);
    const after = await read(applied.id);
    expect(after.history.filter((h) => h.action === 'settle-fees')).toHaveLength(1);
    expect(after.version).toBe(paid.version);
  });

  it('GEN-2: concurrent applications get distinct, gap-free ZX numbers per community and year', async () => {
    await seed.community('GZ07', '珠江新城花园');
    const households = await Promise.all(
      Array.from({ length: 20 }, () => householdWithOwner(seed, { communityId: 'GZ07' })),
    );
    const actor = staff({ communities: ['GZ07'] });
    const created = await Promise.all(
      households.map((h) => send(ApplyForDecoration, decorationApplication(h.unitId, h.ownerId), actor)),
    );
    const seqs = created
      .map((d) => Number(/^ZX-GZ07-\d{4}-(\d{6})$/.exec(d.number)?.[1]))
      .sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('lists applications by community, unit and status, a page at a time', async () => {
    const units = await Promise.all([1, 2, 3].map(() => householdWithOwner(seed)));
    const created: DecorationView[] = [];
    for (const u of units)
      created.push(await send(ApplyForDecoration, decorationApplication(u.unitId, u.ownerId)));
    await send(SubmitDecoration, { decorationId: created[2]!.id });

    const first = await send<Page<DecorationView>>(ListDecorations, {
      communityId: 'GZ01',
      status: 'draft',
      limit: 1,
    });
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await send<Page<DecorationView>>(ListDecorations, {
      communityId: 'GZ01',
      status: 'draft',
      limit: 1,
      cursor: first.nextCursor,
    });
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    // Newest first.
    expect(first.items[0]!.id > second.items[0]!.id).toBe(true);

    const byUnit = await send<Page<DecorationView>>(ListDecorations, { unitId: units[2]!.unitId });
    expect(byUnit.items.map((d) => [d.id, d.status])).toEqual([[created[2]!.id, 'awaiting-payment']]);
    expect(byUnit.nextCursor).toBeUndefined();
    expect(byUnit.items[0]!.history.map((h) => h.action)).toEqual(['applied', 'submit']);

    await expect(send(ListDecorations, { cursor: 'not-a-cursor' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field: 'cursor' })] },
    });
  });

  it('RES-5: the signed decoration management agreement is recorded before review', async () => {
    const { unitId, ownerId } = await householdWithOwner(seed);
    const { agreement: _agreement, ...withoutAgreement } = decorationApplication(unitId, ownerId) as Record<
      string,
      unknown
    >;
    const applied = await send(ApplyForDecoration, withoutAgreement);
    await expect(send(SubmitDecoration, { decorationId: applied.id })).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { missing: ['agreement'] },
    });
    const {
      unitId: _u,
      applicantPersonId: _p,
      ...documents
    } = decorationApplication(unitId, ownerId) as Record<string, unknown>;
    const updated = await send(UpdateDecorationDocuments, { decorationId: applied.id, ...documents });
    expect(updated.agreement).toEqual({
      fileId: 'files/2026/11/zx-agreement-001.pdf',
      signedOn: '2026-11-20',
    });
    expect((await send(SubmitDecoration, { decorationId: applied.id })).status).toBe('awaiting-payment');
  });

  it('RES-5: an acceptance is not in the future nor before the previous inspection, and passes only with every department head signed', async () => {
    const started = await inWorks();
    await requestInspection(started.id, '2026-11-19T09:00:00+08:00');
    const inspect = (payload: Record<string, unknown>) =>
      send(RecordDecorationInspection, { decorationId: started.id, damages: [], ...payload }, engineer);
    const future = new Date(Date.now() + 24 * 3_600_000).toISOString();
    await expect(
      inspect({ inspectedAt: future, result: 'passed', signatures: ACCEPTANCE_SIGNATURES }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { errors: [{ field: 'inspectedAt' }] } });
    await inspect({
      inspectedAt: '2026-11-20T10:00:00+08:00',
      result: 'failed',
      itemsToFix: ['卫生间闭水试验渗漏'],
    });
    await requestInspection(started.id, '2026-11-21T09:00:00+08:00');
    await expect(
      inspect({
        inspectedAt: '2026-11-19T10:00:00+08:00',
        result: 'passed',
        signatures: ACCEPTANCE_SIGNATURES,
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { errors: [{ field: 'inspectedAt' }] } });
    await expect(
      inspect({
        inspectedAt: '2026-11-25T10:00:00+08:00',
        result: 'passed',
        signatures: ACCEPTANCE_SIGNATURES.slice(0, 2),
      }),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED', details: { missing: ['security'] } });
    const unsigned = await fixture.bus.rawRequest(
      RecordDecorationInspection.subject,
      JSON.stringify({
        decorationId: started.id,
        inspectedAt: '2026-11-25T10:00:00+08:00',
        result: 'passed',
        damages: [],
      }),
      engineer,
    );
    expect(failedFields(unsigned)).toEqual(['signatures']);
    const passed = await inspect({
      inspectedAt: '2026-11-25T10:00:00+08:00',
      result: 'passed',
      signatures: ACCEPTANCE_SIGNATURES,
    });
    expect(passed.inspections.at(-1)!.signatures).toEqual(
      ACCEPTANCE_SIGNATURES.map((s) => ({ ...s, departmentLabel: expect.any(String) })),
    );
  });

  it("BIL-9, RES-5: the deposit's refund wait is the company's setting (default 90 days)", async () => {
    await send(
      UpdateCompany,
      { decorationDepositRefundDays: 60, reason: '物业服务合同约定60天' },
      companyManager,
    );
    try {
      const started = await inWorks();
      await requestInspection(started.id, '2026-11-24T09:00:00+08:00');
      const passed = await send(
        RecordDecorationInspection,
        {
          decorationId: started.id,
          inspectedAt: '2026-11-25T10:00:00+08:00',
          result: 'passed',
          damages: [],
          signatures: ACCEPTANCE_SIGNATURES,
        },
        engineer,
      );
      expect(passed.depositRefundableFrom).toBe('2027-01-24');
    } finally {
      await send(UpdateCompany, { decorationDepositRefundDays: 90, reason: '恢复默认' }, companyManager);
    }
  });

  it('RES-5, BIL-8: a damage the resident repairs is charged only if the re-inspection finds it not repaired; acceptance waits for it', async () => {
    const started = await inWorks();
    const patrolled = await send(RecordPatrolFinding, {
      decorationId: started.id,
      foundAt: '2026-11-15T10:20:00+08:00',
      description: '搬运材料划伤电梯门',
      violation: true,
      damage: { description: '电梯门划伤', amountFen: 60_000, remedy: 'repair' },
    });
    const findingId = patrolled.patrolFindings.at(-1)!.id;
    expect(patrolled.pendingRepairs).toEqual([
      { id: expect.any(String), description: '电梯门划伤', amountFen: 60_000, foundIn: findingId },
    ]);
    await requestInspection(started.id, '2026-11-19T09:00:00+08:00');
    const failed = await send(
      RecordDecorationInspection,
      {
        decorationId: started.id,
        inspectedAt: '2026-11-20T10:00:00+08:00',
        result: 'failed',
        itemsToFix: ['楼道墙面污损待修补'],
        damages: [{ description: '楼道墙面污损', amountFen: 20_000, remedy: 'repair' }],
      },
      engineer,
    );
    expect(failed.pendingRepairs).toHaveLength(2);
    await requestInspection(started.id, '2026-11-21T09:00:00+08:00');
    const pass = {
      decorationId: started.id,
      inspectedAt: '2026-11-25T10:00:00+08:00',
      result: 'passed',
      damages: [],
      signatures: ACCEPTANCE_SIGNATURES,
    };
    await expect(send(RecordDecorationInspection, pass, engineer)).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { pendingRepairIds: failed.pendingRepairs.map((r) => r.id) },
    });
    const lift = failed.pendingRepairs[0]!;
    const wall = failed.pendingRepairs[1]!;
    const notDone = await send(
      ConfirmDamageRepair,
      {
        decorationId: started.id,
        repairId: lift.id,
        inspectedAt: '2026-11-24T10:00:00+08:00',
        repaired: false,
      },
      engineer,
    );
    expect(notDone.pendingRepairs.map((r) => r.id)).toEqual([wall.id]);
    await send(
      ConfirmDamageRepair,
      {
        decorationId: started.id,
        repairId: wall.id,
        inspectedAt: '2026-11-24T11:00:00+08:00',
        repaired: true,
        note: '墙面已修补，复查合格',
      },
      engineer,
    );
    await expect(
      send(
        ConfirmDamageRepair,
        {
          decorationId: started.id,
          repairId: wall.id,
          inspectedAt: '2026-11-24T11:00:00+08:00',
          repaired: true,
        },
        engineer,
      ),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED', details: { field: 'repairId' } });
    // Only the repair not done went to billing, with its amount.
    const damages = await eventually(
      async () => {
        const found = (await fixture.bus.events(ResidentsBus.stream)).filter(
          (e) => e.type === 'decoration.damage-found.v1' && e.subject === started.id,
        );
        expect(found).toHaveLength(1);
        return found;
      },
      15_000,
      100,
    );
    expect(damages[0]!.data).toMatchObject({
      description: '电梯门划伤',
      amountFen: 60_000,
      foundBy: lift.id,
    });
    expect((await send(RecordDecorationInspection, pass, engineer)).status).toBe('completed');
  });

  it('BIL-9, RES-5: a completion inspection dated before it was requested is refused naming inspectedAt; the refund wait counts from a true time', async () => {
    const started = await inWorks();
    await send(RequestDecorationInspection, { decorationId: started.id });
    const { rows } = await seed.query<{ at: Date }>(
      'select inspection_requested_at as at from decoration where id = $1',
      [started.id],
    );
    const requestedAt = rows[0]!.at;
    const before = await read(started.id);
    const inspect = (inspectedAt: string, result = 'passed') =>
      send(
        RecordDecorationInspection,
        {
          decorationId: started.id,
          inspectedAt,
          result,
          damages: [],
          ...(result === 'passed'
            ? { signatures: ACCEPTANCE_SIGNATURES }
            : { itemsToFix: ['卫生间闭水试验渗漏'] }),
        },
        engineer,
      );
    // Before the application existed (the finding's case), during the works, ten minutes before the
    // request (beyond the five minutes a typed time may be off).
    for (const inspectedAt of [
      '2026-01-01T10:00:00+08:00',
      '2026-11-12T10:00:00+08:00',
      new Date(requestedAt.getTime() - 600_000).toISOString(),
    ]) {
      for (const result of ['passed', 'failed']) {
        await expect(inspect(inspectedAt, result)).rejects.toMatchObject({
          code: 'VALIDATION_FAILED',
          details: {
            errors: [{ field: 'inspectedAt', message: expect.stringContaining('inspection was requested') }],
          },
        });
      }
    }
    expect(await read(started.id)).toEqual(before);

    const inspectedAt = new Date().toISOString();
    const passed = await inspect(inspectedAt);
    expect(passed).toMatchObject({
      status: 'completed',
      depositRefundableFrom: addDays(localDateOf(new Date(inspectedAt), 'Asia/Shanghai'), 90),
    });
  });

  it('GEN-3, RES-5: a patrol finding is dated neither before the works started nor in the future', async () => {
    const started = await inWorks('vacant', null);
    const patrol = (foundAt: string) =>
      send(RecordPatrolFinding, {
        decorationId: started.id,
        foundAt,
        description: '施工人员未做成品保护',
        violation: true,
      });
    for (const foundAt of ['2026-11-01T10:00:00+08:00', new Date(Date.now() + 3_600_000).toISOString()]) {
      await expect(patrol(foundAt)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [{ field: 'foundAt' }] },
      });
    }
    expect((await read(started.id)).patrolFindings).toEqual([]);
    expect((await patrol(new Date().toISOString())).patrolFindings).toHaveLength(1);
  });

  it('RES-5, BIL-8: the re-inspection of a repair is not dated before the damage was found', async () => {
    const started = await inWorks();
    const patrolled = await send(RecordPatrolFinding, {
      decorationId: started.id,
      foundAt: '2026-11-15T10:20:00+08:00',
      description: '搬运材料划伤电梯门',
      violation: true,
      damage: { description: '电梯门划伤', amountFen: 60_000, remedy: 'repair' },
    });
    const repair = patrolled.pendingRepairs[0]!;
    const confirm = (inspectedAt: string) =>
      send(
        ConfirmDamageRepair,
        { decorationId: started.id, repairId: repair.id, inspectedAt, repaired: true },
        engineer,
      );
    await expect(confirm('2026-11-15T10:00:00+08:00')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [{ field: 'inspectedAt', message: expect.stringContaining('damage was found') }] },
    });
    expect((await read(started.id)).pendingRepairs).toEqual([repair]);
    expect((await confirm('2026-11-16T10:00:00+08:00')).pendingRepairs).toEqual([]);
  });
});
