import { describe, expect, it } from '@jest/globals';
import {
  DrawRevolvingFund,
  GetClearance,
  GetQualityDeposit,
  GetRevolvingFund,
  GetStatement,
  MaintenanceBus,
  ReceiveQualityDeposit,
  ReleaseQualityDeposit,
  MAX_FEN,
  ReplenishRevolvingFund,
  SetRevolvingFundSize,
  SettlementCertified,
  WorkOrderCompleted,
  type ClearanceView,
  type QualityDepositView,
  type RevolvingFundDrawView,
  type RevolvingFundView,
  type StatementView,
} from '@pcs/contracts';
import { newId } from '@pcs/platform';
import { eventually, staff, useService } from '@pcs/testing';
import { billingService } from '../src/billing.service-spec.js';
import { expectLedgerIntact, sql } from './billing-helpers.js';

const maintenance = staff({
  sub: 'service:maintenance',
  name: '维修系统',
  roles: ['admin'],
  communities: ['*'],
});
const finance = staff({ sub: 'staff-0301', name: '周敏', roles: ['finance'] });

describe('revolving funds, paid services and quality deposits (MNT-13, BIL-7, BIL-10)', () => {
  const fixture = useService(billingService);
  const request = <R>(def: { subject: string }, payload: object, actor = maintenance) =>
    fixture.bus.request(def as never, payload, actor) as Promise<R>;

  const draw = (teamId: string, amountFen: number, drawId = newId()) =>
    request<RevolvingFundDrawView>(DrawRevolvingFund, {
      drawId,
      teamId,
      teamName: '工程部维修一班',
      amountFen,
      settlementId: newId(),
      workOrderNumber: 'PG-GZ01-2026-000031',
    });

  it('MNT-13: a team’s fund opens with 100,000 yuan; the same draw twice draws once; an overdraw is refused and draws nothing', async () => {
    const teamId = newId();
    const drawId = newId();
    expect(await draw(teamId, 1_250_000, drawId)).toMatchObject({ drawId, teamId, balanceFen: 8_750_000 });
    expect(await draw(teamId, 1_250_000, drawId)).toMatchObject({ balanceFen: 8_750_000 });
    const entries = await sql(fixture).execute(`select count(*)::int as n from ledger_entry`);
    await expect(draw(teamId, 8_750_001)).rejects.toMatchObject({
      code: 'REVOLVING_FUND_OVERDRAWN',
      details: { balanceFen: 8_750_000 },
    });
    expect(await sql(fixture).execute(`select count(*)::int as n from ledger_entry`)).toEqual(entries);
    // An overdraw of a fund never opened draws nothing; it opens the fund (decision 0356): two entries.
    await expect(draw(newId(), 10_000_001)).rejects.toMatchObject({ code: 'REVOLVING_FUND_OVERDRAWN' });
    expect(await sql(fixture).execute(`select count(*)::int as n from ledger_entry`)).toEqual([
      { n: entries[0]!.n + 2 },
    ]);
    expect(await request(ReplenishRevolvingFund, { teamId, amountFen: 1_250_000 }, finance)).toEqual({
      teamId,
      sizeFen: 10_000_000,
      balanceFen: 10_000_000,
    });
    // Concurrent draws never take the fund below zero.
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => draw(teamId, 2_000_000)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    await expectLedgerIntact(fixture);
  });

  it('MNT-13, decision 0252: a replenishment brings the fund back to its size, never above it (422 naming amountFen); finance reads the fund', async () => {
    const teamId = newId();
    await draw(teamId, 300_000);
    expect(await request(GetRevolvingFund, { teamId }, finance)).toEqual({
      teamId,
      sizeFen: 10_000_000,
      balanceFen: 9_700_000,
    });
    const entries = await sql(fixture).execute(`select count(*)::int as n from ledger_entry`);
    for (const amountFen of [300_001, 999_999_999_999])
      await expect(request(ReplenishRevolvingFund, { teamId, amountFen }, finance)).rejects.toMatchObject({
        code: 'BUSINESS_RULE_VIOLATED',
        details: {
          field: 'amountFen',
          errors: [expect.objectContaining({ field: 'amountFen' })],
          sizeFen: 10_000_000,
          balanceFen: 9_700_000,
          replenishableFen: 300_000,
        },
      });
    expect(await sql(fixture).execute(`select count(*)::int as n from ledger_entry`)).toEqual(entries);
    expect(await request(ReplenishRevolvingFund, { teamId, amountFen: 100_000 }, finance)).toMatchObject({
      balanceFen: 9_800_000,
    });
    // Two top-ups of what was spent at once: one fits, the other would overfill the fund.
    const both = await Promise.allSettled([
      request(ReplenishRevolvingFund, { teamId, amountFen: 200_000 }, finance),
      request(ReplenishRevolvingFund, { teamId, amountFen: 200_000 }, finance),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    await expect(request(ReplenishRevolvingFund, { teamId, amountFen: 1 }, finance)).rejects.toMatchObject({
      details: { field: 'amountFen', replenishableFen: 0 },
    });
    expect(await request(GetRevolvingFund, { teamId }, finance)).toMatchObject({ balanceFen: 10_000_000 });
    // A team that never drew has no fund to read yet (decision 0104).
    await expect(request(GetRevolvingFund, { teamId: newId() }, finance)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expectLedgerIntact(fixture);
  });

  it('MNT-13, decision 0356: a first draw above the fund’s size is refused but opens the fund; finance raises the size and tops up; the same draw retried then succeeds, once', async () => {
    const teamId = newId();
    const drawId = newId();
    const settlementId = newId();
    // Maintenance's settlement/pay re-sends the same draw: one id, team, amount and settlement.
    const payTheSettlement = () =>
      request<RevolvingFundDrawView>(DrawRevolvingFund, {
        drawId,
        teamId,
        teamName: '工程部维修二班',
        amountFen: 12_000_000,
        settlementId,
        workOrderNumber: 'PG-GZ01-2026-000077',
      });
    const setSize = (body: object, idempotencyKey = newId(), team: string = teamId) =>
      fixture.bus.request(SetRevolvingFundSize as never, { teamId: team, ...body }, finance, {
        idempotencyKey,
      }) as Promise<RevolvingFundView>;
    const fund = () => request<RevolvingFundView>(GetRevolvingFund, { teamId }, finance);
    const ledger = () =>
      sql(fixture).execute(
        `select (select count(*)::int from ledger_transaction) as transactions,
                (select count(*)::int from fund_movement) as movements`,
      );
    const drawsOf = () =>
      sql(fixture).execute(
        `select (select count(*)::int from fund_movement where id = ?) as movements,
                (select count(*)::int from ledger_transaction where reference_id = ?) as transactions`,
        [drawId, drawId],
      );

    // ¥120,000 from a ¥100,000 fund: refused, nothing drawn, but the fund is open for finance to see.
    await expect(payTheSettlement()).rejects.toMatchObject({
      code: 'REVOLVING_FUND_OVERDRAWN',
      message: expect.stringContaining('调整额度'),
      details: { field: 'amountFen', balanceFen: 10_000_000, sizeFen: 10_000_000 },
    });
    await expect(payTheSettlement()).rejects.toMatchObject({ code: 'REVOLVING_FUND_OVERDRAWN' });
    expect(await fund()).toEqual({ teamId, sizeFen: 10_000_000, balanceFen: 10_000_000 });
    expect(await drawsOf()).toEqual([{ movements: 0, transactions: 0 }]);
    const [openings] = await sql(fixture).execute<{ n: number }[]>(
      `select count(*)::int as n from ledger_transaction where kind = 'revolving-fund-opening' and reference_id = ?`,
      [teamId],
    );
    expect(openings).toEqual({ n: 1 });
    // A full fund takes no top-up: the size is what must change (decision 0252).
    await expect(
      fixture.bus.request(ReplenishRevolvingFund as never, { teamId, amountFen: 2_000_000 }, finance, {
        idempotencyKey: newId(),
      }),
    ).rejects.toMatchObject({ details: { field: 'amountFen', replenishableFen: 0 } });

    // Every bad size, and a team billing has no fund for, is refused naming the field; nothing moves.
    const before = await ledger();
    const refusal = (call: Promise<unknown>) =>
      call.then(
        () => 'accepted',
        (e: { code: string; details?: { errors?: { field: string }[] } }) => ({
          code: e.code,
          fields: [...new Set(e.details?.errors?.map((x) => x.field))],
        }),
      );
    const invalid = (field: string) => ({ code: 'VALIDATION_FAILED', fields: [field] });
    for (const sizeFen of [-1, 0, 1.5, MAX_FEN + 1, '15000000', null, undefined])
      expect(await refusal(setSize({ sizeFen }))).toEqual(invalid('sizeFen'));
    expect(await refusal(setSize({ sizeFen: 15_000_000, note: ' ' }))).toEqual(invalid('note'));
    expect(await refusal(setSize({ sizeFen: 15_000_000 }, newId(), 'team-2'))).toEqual(invalid('teamId'));
    await expect(setSize({ sizeFen: 15_000_000 }, newId(), newId())).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { field: 'teamId', errors: [expect.objectContaining({ field: 'teamId' })] },
    });
    expect(await ledger()).toEqual(before);

    // Finance raises the size to ¥150,000: ¥50,000 more moves from the float; a retry moves it once.
    const raised = newId();
    expect(await setSize({ sizeFen: 15_000_000, note: '大额维修结算' }, raised)).toEqual({
      teamId,
      sizeFen: 15_000_000,
      balanceFen: 15_000_000,
    });
    expect(await setSize({ sizeFen: 15_000_000, note: '大额维修结算' }, raised)).toEqual({
      teamId,
      sizeFen: 15_000_000,
      balanceFen: 15_000_000,
    });
    // The same size again under another key moves nothing.
    expect(await setSize({ sizeFen: 15_000_000 })).toMatchObject({ balanceFen: 15_000_000 });
    const [resizes] = await sql(fixture).execute<{ n: number; fen: string }[]>(
      `select count(distinct t.id)::int as n, sum(e.amount_fen)::text as fen
         from ledger_transaction t join ledger_entry e on e.transaction_id = t.id
         join account a on a.id = e.account_id
        where t.kind = 'revolving-fund-resize' and t.reference_id = ? and a.key = ?`,
      [teamId, `revolving-fund:${teamId}`],
    );
    expect(resizes).toEqual({ n: 1, fen: '5000000' });

    // The refused draw, asked again with its id, is paid; asked again, it is not paid twice.
    expect(await payTheSettlement()).toMatchObject({
      drawId,
      teamId,
      amountFen: 12_000_000,
      balanceFen: 3_000_000,
    });
    expect(await payTheSettlement()).toMatchObject({ drawId, balanceFen: 3_000_000 });
    expect(await drawsOf()).toEqual([{ movements: 1, transactions: 1 }]);
    expect(await fund()).toEqual({ teamId, sizeFen: 15_000_000, balanceFen: 3_000_000 });

    // ¥120,000 is drawn out: the size may not go below it (422 naming sizeFen, nothing moves).
    const drawn = await ledger();
    await expect(setSize({ sizeFen: 11_999_999 })).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      message: expect.stringContaining('120000.00'),
      details: {
        field: 'sizeFen',
        errors: [expect.objectContaining({ field: 'sizeFen' })],
        sizeFen: 15_000_000,
        balanceFen: 3_000_000,
        minimumSizeFen: 12_000_000,
      },
    });
    expect(await ledger()).toEqual(drawn);

    // Finance tops the fund up to its new size; a lower size later sends the surplus back to the float.
    expect(
      await fixture.bus.request(ReplenishRevolvingFund as never, { teamId, amountFen: 12_000_000 }, finance, {
        idempotencyKey: newId(),
      }),
    ).toEqual({ teamId, sizeFen: 15_000_000, balanceFen: 15_000_000 });
    expect(await setSize({ sizeFen: 10_000_000, note: '大额结算已付，恢复默认额度' })).toEqual({
      teamId,
      sizeFen: 10_000_000,
      balanceFen: 10_000_000,
    });
    expect(await fund()).toEqual({ teamId, sizeFen: 10_000_000, balanceFen: 10_000_000 });
    await expectLedgerIntact(fixture);
  });

  it('BIL-7: a completed type-C work order becomes one charge on the unit, however often it is delivered', async () => {
    const unitId = newId();
    const workOrderId = newId();
    const event = {
      source: 'maintenance',
      subject: workOrderId,
      companyid: 'HRX',
      communityid: 'GZ01',
      id: newId(),
      data: {
        workOrderId,
        number: 'PG-GZ01-2026-000045',
        repairRequestId: newId(),
        communityId: 'GZ01',
        unitId,
        type: 'c' as const,
        chargeableFen: 12_000,
        description: '更换厨房水龙头（有偿）',
        completedAt: '2026-11-20T15:00:00+08:00',
      },
    };
    await fixture.bus.publishEvent(WorkOrderCompleted, MaintenanceBus, event);
    await fixture.bus.publishEvent(WorkOrderCompleted, MaintenanceBus, { ...event, id: newId() });
    // Type A and B are never charged.
    await fixture.bus.publishEvent(WorkOrderCompleted, MaintenanceBus, {
      ...event,
      id: newId(),
      data: { ...event.data, workOrderId: newId(), type: 'a' as const, chargeableFen: 0 },
    });
    await eventually(async () =>
      expect(
        await sql(fixture).execute(
          `select (select count(*)::int from inbox_message where consumer like '%work-orders') as n,
                  (select string_agg(error, '; ') from dead_letter) as dead`,
        ),
      ).toEqual([{ n: 3, dead: null }]),
    );
    const statement = await request<StatementView>(GetStatement, { unitId }, finance);
    expect(statement.bills).toEqual([
      expect.objectContaining({
        source: 'work-order',
        sourceLabel: '有偿服务',
        amountFen: 12_000,
        status: 'open',
      }),
    ]);
    expect(await request<ClearanceView>(GetClearance, { unitId }, finance)).toMatchObject({
      totalOwedFen: 12_000,
    });
  });

  it('BIL-10: a certified settlement is deducted from the contractor’s quality deposit once; above the balance the rest is owed by the contractor', async () => {
    const contractorId = newId();
    await request(
      ReceiveQualityDeposit,
      { contractorId, contractorName: '广州市安居建筑工程有限公司', amountFen: 50_000 },
      finance,
    );
    const settlement = (settlementId: string, deductionFen: number) => ({
      source: 'maintenance',
      subject: settlementId,
      companyid: 'HRX',
      communityid: 'GZ01',
      data: {
        settlementId,
        workOrderId: newId(),
        workOrderNumber: 'PG-GZ01-2026-000050',
        type: 'a' as const,
        communityId: 'GZ01',
        settledFen: deductionFen,
        contractorId,
        contractorName: '广州市安居建筑工程有限公司',
        deductionFen,
        certifiedAt: '2026-11-25T10:00:00+08:00',
      },
    });
    const first = newId();
    await fixture.bus.publishEvent(SettlementCertified, MaintenanceBus, settlement(first, 30_000));
    await fixture.bus.publishEvent(SettlementCertified, MaintenanceBus, settlement(first, 30_000));
    await eventually(async () =>
      expect(await request<QualityDepositView>(GetQualityDeposit, { contractorId }, finance)).toMatchObject({
        contractorId,
        balanceFen: 20_000,
        shortfallFen: 0,
      }),
    );
    await fixture.bus.publishEvent(SettlementCertified, MaintenanceBus, settlement(newId(), 45_000));
    await eventually(async () =>
      expect(await request<QualityDepositView>(GetQualityDeposit, { contractorId }, finance)).toMatchObject({
        contractorId,
        balanceFen: 0,
        shortfallFen: 25_000,
      }),
    );
    await expectLedgerIntact(fixture);
  });

  it('BIL-10: at the end of the warranty the deposit is released, in part or in full, less what the contractor still owes; never before, never above the balance', async () => {
    const received = (contractorId: string, amountFen: number) =>
      request(
        ReceiveQualityDeposit,
        { contractorId, contractorName: '广州市粤华防水工程有限公司', amountFen },
        finance,
      );
    const certified = (contractorId: string, deductionFen: number) =>
      fixture.bus.publishEvent(SettlementCertified, MaintenanceBus, {
        source: 'maintenance',
        subject: newId(),
        companyid: 'HRX',
        communityid: 'GZ01',
        data: {
          settlementId: newId(),
          workOrderId: newId(),
          workOrderNumber: 'PG-GZ01-2026-000061',
          type: 'a' as const,
          communityId: 'GZ01',
          settledFen: deductionFen,
          contractorId,
          contractorName: '广州市粤华防水工程有限公司',
          deductionFen,
          certifiedAt: '2026-11-25T10:00:00+08:00',
        },
      });
    const held = (contractorId: string) =>
      request<QualityDepositView>(GetQualityDeposit, { contractorId }, finance);
    const release = (contractorId: string, body: object, idempotencyKey = newId()) =>
      fixture.bus.request(ReleaseQualityDeposit as never, { contractorId, ...body }, finance, {
        idempotencyKey,
      }) as Promise<QualityDepositView>;
    const ended = { warrantyEndedOn: '2026-11-30', reason: '屋面防水五年保修期满，工程部确认无遗留问题' };
    const movements = () => sql(fixture).execute(`select count(*)::int as n from ledger_transaction`);

    const contractorId = newId();
    await received(contractorId, 50_000);
    await certified(contractorId, 30_000);
    await eventually(async () => expect((await held(contractorId)).balanceFen).toBe(20_000));
    const before = await movements();
    // Before the warranty ends, above the balance, or of a contractor billing holds nothing for: refused.
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await expect(release(contractorId, { ...ended, warrantyEndedOn: tomorrow })).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { errors: [{ field: 'warrantyEndedOn' }] },
    });
    await expect(release(contractorId, { ...ended, amountFen: 20_001 })).rejects.toMatchObject({
      code: 'AMOUNT_EXCEEDS_BALANCE',
      details: { errors: [{ field: 'amountFen' }], balanceFen: 20_000 },
    });
    await expect(release(newId(), ended)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const bad of [
      { amountFen: 0 },
      { amountFen: 1.5 },
      { warrantyEndedOn: '2026-02-30' },
      { reason: ' ' },
    ])
      await expect(release(contractorId, { ...ended, ...bad })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    expect(await movements()).toEqual(before);

    // Part of it, retried with the same key: released once.
    const key = newId();
    expect(await release(contractorId, { ...ended, amountFen: 5_000 }, key)).toMatchObject({
      contractorId,
      balanceFen: 15_000,
      shortfallFen: 0,
    });
    expect((await release(contractorId, { ...ended, amountFen: 5_000 }, key)).balanceFen).toBe(15_000);
    // The rest; then there is nothing left to release.
    expect((await release(contractorId, ended)).balanceFen).toBe(0);
    await expect(release(contractorId, ended)).rejects.toMatchObject({ code: 'AMOUNT_EXCEEDS_BALANCE' });

    // A contractor who owes for a deduction above its deposit is paid only what is left after it.
    const owing = newId();
    await received(owing, 10_000);
    await certified(owing, 25_000);
    await eventually(async () => expect((await held(owing)).shortfallFen).toBe(15_000));
    await received(owing, 40_000);
    expect(await release(owing, ended)).toMatchObject({
      contractorId: owing,
      balanceFen: 0,
      shortfallFen: 0,
    });
    const [paidOut] = await sql(fixture).execute<{ paid_out: number; kept: number }[]>(
      `select (details->>'paidOutFen')::int as paid_out, (details->>'keptForDeductionsFen')::int as kept
         from fund_movement where kind = 'quality-release' and party_id = ?`,
      [owing],
    );
    expect(paidOut).toEqual({ paid_out: 25_000, kept: 15_000 });
    await expectLedgerIntact(fixture);
  });

  describe('BIL-10: a contractor’s deposit shows its name and movements; its name is kept (decisions 0393, 0394)', () => {
    const receive = (contractorId: string, contractorName: string, amountFen: number, note?: string) =>
      fixture.bus.request(
        ReceiveQualityDeposit as never,
        { contractorId, contractorName, amountFen, ...(note ? { note } : {}) },
        finance,
        { idempotencyKey: newId() },
      ) as Promise<QualityDepositView>;
    const certify = async (
      contractorId: string,
      contractorName: string,
      settlementId: string,
      workOrderNumber: string,
      deductionFen: number,
    ) => {
      await fixture.bus.publishEvent(SettlementCertified, MaintenanceBus, {
        source: 'maintenance',
        subject: settlementId,
        companyid: 'HRX',
        communityid: 'GZ01',
        data: {
          settlementId,
          workOrderId: newId(),
          workOrderNumber,
          type: 'a' as const,
          communityId: 'GZ01',
          settledFen: deductionFen,
          contractorId,
          contractorName,
          deductionFen,
          certifiedAt: '2026-11-25T10:00:00+08:00',
        },
      });
      // Each deduction is booked before the next movement, so that the order below is the booking order.
      await eventually(async () =>
        expect(
          await sql(fixture).execute(`select count(*)::int as n from fund_movement where id = ?`, [
            settlementId,
          ]),
        ).toEqual([{ n: 1 }]),
      );
    };
    const deposit = (contractorId: string, page: object = {}) =>
      request<QualityDepositView>(GetQualityDeposit, { contractorId, ...page }, finance);
    const written = () =>
      sql(fixture).execute(
        `select (select count(*)::int from ledger_transaction) as transactions,
                (select count(*)::int from quality_deposit_contractor) as names`,
      );

    it('BIL-10, MNT-9 (decision 0393): receipts, type-A deductions with their work order and settlement, shortfalls and releases, newest first, a page at a time, with the contractor’s name', async () => {
      const contractorId = newId();
      const [s14, s15] = [newId(), newId()];
      await receive(contractorId, '广州建工集团', 50_000, '首期质保金');
      await certify(contractorId, '广州建工集团', s14, 'PG-GZ01-2026-000014', 30_000);
      // ¥450 against ¥200 held: ¥200 deducted, ¥250 owed by the contractor (decision 0103).
      await certify(contractorId, '广州建工集团', s15, 'PG-GZ01-2026-000015', 45_000);
      await receive(contractorId, '广州建工 集团', 40_000);
      const released = await fixture.bus.request(
        ReleaseQualityDeposit as never,
        { contractorId, warrantyEndedOn: '2026-11-30', reason: '保修期满，工程部确认无遗留问题' },
        finance,
        { idempotencyKey: newId() },
      );
      expect(released).toMatchObject({ contractorName: '广州建工集团', balanceFen: 0, shortfallFen: 0 });

      const view = await deposit(contractorId);
      expect(view).toEqual({
        contractorId,
        contractorName: '广州建工集团',
        balanceFen: 0,
        shortfallFen: 0,
        movements: [
          {
            kind: 'released',
            kindLabel: '退还',
            amountFen: 40_000,
            balanceAfterFen: 0,
            description: '工程质量保证金退还：保修期满，工程部确认无遗留问题（其中 250.00 元抵扣欠缴）',
            at: expect.any(String),
          },
          {
            kind: 'received',
            kindLabel: '收取',
            amountFen: 40_000,
            balanceAfterFen: 40_000,
            description: '广州建工集团 工程质量保证金',
            at: expect.any(String),
          },
          {
            kind: 'deduction',
            kindLabel: '扣除',
            amountFen: 20_000,
            balanceAfterFen: 0,
            description: '广州建工集团 质保金扣除：PG-GZ01-2026-000015',
            workOrderNumber: 'PG-GZ01-2026-000015',
            settlementId: s15,
            at: '2026-11-25T02:00:00.000Z',
          },
          {
            kind: 'shortfall',
            kindLabel: '欠缴',
            amountFen: 25_000,
            balanceAfterFen: 0,
            description: '质保金余额不足，承包商欠缴：PG-GZ01-2026-000015',
            workOrderNumber: 'PG-GZ01-2026-000015',
            settlementId: s15,
            at: '2026-11-25T02:00:00.000Z',
          },
          {
            kind: 'deduction',
            kindLabel: '扣除',
            amountFen: 30_000,
            balanceAfterFen: 20_000,
            description: '广州建工集团 质保金扣除：PG-GZ01-2026-000014',
            workOrderNumber: 'PG-GZ01-2026-000014',
            settlementId: s14,
            at: '2026-11-25T02:00:00.000Z',
          },
          {
            kind: 'received',
            kindLabel: '收取',
            amountFen: 50_000,
            balanceAfterFen: 50_000,
            description: '广州建工集团 工程质量保证金：首期质保金',
            at: expect.any(String),
          },
        ],
      });

      // Page by page, whatever the size (a page may end between a deduction and its shortfall).
      for (const limit of [1, 2, 3, 4]) {
        const pages: QualityDepositView[] = [];
        let cursor: string | undefined;
        do {
          const page = await deposit(contractorId, { limit, ...(cursor ? { cursor } : {}) });
          expect(page.movements.length).toBeLessThanOrEqual(limit);
          expect(page).toMatchObject({ contractorName: '广州建工集团', balanceFen: 0, shortfallFen: 0 });
          pages.push(page);
          cursor = page.nextCursor;
        } while (cursor);
        expect(pages.flatMap((p) => p.movements)).toEqual(view.movements);
        expect(pages).toHaveLength(Math.ceil(6 / limit));
      }

      // A cursor this list did not make, another contractor's included, is 400 naming cursor.
      const other = newId();
      await receive(other, '广州市粤华防水工程有限公司', 10_000);
      await receive(other, '广州市粤华防水工程有限公司', 10_000);
      const theirs = (await deposit(other, { limit: 1 })).nextCursor;
      expect(theirs).toEqual(expect.any(String));
      for (const cursor of [theirs, 'abc', `${view.movements.length}.x`])
        await expect(deposit(contractorId, { cursor })).rejects.toMatchObject({
          code: 'VALIDATION_FAILED',
          details: { errors: [expect.objectContaining({ field: 'cursor' })] },
        });
      for (const limit of [0, 201, 1.5])
        await expect(deposit(contractorId, { limit })).rejects.toMatchObject({
          code: 'VALIDATION_FAILED',
          details: { errors: [expect.objectContaining({ field: 'limit' })] },
        });
      await expectLedgerIntact(fixture);
    });

    it('BIL-10 (decision 0394): a receipt under a known contractor id with another name is refused, 422 naming contractorName with the name on file, and writes nothing; the same name typed differently is the same contractor', async () => {
      const contractorId = newId();
      expect(await receive(contractorId, ' 广州市安居建筑工程有限公司 ', 10_000)).toMatchObject({
        contractorName: '广州市安居建筑工程有限公司',
        balanceFen: 10_000,
      });
      const before = await written();
      await expect(receive(contractorId, '完全不同的公司', 100)).rejects.toMatchObject({
        code: 'BUSINESS_RULE_VIOLATED',
        message: expect.stringContaining('广州市安居建筑工程有限公司'),
        details: {
          field: 'contractorName',
          errors: [{ field: 'contractorName', message: expect.stringContaining('完全不同的公司') }],
          contractorNameOnFile: '广州市安居建筑工程有限公司',
        },
      });
      expect(await written()).toEqual(before);
      expect(await deposit(contractorId)).toMatchObject({
        balanceFen: 10_000,
        movements: [{ amountFen: 10_000 }],
      });

      // Spaces, width, case and invisible characters make no other name (decisions 0357, 0380): booked
      // under the name on file.
      expect(await receive(contractorId, '广州市安居建筑工程\u200b 有限公司\u3000', 5_000)).toMatchObject({
        contractorName: '广州市安居建筑工程有限公司',
        balanceFen: 15_000,
        movements: [
          { kind: 'received', amountFen: 5_000, description: '广州市安居建筑工程有限公司 工程质量保证金' },
          {},
        ],
      });

      // Two first receipts at once under two names: the first records its name, the other is refused.
      const fresh = newId();
      const both = await Promise.allSettled([
        receive(fresh, '广州建工集团', 1_000),
        receive(fresh, '广州市粤华防水工程有限公司', 1_000),
      ]);
      expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const [kept] = await sql(fixture).execute<{ name: string; n: number }[]>(
        `select min(name) as name, count(*)::int as n from quality_deposit_contractor where contractor_id = ?`,
        [fresh],
      );
      expect(kept?.n).toBe(1);
      expect((await deposit(fresh)).contractorName).toBe(kept?.name);

      // A contractor known only by maintenance's deduction shows that name; finance's first receipt
      // records the name the deposit is held under.
      const deductedFirst = newId();
      await certify(deductedFirst, '粤华防水', newId(), 'PG-GZ01-2026-000024', 3_000);
      expect(await deposit(deductedFirst)).toMatchObject({
        contractorName: '粤华防水',
        balanceFen: 0,
        shortfallFen: 3_000,
        movements: [{ kind: 'shortfall', kindLabel: '欠缴', amountFen: 3_000 }],
      });
      await receive(deductedFirst, '广州市粤华防水工程有限公司', 20_000);
      await expect(receive(deductedFirst, '粤华防水', 1)).rejects.toMatchObject({
        details: { field: 'contractorName', contractorNameOnFile: '广州市粤华防水工程有限公司' },
      });
      expect(await deposit(deductedFirst)).toMatchObject({
        contractorName: '广州市粤华防水工程有限公司',
        balanceFen: 20_000,
      });
      await expectLedgerIntact(fixture);
    });
  });
});
