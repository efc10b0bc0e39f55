import { describe, expect, it } from '@jest/globals';
import {
  AccrueLateFees,
  SendReminders,
  type RemindersSentView,
  WaiveLateFee,
  type LateFeeAccrualView,
  GetCollectionRate,
  GetStatement,
  IssueCreditNote,
  ListArrears,
  OccupancyEnded,
  RecordPayment,
  type ArrearsView,
  type CollectionRateView,
  OccupancyStarted,
  ResidentsBus,
  RunBilling,
  SetFeeItemRate,
  RecordMeterReading,
  ListFeeItems,
  UnitCreated,
  UnitUpdated,
  type BillingRunView,
  type FeeItemsView,
  type FeeItemView,
  type StatementView,
} from '@pcs/contracts';
import { newId } from '@pcs/platform';
import { eventually, staff, useService } from '@pcs/testing';
import { billingService } from '../src/billing.service-spec.js';
import { BillingRunService } from '../src/billing-runs/billing-run.service.js';
import {
  announceCommunity,
  at,
  clock,
  expectLedgerIntact,
  publishResidents,
  sql,
} from './billing-helpers.js';

const finance = staff({ sub: 'staff-0301', name: '周敏', roles: ['finance'], communities: ['*'] });

describe('fee items and the billing run (BIL-1, BIL-2)', () => {
  const fixture = useService(billingService);
  const request = <R>(def: { subject: string }, payload: object, actor = finance) =>
    fixture.bus.request(def as never, payload, actor) as Promise<R>;
  const runs = () => fixture.service.app.get(BillingRunService);
  const publish = publishResidents(fixture);
  const announce = announceCommunity(fixture);

  /** A community of `count` units of 89.50 m², each owned all along by its own owner. */
  async function community(communityId: string, count: number, owned = true) {
    // Residents announce the community first: billing runs only a community it knows (decision 0247).
    await announce(communityId);
    const units: { unitId: string; ownerId: string; occupancyId: string }[] = [];
    for (let i = 0; i < count; i++) {
      const unitId = newId();
      const ownerId = newId();
      const occupancyId = newId();
      units.push({ unitId, ownerId, occupancyId });
      await publish(
        UnitCreated,
        unitId,
        {
          unitId,
          buildingId: newId(),
          label: `3栋${1201 + i}`,
          type: 'residence',
          grossAreaCentiM2: 8_950,
        },
        communityId,
      );
      if (owned)
        await publish(
          OccupancyStarted,
          occupancyId,
          {
            occupancyId,
            unitId,
            personId: ownerId,
            role: 'owner',
            startDate: '2025-01-01',
          },
          communityId,
        );
    }
    // The owners too: a run before the occupancy events are applied would bill the units themselves.
    await eventually(async () => {
      expect(
        await sql(fixture).execute(`select count(*)::int as n from unit_replica where community_id = ?`, [
          communityId,
        ]),
      ).toEqual([{ n: count }]);
      expect(await fixture.bus.consumersIdle()).toBe(true);
    });
    return units;
  }
  const billsOf = (communityId: string) =>
    sql(fixture).execute<
      { unit_id: string; payer_person_id: string | null; amount_fen: string; description: string }[]
    >(
      `select unit_id, payer_person_id, amount_fen, description from bill where community_id = ? and source = 'periodic'`,
      [communityId],
    );

  it('BIL-1: fee items with dated rates; a later rate never changes the month already billed', async () => {
    const item = await request<FeeItemView>(SetFeeItemRate, {
      code: 'property-management',
      name: '物业管理费',
      basis: 'per-square-metre',
      rateFen: 300,
      effectiveFrom: '2026-01-01',
    });
    expect(item).toMatchObject({
      basisLabel: '按建筑面积计费（元/平方米·月）',
      rates: [{ effectiveFrom: '2026-01-01', rateFen: 300 }],
    });
    await request(SetFeeItemRate, {
      code: 'rubbish',
      name: '生活垃圾处理费',
      basis: 'fixed',
      rateFen: 1_500,
      effectiveFrom: '2026-01-01',
      unitTypes: ['residence'],
    });
    const [first] = await community('BR01', 2);
    await request(RunBilling, { communityId: 'BR01', period: '2026-11' });
    expect((await billsOf('BR01')).map((b) => Number(b.amount_fen))).toEqual([28_350, 28_350]);
    // Each line carries the name the company gave its item, not the code.
    const statement = await request<StatementView>(GetStatement, { unitId: first!.unitId });
    expect(statement.bills[0]?.lines.map((l) => [l.itemCode, l.itemLabel])).toEqual([
      ['property-management', '物业管理费'],
      ['rubbish', '生活垃圾处理费'],
    ]);
    const raised = await request<FeeItemView>(SetFeeItemRate, {
      code: 'property-management',
      name: '物业管理费',
      basis: 'per-square-metre',
      rateFen: 350,
      effectiveFrom: '2026-12-01',
    });
    expect(raised.rates.map((r) => r.rateFen)).toEqual([300, 350]);
    // Finance reads the items back, each with every dated rate; by basis, the meters' items only.
    const listed = await request<FeeItemsView>(ListFeeItems, {});
    expect(
      listed.items
        .filter((i) => ['property-management', 'rubbish'].includes(i.code))
        .map((i) => [i.code, i.basisLabel, i.rates.map((r) => r.rateFen), i.unitTypes]),
    ).toEqual([
      ['property-management', '按建筑面积计费（元/平方米·月）', [300, 350], undefined],
      ['rubbish', '固定金额（元/月）', [1_500], ['residence']],
    ]);
    const metered = await request<FeeItemsView>(ListFeeItems, { basis: 'metered' });
    expect(metered.items.every((i) => i.basis === 'metered')).toBe(true);
    await expect(request(ListFeeItems, { basis: 'per-unit' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [{ field: 'basis' }] },
    });
    await request(RunBilling, { communityId: 'BR01', period: '2026-11' });
    await request(RunBilling, { communityId: 'BR01', period: '2026-12' });
    const amounts = (await billsOf('BR01')).map((b) => [b.description, Number(b.amount_fen)]).sort();
    expect(amounts).toEqual([
      ['2026-11 物业服务费用', 28_350],
      ['2026-11 物业服务费用', 28_350],
      ['2026-12 物业服务费用', 32_825],
      ['2026-12 物业服务费用', 32_825],
    ]);
  });

  it("BIL-1, BIL-13: a new rate keeps the item's unit types and late-fee terms unless told to clear them (decision 0235)", async () => {
    // From 2030 on, so that no run of this file bills the item.
    const item = {
      code: 'elevator',
      name: '电梯运行费',
      basis: 'fixed',
      rateFen: 2_000,
      effectiveFrom: '2030-01-01',
    };
    const lateFee = { kind: 'daily-rate', value: 5, graceDays: 10 };
    await request(SetFeeItemRate, { ...item, unitTypes: ['residence'], lateFee });
    const raised = await request<FeeItemView>(SetFeeItemRate, {
      ...item,
      rateFen: 2_500,
      effectiveFrom: '2030-07-01',
    });
    expect(raised).toMatchObject({ unitTypes: ['residence'], lateFee });
    expect(raised.rates.map((r) => r.rateFen)).toEqual([2_000, 2_500]);
    // Given, they replace the item's own.
    const shops = await request<FeeItemView>(SetFeeItemRate, {
      ...item,
      unitTypes: ['residence', 'shop'],
      lateFee: { kind: 'fixed', value: 1_000 },
    });
    expect(shops).toMatchObject({
      unitTypes: ['residence', 'shop'],
      lateFee: { kind: 'fixed', value: 1_000 },
    });
    // A term both given and cleared, or a field that cannot be cleared, is refused and changes nothing.
    for (const [patch, field] of [
      [{ clear: ['lateFee'], lateFee }, 'clear'],
      [{ clear: ['name'] }, 'clear'],
      [{ clear: 'lateFee' }, 'clear'],
    ] as const)
      await expect(request(SetFeeItemRate, { ...item, rateFen: 9_999, ...patch })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: expect.arrayContaining([expect.objectContaining({ field })]) },
      });
    const cleared = await request<FeeItemView>(SetFeeItemRate, {
      ...item,
      rateFen: 2_500,
      effectiveFrom: '2030-07-01',
      clear: ['lateFee'],
    });
    expect(cleared.lateFee).toBeUndefined();
    expect(cleared.unitTypes).toEqual(['residence', 'shop']);
    expect(cleared.rates.map((r) => r.rateFen)).toEqual([2_000, 2_500]);
    const everywhere = await request<FeeItemView>(SetFeeItemRate, { ...item, clear: ['unitTypes'] });
    expect(everywhere.unitTypes).toBeUndefined();
    expect(everywhere.lateFee).toBeUndefined();
  });

  it('BIL-2: a corrected floor area is billed from the next run; the month already billed keeps its amount', async () => {
    const [unit] = await community('BR09', 1);
    await request(RunBilling, { communityId: 'BR09', period: '2026-11' });
    const corrected = {
      unitId: unit!.unitId,
      buildingId: newId(),
      label: '3栋1201',
      type: 'residence',
      grossAreaCentiM2: 10_000,
      changedFields: ['grossAreaCentiM2'],
      reason: '按测绘报告更正建筑面积',
    };
    await fixture.bus.publishEvent(UnitUpdated, ResidentsBus, {
      source: 'residents',
      subject: unit!.unitId,
      companyid: 'HRX',
      communityid: 'BR09',
      aggregateversion: 2,
      data: corrected,
    } as never);
    // The unit's first description delivered again, late: it must not undo the correction.
    await publish(
      UnitCreated,
      unit!.unitId,
      { ...corrected, grossAreaCentiM2: 8_950, changedFields: undefined, reason: undefined },
      'BR09',
    );
    await eventually(async () => expect(await fixture.bus.consumersIdle()).toBe(true), 20_000, 100);
    expect(
      await sql(fixture).execute(`select gross_area_centi_m2, version from unit_replica where unit_id = ?`, [
        unit!.unitId,
      ]),
    ).toEqual([{ gross_area_centi_m2: 10_000, version: 2 }]);

    await request(RunBilling, { communityId: 'BR09', period: '2026-11' });
    await request(RunBilling, { communityId: 'BR09', period: '2026-12' });
    const amounts = (await billsOf('BR09')).map((b) => [b.description, Number(b.amount_fen)]).sort();
    // 89.50 m² × 3.00 + 15.00 in November, issued before the correction; 100 m² × 3.50 + 15.00 after.
    expect(amounts).toEqual([
      ['2026-11 物业服务费用', 28_350],
      ['2026-12 物业服务费用', 36_500],
    ]);
  });

  it('BIL-2: run twice, or by two instances at once, each unit is billed once; a unit that changed hands is billed pro rata by day', async () => {
    const units = await community('BR02', 5);
    // 3栋1201 sold on 11 November: the seller pays 10 days, the buyer 20.
    const buyer = newId();
    await publish(
      OccupancyEnded,
      units[0]!.occupancyId,
      {
        occupancyId: units[0]!.occupancyId,
        unitId: units[0]!.unitId,
        personId: units[0]!.ownerId,
        role: 'owner',
        endDate: '2026-11-10', // the seller's last day; the buyer's first is the 11th (decision 0384)
        reason: '房屋出售',
      },
      'BR02',
    );
    await publish(
      OccupancyStarted,
      newId(),
      {
        occupancyId: newId(),
        unitId: units[0]!.unitId,
        personId: buyer,
        role: 'owner',
        startDate: '2026-11-11',
      },
      'BR02',
    );
    await eventually(async () =>
      expect(
        await sql(fixture).execute(`select count(*)::int as n from occupancy_replica where unit_id = ?`, [
          units[0]!.unitId,
        ]),
      ).toEqual([{ n: 2 }]),
    );
    runs().chunkSize = 2;
    const [a, b] = await Promise.all([
      request<BillingRunView>(RunBilling, { communityId: 'BR02', period: '2026-11' }),
      request<BillingRunView>(RunBilling, { communityId: 'BR02', period: '2026-11' }),
    ]);
    const again = await request<BillingRunView>(RunBilling, { communityId: 'BR02', period: '2026-11' });
    for (const view of [a, b, again])
      expect(view).toMatchObject({ status: 'completed', statusLabel: '已完成', billsIssued: 6 });
    const bills = await billsOf('BR02');
    expect(bills).toHaveLength(6);
    const sold = bills
      .filter((x) => x.unit_id === units[0]!.unitId)
      .map((x) => [x.payer_person_id, Number(x.amount_fen)]);
    expect(sold.sort()).toEqual(
      [
        [units[0]!.ownerId, 9_450],
        [buyer, 18_900],
      ].sort(),
    );
    await expectLedgerIntact(fixture);
  });

  it('BIL-2, decision 0254: a month run again bills the units that reached billing after its run, once; the others are not billed twice', async () => {
    await community('BR22', 2);
    expect(await request(RunBilling, { communityId: 'BR22', period: '2026-11' })).toMatchObject({
      status: 'completed',
      billsIssued: 2,
    });
    // A unit entered late (files migrated after the month was run), owned all along.
    const unitId = newId();
    const ownerId = newId();
    const occupancyId = newId();
    await publish(
      UnitCreated,
      unitId,
      { unitId, buildingId: newId(), label: '3栋1301', type: 'residence', grossAreaCentiM2: 8_950 },
      'BR22',
    );
    await publish(
      OccupancyStarted,
      occupancyId,
      { occupancyId, unitId, personId: ownerId, role: 'owner', startDate: '2025-01-01' },
      'BR22',
    );
    await eventually(async () => {
      expect(
        await sql(fixture).execute(`select count(*)::int as n from occupancy_replica where unit_id = ?`, [
          unitId,
        ]),
      ).toEqual([{ n: 1 }]);
      expect(await fixture.bus.consumersIdle()).toBe(true);
    });
    runs().chunkSize = 1;
    const [a, b] = await Promise.all([
      request<BillingRunView>(RunBilling, { communityId: 'BR22', period: '2026-11' }),
      request<BillingRunView>(RunBilling, { communityId: 'BR22', period: '2026-11' }),
    ]);
    const again = await request<BillingRunView>(RunBilling, { communityId: 'BR22', period: '2026-11' });
    for (const view of [a, b, again])
      expect(view).toMatchObject({ status: 'completed', billsIssued: 3, totalFen: 3 * 28_350 });
    const bills = await billsOf('BR22');
    expect(bills).toHaveLength(3);
    expect(bills.filter((x) => x.unit_id === unitId).map((x) => x.payer_person_id)).toEqual([ownerId]);
    await expectLedgerIntact(fixture);
  });

  it('BIL-6, decision 0347: a month run again re-issues the bills of a unit whose periodic bills of the month were all cancelled, with a revision; a unit with one still live is not billed again', async () => {
    const [cancelled, partly, kept] = await community('BR47', 3);
    await request(RunBilling, { communityId: 'BR47', period: '2026-11' });
    const billOf = async (unitId: string) =>
      (
        await sql(fixture).execute<{ id: string; amount_fen: string }[]>(
          `select id, amount_fen from bill where unit_id = ? and source = 'periodic'`,
          [unitId],
        )
      )[0]!;
    // Cancelled whole in two credit notes; another only reduced; the third untouched.
    const whole = await billOf(cancelled!.unitId);
    await request(IssueCreditNote, { billId: whole.id, amountFen: 1, reason: '面积有误' });
    await request(IssueCreditNote, {
      billId: whole.id,
      amountFen: Number(whole.amount_fen) - 1,
      reason: '面积有误，整单冲销后重开',
    });
    const reduced = await billOf(partly!.unitId);
    await request(IssueCreditNote, { billId: reduced.id, amountFen: 100, reason: '少计优惠' });
    const rerun = () => request<BillingRunView>(RunBilling, { communityId: 'BR47', period: '2026-11' });
    expect(await rerun()).toMatchObject({ status: 'completed', billsIssued: 4, totalFen: 4 * 28_350 });
    // Once: the re-issued bill is live, so a second rerun bills nothing.
    expect(await rerun()).toMatchObject({ billsIssued: 4 });
    const keys = await sql(fixture).execute<{ unit_id: string; source_key: string; status: string }[]>(
      `select unit_id, source_key, status from bill where community_id = 'BR47' and source = 'periodic'
       order by issued_at, number`,
    );
    expect(keys.filter((k) => k.unit_id === cancelled!.unitId)).toEqual([
      {
        unit_id: cancelled!.unitId,
        source_key: `2026-11:${cancelled!.unitId}:${cancelled!.ownerId}`,
        status: 'cancelled',
      },
      {
        unit_id: cancelled!.unitId,
        source_key: `2026-11:${cancelled!.unitId}:${cancelled!.ownerId}:r2`,
        status: 'open',
      },
    ]);
    for (const unit of [partly!, kept!])
      expect(keys.filter((k) => k.unit_id === unit.unitId)).toHaveLength(1);
    await expectLedgerIntact(fixture);
  });

  it('BIL-2: a run stopped after a chunk leaves no half-written bill; run again, it completes and bills each unit once', async () => {
    await community('BR03', 5);
    runs().chunkSize = 2;
    let chunks = 0;
    runs().afterChunk = async () => {
      chunks += 1;
      if (chunks === 1) throw new Error('the process was killed');
    };
    await expect(request(RunBilling, { communityId: 'BR03', period: '2026-11' })).rejects.toBeDefined();
    expect(await billsOf('BR03')).toHaveLength(2);
    await expectLedgerIntact(fixture);
    runs().afterChunk = undefined;
    expect(await request(RunBilling, { communityId: 'BR03', period: '2026-11' })).toMatchObject({
      status: 'completed',
      billsIssued: 5,
      totalFen: 5 * 28_350,
    });
    const bills = await billsOf('BR03');
    expect(new Set(bills.map((x) => x.unit_id)).size).toBe(5);
    expect(bills).toHaveLength(5);
    await expectLedgerIntact(fixture);
  });

  it('BIL-2, GEN-2: a run issues each chunk together: numbers consecutive and unique, one ledger movement and one BillIssued event per bill', async () => {
    await community('BR07', 7);
    runs().chunkSize = 3;
    expect(await request(RunBilling, { communityId: 'BR07', period: '2026-11' })).toMatchObject({
      status: 'completed',
      billsIssued: 7,
      totalFen: 7 * 28_350,
    });
    const bills = await sql(fixture).execute<{ id: string; number: string; amount_fen: string }[]>(
      `select id, number, amount_fen from bill where community_id = 'BR07' order by number`,
    );
    expect(bills.map((b) => b.number)).toEqual(
      Array.from({ length: 7 }, (_, i) => `ZD-BR07-2026-${String(i + 1).padStart(6, '0')}`),
    );
    const movements = await sql(fixture).execute<{ reference_id: string; receivable: string; n: number }[]>(
      `select t.reference_id, sum(e.amount_fen) filter (where e.amount_fen > 0)::text as receivable,
              count(distinct t.id)::int as n
       from ledger_transaction t join ledger_entry e on e.transaction_id = t.id
       where t.kind = 'bill-issued' and t.community_id = 'BR07' group by t.reference_id`,
    );
    expect(movements.map((m) => [m.reference_id, m.receivable, m.n]).sort()).toEqual(
      bills.map((b) => [b.id, b.amount_fen, 1]).sort(),
    );
    const events = await sql(fixture).execute<{ aggregate_id: string }[]>(
      `select aggregate_id from outbox_message where subject like '%bill.issued' and aggregate_id in (?)`,
      [bills.map((b) => b.id)],
    );
    expect(events.map((e) => e.aggregate_id).sort()).toEqual(bills.map((b) => b.id).sort());
    await expectLedgerIntact(fixture);
  });

  it('decision 0225: a run keeps the tables its chunks fill analysed as they double, so that its lookups stay on their keys', async () => {
    // A company of its own, so that its one fee item changes no other test's bills.
    const accountant = staff({
      sub: 'staff-0302',
      name: '吴静',
      companyId: 'BRX',
      roles: ['finance'],
      communities: ['*'],
    });
    await fixture.bus.request(
      SetFeeItemRate,
      {
        code: 'property-management',
        name: '物业管理费',
        basis: 'fixed',
        rateFen: 20_000,
        effectiveFrom: '2026-01-01',
      },
      accountant,
    );
    // 750 units written as replicas directly: their events would take minutes here.
    await sql(fixture).execute(
      `insert into community_replica (company_id, community_id, name, time_zone, version)
       values ('BRX', 'BR30', '南湾花园', 'Asia/Shanghai', 1)`,
    );
    await sql(fixture).execute(
      `insert into unit_replica (unit_id, company_id, community_id, label, type, gross_area_centi_m2, version)
       select gen_random_uuid(), 'BRX', 'BR30', '5栋' || (1000 + i), 'residence', 8950, 1
         from generate_series(1, 750) i`,
    );
    await sql(fixture).execute(
      `insert into occupancy_replica (occupancy_id, company_id, unit_id, person_id, role, start_date)
       select gen_random_uuid(), 'BRX', unit_id, gen_random_uuid(), 'owner', '2025-01-01'
         from unit_replica where community_id = 'BR30'`,
    );
    const statistics = async () =>
      (
        await sql(fixture).execute<{ inserted: number; analyses: number; rows: number }[]>(
          `select n_tup_ins::int as inserted, (analyze_count + autoanalyze_count)::int as analyses,
                  (select count(*)::int from ledger_entry) as rows
             from pg_stat_user_tables where relname = 'ledger_entry'`,
        )
      )[0] ?? { inserted: 0, analyses: 0, rows: 0 };
    const before = await statistics();
    runs().chunkSize = 150;
    // The server counts a chunk's rows within a second or so of its commit: the next chunk's check
    // must see them, as it does in a run of thousands of chunks.
    runs().afterChunk = async () => {
      const { rows } = await statistics();
      await eventually(
        async () =>
          expect((await statistics()).inserted).toBeGreaterThanOrEqual(before.inserted + rows - before.rows),
        30_000,
        50,
      );
    };
    try {
      const run = await fixture.bus.request(
        RunBilling,
        { communityId: 'BR30', period: '2026-11' },
        accountant,
        {
          timeoutMs: 120_000,
        },
      );
      expect(run).toMatchObject({ status: 'completed', billsIssued: 750, totalFen: 750 * 20_000 });
    } finally {
      runs().afterChunk = undefined;
    }
    const after = await statistics();
    // Two entries per bill: 1,500 in all, more than the table held before and than the minimum (1,000).
    expect(after.rows - before.rows).toBe(1_500);
    expect(after.analyses).toBeGreaterThan(before.analyses);
    await expectLedgerIntact(fixture);
  });

  it('bad input: a malformed period, an unknown basis or a negative rate is 400 naming the field; a reused key is refused; another community is not found', async () => {
    for (const [payload, field] of [
      [{ communityId: 'BR01', period: '2026-13' }, 'period'],
      [{ communityId: 'gz01', period: '2026-11' }, 'communityId'],
    ] as const)
      await expect(request(RunBilling, payload)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field })] },
      });
    for (const [patch, field] of [
      [{ basis: 'per-household' }, 'basis'],
      [{ rateFen: -1 }, 'rateFen'],
      [{ rateFen: 1.5 }, 'rateFen'],
      [{ code: '物业费' }, 'code'],
    ] as const)
      await expect(
        request(SetFeeItemRate, {
          code: 'water',
          name: '水费',
          basis: 'fixed',
          rateFen: 100,
          effectiveFrom: '2026-01-01',
          ...patch,
        }),
      ).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field })] },
      });
    // The run is idempotent by itself; an Idempotency-Key is still bound to its body.
    const key = newId();
    await fixture.bus.request(RunBilling, { communityId: 'BR01', period: '2026-11' }, finance, {
      idempotencyKey: key,
    });
    await expect(
      fixture.bus.request(RunBilling, { communityId: 'BR01', period: '2026-10' }, finance, {
        idempotencyKey: key,
      }),
    ).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(
      await sql(fixture).execute(`select count(*)::int as n from billing_run where period = '2026-10'`),
    ).toEqual([{ n: 0 }]);
    await expect(
      request(
        RunBilling,
        { communityId: 'GZ02', period: '2026-11' },
        staff({ communities: ['GZ01'], roles: ['finance'] }),
      ),
    ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
  });

  it('BIL-2, decision 0247: a run for a community residents never announced is 404 COMMUNITY_NOT_FOUND and records nothing; once announced, its month is billed', async () => {
    await expect(request(RunBilling, { communityId: 'BR98', period: '2026-10' })).rejects.toMatchObject({
      code: 'COMMUNITY_NOT_FOUND',
    });
    expect(
      await sql(fixture).execute(`select count(*)::int as n from billing_run where community_id = 'BR98'`),
    ).toEqual([{ n: 0 }]);
    await community('BR98', 1);
    expect(await request(RunBilling, { communityId: 'BR98', period: '2026-10' })).toMatchObject({
      status: 'completed',
      billsIssued: 1,
    });
  });

  it('BIL-4: the arrears list gives each unpaid bill its reminder stage at 15, 30 and 60 days; the collection rate is collected ÷ billed', async () => {
    await announce('BR01', '翠湖山庄');
    const november = (await billsOf('BR01')).filter((b) => b.description.startsWith('2026-11'));
    const [paid] = await sql(fixture).execute<{ id: string; unit_id: string; payer_person_id: string }[]>(
      `select id, unit_id, payer_person_id from bill where community_id = 'BR01' and source_key like '2026-11:%' order by number limit 1`,
    );
    await request(RecordPayment, {
      unitId: paid!.unit_id,
      payerPersonId: paid!.payer_person_id,
      method: 'bank-transfer',
      amountFen: 28_350,
      externalTransactionId: `ICBC-${newId()}`,
      billIds: [paid!.id],
    });
    const rate = await eventually(() =>
      request<CollectionRateView>(GetCollectionRate, { communityId: 'BR01', period: '2026-11' }),
    );
    expect(november).toHaveLength(2);
    expect(rate).toEqual({
      communityId: 'BR01',
      period: '2026-11',
      billedFen: 56_700,
      collectedFen: 28_350,
      rateBasisPoints: 5_000,
    });
    // Decision 0360: arrears are counted as of a day that has come (a later one is refused).
    clock(fixture).travelTo(at('2027-02-01T09:00:00'));
    const arrears = await request<ArrearsView>(ListArrears, { communityId: 'BR01', asOf: '2027-01-15' });
    expect(arrears.items.map((i) => [i.dueDate, i.daysOverdue, i.reminderStage, i.outstandingFen])).toEqual([
      ['2026-11-30', 46, 'day-30', 28_350],
      ['2026-12-31', 15, 'day-15', 32_825],
      ['2026-12-31', 15, 'day-15', 32_825],
    ]);
    expect(arrears.totalFen).toBe(94_000);
    expect(arrears.items[0]).toMatchObject({
      reminderStageLabel: '逾期30天催缴',
      unitLabel: expect.stringMatching(/^3栋/),
    });
    // Decision 0348: a page at a time, in the same order; the total and count are the whole list's.
    const first = await request<ArrearsView>(ListArrears, {
      communityId: 'BR01',
      asOf: '2027-01-15',
      limit: 2,
    });
    expect(first).toMatchObject({ totalFen: 94_000, billCount: 3, nextCursor: expect.any(String) });
    const second = await request<ArrearsView>(ListArrears, {
      communityId: 'BR01',
      asOf: '2027-01-15',
      limit: 2,
      cursor: first.nextCursor,
    });
    expect(second.nextCursor).toBeUndefined();
    expect([...first.items, ...second.items]).toEqual(arrears.items);
    for (const [patch, field] of [
      [{ limit: 0 }, 'limit'],
      [{ limit: 201 }, 'limit'],
      [{ cursor: 'not-a-cursor' }, 'cursor'],
    ] as const)
      await expect(
        request(ListArrears, { communityId: 'BR01', asOf: '2027-01-15', ...patch }),
      ).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field })] },
      });
    // A month with nothing billed has no rate (not 0%).
    expect(await request(GetCollectionRate, { communityId: 'BR01', period: '2099-01' })).toEqual({
      communityId: 'BR01',
      period: '2099-01',
      billedFen: 0,
      collectedFen: 0,
    });
    const later = await request<ArrearsView>(ListArrears, { communityId: 'BR01', asOf: '2027-02-01' });
    expect(later.items.map((i) => i.reminderStage)).toEqual(['day-60', 'day-30', 'day-30']);
    // Reminders are announced once per bill and stage, however often they are sent.
    // Reminders are sent on their day, never ahead of it.
    clock(fixture).travelTo(at('2027-02-01T09:00:00'));
    const remind = (asOf: string) => request<RemindersSentView>(SendReminders, { communityId: 'BR01', asOf });
    expect(await remind('2027-01-15')).toMatchObject({ sent: 3 });
    expect(await remind('2027-01-15')).toMatchObject({ sent: 0 });
    expect(await remind('2027-02-01')).toMatchObject({ sent: 3 });
    await eventually(async () => {
      const due = (await fixture.bus.events('BILLING')).filter((e) => e.type === 'bill.reminder-due.v1');
      expect(due.map((e) => (e.data as { stage: string }).stage).sort()).toEqual(
        ['day-15', 'day-15', 'day-30', 'day-30', 'day-30', 'day-60'].sort(),
      );
    });
    await expect(request(ListArrears, { communityId: 'ZZ99' })).rejects.toMatchObject({
      code: 'COMMUNITY_NOT_FOUND',
    });
    await expect(request(GetCollectionRate, { communityId: 'BR01', period: '2026-1' })).rejects.toMatchObject(
      {
        code: 'VALIDATION_FAILED',
      },
    );
  });

  it('BIL-4, decision 0253: reminders as of a past day never announce a stage below one already announced, nor a bill not yet issued then', async () => {
    clock(fixture).travelTo(at('2026-12-05T09:00:00'));
    await community('BR21', 1);
    await request(RunBilling, { communityId: 'BR21', period: '2026-11' }); // due 2026-11-30
    clock(fixture).travelTo(at('2027-02-01T09:00:00'));
    await request(RunBilling, { communityId: 'BR21', period: '2026-12' }); // issued today, due 2026-12-31
    const remind = (asOf: string) => request<RemindersSentView>(SendReminders, { communityId: 'BR21', asOf });
    // November's bill is 63 days late: its 60-day reminder; December's is 32 days late: 30 days.
    expect(await remind('2027-02-01')).toMatchObject({ sent: 2 });
    // As of 20 January, November's bill was 51 days late (30 days: below its 60 already sent), and
    // December's (20 days late) did not exist yet: nothing is announced.
    expect(await remind('2027-01-20')).toMatchObject({ sent: 0 });
    expect(await remind('2026-12-20')).toMatchObject({ sent: 0 });
    expect(
      await sql(fixture).execute(
        `select r.stage from bill_reminder r join bill b on b.id = r.bill_id where b.community_id = 'BR21' order by b.number`,
      ),
    ).toEqual([{ stage: 'day-60' }, { stage: 'day-30' }]);
  });

  it('BIL-13: a late fee accrues after 15 days’ grace at the item’s daily rate, once per day, never on itself; waiving it needs a cs-manager', async () => {
    // Accruals are made on the day, never ahead of it (decision 0196).
    clock(fixture).travelTo(at('2027-01-24T09:00:00'));
    await request(SetFeeItemRate, {
      code: 'property-management',
      name: '物业管理费',
      basis: 'per-square-metre',
      rateFen: 300,
      effectiveFrom: '2026-01-01',
      lateFee: { kind: 'daily-rate', value: 5 },
    });
    await community('BR04', 1);
    await request(RunBilling, { communityId: 'BR04', period: '2026-11' });
    const accrue = (asOf: string) =>
      request<LateFeeAccrualView>(AccrueLateFees, { communityId: 'BR04', asOf });
    expect(await accrue('2026-12-15')).toMatchObject({ billsIssued: 0, totalFen: 0 });
    // 30 days late on ¥268.50 of management fee (the rubbish fee provides for none): 0.05% a day.
    expect(await accrue('2027-01-14')).toMatchObject({ billsIssued: 1, totalFen: 402 });
    expect(await accrue('2027-01-14')).toMatchObject({ billsIssued: 0, totalFen: 0 });
    expect(await accrue('2027-01-24')).toMatchObject({ billsIssued: 1, totalFen: 135 });
    const lateFees = await sql(fixture).execute<{ id: string; amount_fen: string }[]>(
      `select id, amount_fen from bill where community_id = 'BR04' and source = 'late-fee' order by number`,
    );
    expect(lateFees.map((b) => Number(b.amount_fen))).toEqual([402, 135]);
    // Decision 0250: a credit note is no way around the cs-manager, for finance nor for anyone.
    const manager = staff({ sub: 'staff-0101', name: '陈经理', roles: ['cs-manager'], communities: ['*'] });
    for (const caller of [finance, manager])
      await expect(
        request(IssueCreditNote, { billId: lateFees[0]!.id, amountFen: 402, reason: '客户要求减免' }, caller),
      ).rejects.toMatchObject({
        code: 'BUSINESS_RULE_VIOLATED',
        details: {
          field: 'billId',
          waiverPath: `/api/v1/bills/${lateFees[0]!.id}/waiver`,
          errors: [expect.objectContaining({ field: 'billId', message: expect.stringContaining('/waiver') })],
        },
      });
    await expect(
      request(WaiveLateFee, { billId: lateFees[0]!.id, reason: '业主首次逾期' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      await request(WaiveLateFee, { billId: lateFees[0]!.id, reason: '业主首次逾期，经理批准减免' }, manager),
    ).toMatchObject({ status: 'cancelled', creditedFen: 402, outstandingFen: 0 });
    await expectLedgerIntact(fixture);
  });

  it('BIL-1, BIL-13 (decision 0346): a bill accrues late fees on the terms in force when it was issued; later terms or a clear apply to later bills', async () => {
    clock(fixture).travelTo(at('2027-01-24T09:00:00'));
    // An item of apartments only: the other tests' residences never bill it.
    const item = {
      code: 'apartment-service-0346',
      name: '公寓服务费',
      basis: 'fixed',
      unitTypes: ['apartment'],
      rateFen: 10_000,
      effectiveFrom: '2026-01-01',
    };
    await request(SetFeeItemRate, { ...item, lateFee: { kind: 'daily-rate', value: 5, graceDays: 0 } });
    await announce('BR46');
    const unitId = newId();
    await publish(
      UnitCreated,
      unitId,
      { unitId, buildingId: newId(), label: '9栋0101', type: 'apartment', grossAreaCentiM2: 5_000 },
      'BR46',
    );
    await eventually(async () =>
      expect(
        await sql(fixture).execute(`select count(*)::int as n from unit_replica where unit_id = ?`, [unitId]),
      ).toEqual([{ n: 1 }]),
    );
    await eventually(async () => expect(await fixture.bus.consumersIdle()).toBe(true));
    await request(RunBilling, { communityId: 'BR46', period: '2026-10' });
    // Ten times the rate from December: October's bill keeps 5 bp a day.
    await request(SetFeeItemRate, {
      ...item,
      effectiveFrom: '2026-12-01',
      lateFee: { kind: 'daily-rate', value: 50, graceDays: 0 },
    });
    await request(RunBilling, { communityId: 'BR46', period: '2026-12' });
    /** Per month's line of the item: its terms' daily rate and the late fees charged on it. */
    const accrued = () =>
      sql(fixture).execute(
        `select l.late_fee->>'value' as bp,
                (select coalesce(sum(f.amount_fen), 0)::int from bill f
                  where f.source = 'late-fee' and f.source_key like l.id || ':%') as fen
         from bill b join bill_line l on l.bill_id = b.id
         where b.unit_id = ? and b.source = 'periodic' and l.item_code = ? order by b.due_date`,
        [unitId, item.code],
      );
    const accrue = (asOf: string) => request(AccrueLateFees, { communityId: 'BR46', asOf });
    // October due 31 Oct: 61 days to 31 Dec at 5 bp on ¥100 = 305 fen; December not due yet.
    await accrue('2026-12-31');
    expect(await accrued()).toEqual([
      { bp: '5', fen: 305 },
      { bp: '50', fen: 0 },
    ]);
    // Cleared from January: the bills already issued still accrue, each on its own terms.
    await request(SetFeeItemRate, { ...item, effectiveFrom: '2027-01-01', clear: ['lateFee'] });
    await request(RunBilling, { communityId: 'BR46', period: '2027-01' });
    // October: 71 days → 355; December: 10 days at 50 bp → 500; January: no terms (and not due).
    await accrue('2027-01-10');
    expect(await accrued()).toEqual([
      { bp: '5', fen: 355 },
      { bp: '50', fen: 500 },
      { bp: null, fen: 0 },
    ]);
    await expectLedgerIntact(fixture);
  });

  it("BIL-13, BIL-2: late fees are not accrued as of a day after today, nor a month billed before it begins, in the community's time zone", async () => {
    // 01:00 on 1 January 2027 in Shanghai, still 31 December in Urumqi (UTC+6) and in UTC.
    clock(fixture).travelTo(at('2027-01-01T01:00:00'));
    await announce('BR06', '天山花园', 'residential', 'Asia/Urumqi');
    await eventually(async () =>
      expect(
        await sql(fixture).execute(`select time_zone from community_replica where community_id = 'BR06'`),
      ).toEqual([{ time_zone: 'Asia/Urumqi' }]),
    );
    await request(SetFeeItemRate, {
      code: 'property-management',
      name: '物业管理费',
      basis: 'per-square-metre',
      rateFen: 300,
      effectiveFrom: '2026-01-01',
      lateFee: { kind: 'daily-rate', value: 5 },
    });
    await community('BR05', 1);
    await community('BR06', 1);
    const refused = (field: string) => ({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field })] },
    });

    // BIL-2: the month after the current one is not billed yet; the current one is.
    for (const [communityId, period] of [
      ['BR05', '2027-02'],
      ['BR05', '2999-12'],
      ['BR06', '2027-01'],
    ] as const)
      await expect(request(RunBilling, { communityId, period })).rejects.toMatchObject(refused('period'));
    expect(await request(RunBilling, { communityId: 'BR05', period: '2027-01' })).toMatchObject({
      status: 'completed',
    });
    await request(RunBilling, { communityId: 'BR05', period: '2026-11' });
    await request(RunBilling, { communityId: 'BR06', period: '2026-11' });
    expect(
      await sql(fixture).execute(
        `select community_id, period from billing_run where community_id in ('BR05', 'BR06') order by 1, 2`,
      ),
    ).toEqual([
      { community_id: 'BR05', period: '2026-11' },
      { community_id: 'BR05', period: '2027-01' },
      { community_id: 'BR06', period: '2026-11' },
    ]);

    // BIL-13: the November bills are overdue, but nothing is charged today for days still to come.
    for (const [communityId, asOf] of [
      ['BR05', '2027-01-02'],
      ['BR05', '2999-12-31'],
      ['BR06', '2027-01-01'],
    ] as const)
      await expect(request(AccrueLateFees, { communityId, asOf })).rejects.toMatchObject(refused('asOf'));
    expect(
      await sql(fixture).execute(
        `select count(*)::int as n from bill where community_id in ('BR05', 'BR06') and source = 'late-fee'`,
      ),
    ).toEqual([{ n: 0 }]);
    // 17 days late in Shanghai, 16 in Urumqi, on ¥268.50 at 0.05% a day.
    expect(
      await request<LateFeeAccrualView>(AccrueLateFees, { communityId: 'BR05', asOf: '2027-01-01' }),
    ).toMatchObject({ billsIssued: 1, totalFen: 228 });
    expect(
      await request<LateFeeAccrualView>(AccrueLateFees, { communityId: 'BR06', asOf: '2026-12-31' }),
    ).toMatchObject({ billsIssued: 1, totalFen: 214 });
    await expectLedgerIntact(fixture);
  });
  it("BIL-5, BIL-2: a payer's credit is set against the month's bill at the run; what it does not cover is owed; payers without credit owe in full", async () => {
    await request(SetFeeItemRate, {
      code: 'property-management',
      name: '物业管理费',
      basis: 'per-square-metre',
      rateFen: 300,
      effectiveFrom: '2026-01-01',
    });
    const [short, ample, none] = await community('BR19', 3);
    // The run reads the owners: wait until billing has heard of them.
    await eventually(async () =>
      expect(
        await sql(fixture).execute(`select count(*)::int as n from occupancy_replica where unit_id in (?)`, [
          [short!.unitId, ample!.unitId, none!.unitId],
        ]),
      ).toEqual([{ n: 3 }]),
    );
    for (const [unit, amountFen] of [
      [short!, 10_000],
      [ample!, 1_000_000],
    ] as const)
      await request(RecordPayment, {
        unitId: unit.unitId,
        payerPersonId: unit.ownerId,
        method: 'cash',
        amountFen,
      });
    await request(RunBilling, { communityId: 'BR19', period: '2026-12' });
    const statementOf = (unitId: string) => request<StatementView>(GetStatement, { unitId });
    const [a, b, c] = [
      await statementOf(short!.unitId),
      await statementOf(ample!.unitId),
      await statementOf(none!.unitId),
    ];
    const billed = c.bills[0]!.amountFen;
    expect(billed).toBeGreaterThan(10_000);
    expect(a).toMatchObject({ creditFen: 0, owedFen: billed - 10_000 });
    expect(a.bills[0]).toMatchObject({ paidFen: 10_000, status: 'open', payerPersonId: short!.ownerId });
    expect(b).toMatchObject({ creditFen: 1_000_000 - billed, owedFen: 0 });
    expect(b.bills[0]).toMatchObject({ paidFen: billed, status: 'paid', statusLabel: '已缴清' });
    expect(b.creditEntries.map((e) => [e.kind, e.amountFen])).toEqual([
      ['overpayment', 1_000_000],
      ['applied', -billed],
    ]);
    expect(c).toMatchObject({ creditFen: 0, owedFen: billed });
    // The collection rate counts what credit paid as collected.
    await announce('BR19', '南湖花园');
    expect(
      await eventually(() =>
        request<CollectionRateView>(GetCollectionRate, { communityId: 'BR19', period: '2026-12' }),
      ),
    ).toMatchObject({
      billedFen: 3 * billed,
      collectedFen: billed + 10_000,
    });
    // A second run bills nothing and spends nothing.
    await request(RunBilling, { communityId: 'BR19', period: '2026-12' });
    expect((await statementOf(ample!.unitId)).creditFen).toBe(1_000_000 - billed);
    await expectLedgerIntact(fixture);
  });

  it('BIL-1, BIL-2: a rate whose month on the largest unit would exceed the largest amount is refused (422 AMOUNT_TOO_LARGE naming rateFen), at the rate and at the run, and nothing is billed', async () => {
    const items = await sql(fixture).execute(`select count(*)::int as n from fee_rate`);
    await expect(
      request(SetFeeItemRate, {
        code: 'property-management',
        name: '物业管理费',
        basis: 'per-square-metre',
        rateFen: 1_000_001,
        effectiveFrom: '2026-12-01',
      }),
    ).rejects.toMatchObject({
      code: 'AMOUNT_TOO_LARGE',
      details: { field: 'rateFen', errors: [expect.objectContaining({ field: 'rateFen' })] },
    });
    expect(await sql(fixture).execute(`select count(*)::int as n from fee_rate`)).toEqual(items);
    // A rate stored before the bound (another company, so HRX's items stay as they are): refused at
    // the run, before any bill.
    const em = sql(fixture);
    await em.execute(
      `insert into fee_item (id, company_id, code, name, basis, created_at) values (?, 'BIG', 'property-management', '物业管理费', 'per-square-metre', now())`,
      [newId()],
    );
    await em.execute(
      `insert into fee_rate (id, company_id, item_code, effective_from, amount_fen) values (?, 'BIG', 'property-management', '2026-01-01', 1000000000000)`,
      [newId()],
    );
    await em.execute(
      `insert into community_replica (company_id, community_id, name, time_zone, version)
       values ('BIG', 'BG01', '巨石花园', 'Asia/Shanghai', 1)`,
    );
    await em.execute(
      `insert into unit_replica (unit_id, company_id, community_id, label, type, gross_area_centi_m2, version)
       values (?, 'BIG', 'BG01', '1栋101', 'residence', 8950, 1)`,
      [newId()],
    );
    const big = staff({
      sub: 'staff-0302',
      name: '吴刚',
      roles: ['finance'],
      communities: ['*'],
      companyId: 'BIG',
    });
    await expect(request(RunBilling, { communityId: 'BG01', period: '2026-12' }, big)).rejects.toMatchObject({
      code: 'AMOUNT_TOO_LARGE',
      details: { field: 'rateFen' },
    });
    expect(await em.execute(`select count(*)::int as n from bill where company_id = 'BIG'`)).toEqual([
      { n: 0 },
    ]);
  });

  it('BIL-2 (0244): a tenant whose lease puts the fees on them is billed for the days of the lease, the owner for the rest, for the month and for a meter; a tenant who does not pay is never billed', async () => {
    clock(fixture).travelTo(at('2026-12-05T09:00:00'));
    await request(SetFeeItemRate, {
      code: 'water-br09',
      name: '水费',
      basis: 'metered',
      rateFen: 300,
      effectiveFrom: '2026-01-01',
    });
    await request(SetFeeItemRate, {
      code: 'property-management',
      name: '物业管理费',
      basis: 'per-square-metre',
      rateFen: 300,
      effectiveFrom: '2026-01-01',
    });
    await announce('TP01', '天河商务大厦', 'office');
    const [leased, let_] = await community('TP01', 2);
    const payingTenant = newId();
    const tenant = newId();
    for (const [unitId, personId, startDate, paysFees] of [
      [leased!.unitId, payingTenant, '2026-11-11', true],
      [let_!.unitId, tenant, '2026-10-01', false],
    ] as const) {
      const occupancyId = newId();
      await publish(
        OccupancyStarted,
        occupancyId,
        { occupancyId, unitId, personId, role: 'tenant', startDate, ...(paysFees ? { paysFees } : {}) },
        'TP01',
      );
    }
    await eventually(async () => expect(await fixture.bus.consumersIdle()).toBe(true));
    await request(RunBilling, { communityId: 'TP01', period: '2026-11' });
    await request(RecordMeterReading, {
      communityId: 'TP01',
      unitId: leased!.unitId,
      itemCode: 'water-br09',
      period: '2026-11',
      previousReading: 0,
      reading: 30,
    });
    const bills = await sql(fixture).execute<
      { unit_id: string; payer_person_id: string; source: string; description: string; lines: string[] }[]
    >(
      `select b.unit_id, b.payer_person_id, b.source, b.description,
              array_agg(l.description order by l.line_no) as lines
         from bill b join bill_line l on l.bill_id = b.id
        where b.community_id = 'TP01' group by b.id order by b.source, b.unit_id, b.payer_person_id`,
    );
    const split = (unitId: string, source: string) =>
      Object.fromEntries(
        bills
          .filter((b) => b.unit_id === unitId && b.source === source)
          .map((b) => [b.payer_person_id, b.lines.every((l) => l.endsWith('天）')) ? b.lines[0] : 'whole']),
      );
    // The lease began on the 11th: twenty days of November are the tenant's, ten the owner's.
    expect(split(leased!.unitId, 'periodic')).toEqual({
      [payingTenant]: expect.stringContaining('（20/30天）'),
      [leased!.ownerId]: expect.stringContaining('（10/30天）'),
    });
    expect(split(leased!.unitId, 'metered')).toEqual({
      [payingTenant]: '2026-11 水费（20/30天）',
      [leased!.ownerId]: '2026-11 水费（10/30天）',
    });
    expect(Object.keys(split(let_!.unitId, 'periodic'))).toEqual([let_!.ownerId]);
    await expectLedgerIntact(fixture);
  });

  it('BIL-1, GEN-3 (decision 0256): a rate that bills were priced at is never rewritten: 409 naming effectiveFrom, nothing changed; later days take a new rate', async () => {
    // A company of its own, so that no other test's month bills this item.
    const co = staff({
      sub: 'staff-0303',
      name: '郑洁',
      roles: ['finance'],
      communities: ['*'],
      companyId: 'RATE',
    });
    const item = {
      code: 'parking-management',
      name: '车位管理费',
      basis: 'fixed',
      effectiveFrom: '2026-09-01',
    };
    await request(SetFeeItemRate, { ...item, rateFen: 10_001 }, co);
    const em = sql(fixture);
    await em.execute(
      `insert into community_replica (company_id, community_id, name, time_zone, version)
       values ('RATE', 'RT01', '定价花园', 'Asia/Shanghai', 1)`,
    );
    await em.execute(
      `insert into unit_replica (unit_id, company_id, community_id, label, type, gross_area_centi_m2, version)
       values (?, 'RATE', 'RT01', '车位B-001', 'parking', 1250, 1)`,
      [newId()],
    );
    await request(RunBilling, { communityId: 'RT01', period: '2026-09' }, co);
    const rates = async () =>
      (await request<FeeItemsView>(ListFeeItems, {}, co)).items.find((i) => i.code === item.code)?.rates;
    for (const [effectiveFrom, rateFen] of [
      ['2026-09-01', 20_002], // the same day, another amount
      ['2026-09-01', 0],
    ] as const)
      await expect(request(SetFeeItemRate, { ...item, effectiveFrom, rateFen }, co)).rejects.toMatchObject({
        code: 'CONFLICT',
        details: { field: 'effectiveFrom', errors: [expect.objectContaining({ field: 'effectiveFrom' })] },
      });
    expect(await rates()).toEqual([{ effectiveFrom: '2026-09-01', rateFen: 10_001 }]);
    // The same amount again (a new name, say) rewrites nothing; a month not billed yet takes a new rate.
    await request(SetFeeItemRate, { ...item, name: '机动车位管理费', rateFen: 10_001 }, co);
    await request(SetFeeItemRate, { ...item, effectiveFrom: '2026-10-01', rateFen: 20_002 }, co);
    await request(RunBilling, { communityId: 'RT01', period: '2026-10' }, co);
    await expect(
      request(SetFeeItemRate, { ...item, effectiveFrom: '2026-10-01', rateFen: 30_003 }, co),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'effectiveFrom' } });
    expect(await rates()).toEqual([
      { effectiveFrom: '2026-09-01', rateFen: 10_001 },
      { effectiveFrom: '2026-10-01', rateFen: 20_002 },
    ]);
    expect(
      await em.execute(
        `select amount_fen::int as fen from bill where company_id = 'RATE' order by source_key`,
      ),
    ).toEqual([{ fen: 10_001 }, { fen: 20_002 }]);
  });

  it('BIL-1 (decision 0258): a one-off item’s rate is its price, never billed by the run; billing’s own line codes are no fee item; refusals name the field and change nothing', async () => {
    const co = staff({
      sub: 'staff-0304',
      name: '冯雪',
      roles: ['finance'],
      communities: ['*'],
      companyId: 'ONEO',
    });
    const em = sql(fixture);
    const from = { effectiveFrom: '2026-01-01' };
    await request(
      SetFeeItemRate,
      { code: 'move-in-fees', name: '入住费用', basis: 'fixed', rateFen: 300_000, ...from },
      co,
    );
    await request(
      SetFeeItemRate,
      { code: 'rubbish', name: '生活垃圾处理费', basis: 'fixed', rateFen: 1_500, ...from },
      co,
    );
    const before = await em.execute(`select count(*)::int as n from fee_item where company_id = 'ONEO'`);
    for (const [payload, field] of [
      [{ code: 'late-fee', name: '滞纳金', basis: 'fixed', rateFen: 100 }, 'code'],
      [{ code: 'paid-service', name: '有偿服务', basis: 'fixed', rateFen: 100 }, 'code'],
      [
        { code: 'decoration-waste-removal', name: '装修垃圾清运费', basis: 'per-square-metre', rateFen: 100 },
        'basis',
      ],
    ] as const)
      await expect(request(SetFeeItemRate, { ...payload, ...from }, co)).rejects.toMatchObject({
        code: 'BUSINESS_RULE_VIOLATED',
        details: { field, errors: [expect.objectContaining({ field })] },
      });
    expect(await em.execute(`select count(*)::int as n from fee_item where company_id = 'ONEO'`)).toEqual(
      before,
    );
    await em.execute(
      `insert into community_replica (company_id, community_id, name, time_zone, version)
       values ('ONEO', 'OO01', '一次花园', 'Asia/Shanghai', 1)`,
    );
    await em.execute(
      `insert into unit_replica (unit_id, company_id, community_id, label, type, gross_area_centi_m2, version)
       values (?, 'ONEO', 'OO01', '1栋101', 'residence', 8950, 1)`,
      [newId()],
    );
    await request(RunBilling, { communityId: 'OO01', period: '2026-11' }, co);
    // The month's bill has the periodic item only: the move-in price is charged when a move-in is.
    expect(
      await em.execute(
        `select l.item_code, l.amount_fen::int as fen from bill_line l join bill b on b.id = l.bill_id
          where b.company_id = 'ONEO'`,
      ),
    ).toEqual([{ item_code: 'rubbish', fen: 1_500 }]);
  });
});
