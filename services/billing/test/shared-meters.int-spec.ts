import { describe, expect, it } from '@jest/globals';
import {
  ApportionSharedMeter,
  GetStatement,
  OccupancyEnded,
  OccupancyStarted,
  type SharedMeterApportionmentView,
  type StatementView,
} from '@pcs/contracts';
import { newId } from '@pcs/platform';
import { eventually, staff, useService } from '@pcs/testing';
import { billingService } from '../src/billing.service-spec.js';
import { expectLedgerIntact, ownedUnits, publishResidents, rowCount, sql } from './billing-helpers.js';

const finance = staff({ sub: 'staff-0301', name: '周敏', roles: ['finance'], communities: ['*'] });

describe('shared meters apportioned (BIL-3)', () => {
  const fixture = useService(billingService);
  const request = <R>(payload: object, actor = finance) =>
    fixture.bus.request(ApportionSharedMeter as never, payload, actor) as Promise<R>;
  const count = rowCount(fixture);
  const publish = publishResidents(fixture);

  const building = ownedUnits(fixture);
  const billsOf = (communityId: string) =>
    sql(fixture).execute<
      { unit_id: string; payer_person_id: string | null; amount_fen: string; description: string }[]
    >(
      `select unit_id, payer_person_id, amount_fen, description from bill
        where community_id = ? and source = 'shared-meter' order by unit_id, payer_person_id`,
      [communityId],
    );
  const meter = (communityId: string, units: object[], extra: object = {}) => ({
    communityId,
    period: '2026-11',
    meterCode: 'B5-W01',
    utility: 'public-water',
    basis: 'floor-area',
    amountFen: 10_000,
    units,
    ...extra,
  });

  it('BIL-3: by floor area the parts add up exactly to the amount, the rounding remainder to the largest share; each owner is billed their part', async () => {
    const units = await building('SM01', [8_950, 8_950, 12_000]);
    const view = await request<SharedMeterApportionmentView>(
      meter(
        'SM01',
        units.map((u) => ({ unitId: u.unitId })),
        { note: '11月公共用水总表读数 1,234 吨' },
      ),
    );
    // 10,000 fen over 29,900: 2,993.31, 2,993.31 and 4,013.37 fen; the 1 fen rounding leaves goes to the largest.
    expect(view.parts.map((p) => [p.unitId, p.weight, p.amountFen])).toEqual([
      [units[0]!.unitId, 8_950, 2_993],
      [units[1]!.unitId, 8_950, 2_993],
      [units[2]!.unitId, 12_000, 4_014],
    ]);
    expect(view.parts.reduce((sum, p) => sum + p.amountFen, 0)).toBe(10_000);
    expect(view).toMatchObject({
      utilityLabel: '公共用水分摊',
      basisLabel: '按建筑面积分摊',
      billsIssued: 3,
      parts: [{ unitLabel: '5栋101' }, { unitLabel: '5栋102' }, { unitLabel: '5栋103' }],
    });
    const bills = await billsOf('SM01');
    expect(bills.map((b) => [b.unit_id, b.payer_person_id, Number(b.amount_fen)]).sort()).toEqual(
      units.map((u, i) => [u.unitId, u.ownerId, view.parts[i]!.amountFen]).sort(),
    );
    expect(bills[0]!.description).toBe('2026-11 公共用水分摊（表计 B5-W01）');
    const statement = await fixture.bus.request(GetStatement, { unitId: units[2]!.unitId }, finance);
    expect(
      (statement as StatementView).bills[0]?.lines.map((l) => [l.itemCode, l.itemLabel, l.amountFen]),
    ).toEqual([['public-water', '公共用水分摊', 4_014]]);
    expect(await count('record_history', `record_type = 'shared-meter-apportionment'`)).toBe(1);
    await expectLedgerIntact(fixture);
  });

  it('BIL-3: by sub-meter usage; a unit that used nothing gets no bill, and one that changed hands is billed to each owner by day', async () => {
    const units = await building('SM02', [8_950, 8_950, 8_950]);
    // The second unit was sold on 2026-11-11: its seller held ten days of November, the buyer twenty.
    const buyer = newId();
    const sale = units[1]!;
    await publish(
      OccupancyEnded,
      sale.occupancyId,
      {
        occupancyId: sale.occupancyId,
        unitId: sale.unitId,
        personId: sale.ownerId,
        role: 'owner',
        endDate: '2026-11-10', // the seller's last day; the buyer's first is the 11th (decision 0384)
        reason: '房屋出售',
      },
      'SM02',
    );
    const bought = newId();
    await publish(
      OccupancyStarted,
      bought,
      { occupancyId: bought, unitId: sale.unitId, personId: buyer, role: 'owner', startDate: '2026-11-11' },
      'SM02',
    );
    await eventually(async () => expect(await fixture.bus.consumersIdle()).toBe(true));
    const body = meter(
      'SM02',
      [
        { unitId: units[0]!.unitId, usage: 1_000 },
        { unitId: units[1]!.unitId, usage: 3_000 },
        { unitId: units[2]!.unitId, usage: 0 },
      ],
      { basis: 'sub-meter', utility: 'public-electricity', amountFen: 7_777 },
    );
    const view = await request<SharedMeterApportionmentView>(body);
    expect(view.parts.map((p) => p.amountFen)).toEqual([1_944, 5_833, 0]);
    // Sent again, usages and all, it answers the same and bills nothing more.
    expect(await request(body)).toEqual(view);
    expect(view.billsIssued).toBe(3);
    const bills = await billsOf('SM02');
    expect(bills.some((b) => b.unit_id === units[2]!.unitId)).toBe(false);
    const sold = bills.filter((b) => b.unit_id === units[1]!.unitId);
    expect(Object.fromEntries(sold.map((b) => [b.payer_person_id, Number(b.amount_fen)]))).toEqual({
      [units[1]!.ownerId]: 1_944,
      [buyer]: 3_889,
    });
    expect(bills.reduce((sum, b) => sum + Number(b.amount_fen), 0)).toBe(7_777);
    await expectLedgerIntact(fixture);
  });

  it('BIL-3: once per meter and month: the same call again answers the same and bills nothing; another amount is 409 naming meterCode; two at once bill once', async () => {
    const units = await building('SM03', [8_950, 10_000]);
    const body = meter(
      'SM03',
      units.map((u) => ({ unitId: u.unitId })),
    );
    const [first, second] = await Promise.all([
      request<SharedMeterApportionmentView>(body),
      request<SharedMeterApportionmentView>(body),
    ]);
    expect(second).toEqual(first);
    expect(await request(body)).toEqual(first);
    expect((await billsOf('SM03')).length).toBe(2);
    for (const other of [
      { amountFen: 10_001 },
      { units: [{ unitId: units[0]!.unitId }] },
      { basis: 'sub-meter', units: units.map((u) => ({ unitId: u.unitId, usage: 1 })) },
    ])
      await expect(request({ ...body, ...other })).rejects.toMatchObject({
        code: 'APPORTIONMENT_EXISTS',
        details: { errors: [{ field: 'meterCode' }] },
      });
    expect((await billsOf('SM03')).length).toBe(2);
    // Another meter of the building is apportioned on its own.
    const other = await request<SharedMeterApportionmentView>({ ...body, meterCode: 'B5-W02' });
    expect(other.billsIssued).toBe(2);
    await expectLedgerIntact(fixture);
  });

  it('BIL-3: bad input is refused naming the field and writes nothing', async () => {
    const units = await building('SM04', [8_950, 8_950]);
    const ids = units.map((u) => ({ unitId: u.unitId }));
    const before = { bills: await count('bill'), rows: await count('shared_meter_apportionment') };
    const cases: [object, string, string][] = [
      [meter('SM04', [...ids, { unitId: newId() }]), 'VALIDATION_FAILED', 'units[2].unitId'],
      [meter('SM04', [...ids, ids[0]!]), 'VALIDATION_FAILED', 'units[2].unitId'],
      [meter('SM04', ids, { basis: 'sub-meter' }), 'VALIDATION_FAILED', 'units[0].usage'],
      [meter('SM04', [{ ...ids[0], usage: 5 }, ids[1]]), 'VALIDATION_FAILED', 'units[0].usage'],
      [
        meter(
          'SM04',
          ids.map((u) => ({ ...u, usage: 0 })),
          { basis: 'sub-meter' },
        ),
        'BUSINESS_RULE_VIOLATED',
        'units',
      ],
      [meter('SM04', ids, { period: '2999-01' }), 'VALIDATION_FAILED', 'period'],
      [meter('SM04', ids, { period: '2026-13' }), 'VALIDATION_FAILED', 'period'],
      [meter('SM04', ids, { meterCode: 'B5 W01' }), 'VALIDATION_FAILED', 'meterCode'],
      [meter('SM04', ids, { amountFen: 0 }), 'VALIDATION_FAILED', 'amountFen'],
      [meter('SM04', ids, { amountFen: 1.5 }), 'VALIDATION_FAILED', 'amountFen'],
      [meter('SM04', ids, { utility: 'gas' }), 'VALIDATION_FAILED', 'utility'],
      [meter('SM04', ids, { basis: 'per-household' }), 'VALIDATION_FAILED', 'basis'],
      [meter('SM04', []), 'VALIDATION_FAILED', 'units'],
      [meter('SM04', [{ unitId: 'not-a-uuid' }]), 'VALIDATION_FAILED', 'units[0].unitId'],
      [
        meter('SM04', [{ ...ids[0], usage: -1 }], { basis: 'sub-meter' }),
        'VALIDATION_FAILED',
        'units[0].usage',
      ],
      // Units of another community are not this community's.
      [meter('SM01', ids), 'VALIDATION_FAILED', 'units[0].unitId'],
    ];
    for (const [payload, code, field] of cases)
      await expect(request(payload)).rejects.toMatchObject({
        code,
        details: { errors: expect.arrayContaining([expect.objectContaining({ field })]) },
      });
    // A community the caller may not see does not exist for them (GEN-5).
    await expect(
      request(meter('SM04', ids), staff({ roles: ['finance'], communities: ['GZ01'] })),
    ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
    expect({ bills: await count('bill'), rows: await count('shared_meter_apportionment') }).toEqual(before);
  });
});
