import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  AccrueLateFees,
  GetStatement,
  IssueCreditNote,
  ListMeterReadings,
  RecordMeterReading,
  RunBilling,
  SetFeeItemRate,
  type BillingRunView,
  type LateFeeAccrualView,
  type MeterReadingsView,
  type MeterReadingView,
  type StatementView,
} from '@pcs/contracts';
import { newId } from '@pcs/platform';
import { staff, useService } from '@pcs/testing';
import { billingService } from '../src/billing.service-spec.js';
import { at, clock, expectLedgerIntact, ownedUnits, rowCount, sql } from './billing-helpers.js';

const finance = staff({ sub: 'staff-0301', name: '周敏', roles: ['finance'], communities: ['*'] });

describe('meters read and billed at their item’s rate (BIL-1)', () => {
  const fixture = useService(billingService);
  const ask = <R>(def: { subject: string }, payload: object, actor = finance) =>
    fixture.bus.request(def as never, payload, actor) as Promise<R>;
  const read = (payload: object, actor = finance) =>
    ask<MeterReadingView>(RecordMeterReading, payload, actor);
  const count = rowCount(fixture);
  const building = ownedUnits(fixture);
  const billsOf = (unitId: string) =>
    sql(fixture).execute<
      {
        id: string;
        payer_person_id: string | null;
        amount_fen: string;
        description: string;
        status: string;
      }[]
    >(
      `select id, payer_person_id, amount_fen, description, status from bill
        where unit_id = ? and source = 'metered' order by issued_at, number`,
      [unitId],
    );
  /** A metered item of its own per test: items are the company's. */
  const meteredItem = async (code: string, rateFen: number, extra: object = {}) =>
    ask(SetFeeItemRate, {
      code,
      name: '水费',
      basis: 'metered',
      rateFen,
      effectiveFrom: '2026-01-01',
      ...extra,
    });

  beforeEach(() => clock(fixture).travelTo(at('2026-12-05T09:00:00')));

  it('BIL-1: a reading bills its usage at the rate in effect on the month’s first day; the next month starts where it ended; the billing run leaves metered items to their readings', async () => {
    await meteredItem('water-mr1', 385);
    // From December the water costs more: November's reading keeps November's rate.
    await meteredItem('water-mr1', 420, { effectiveFrom: '2026-11-15' });
    await ask(SetFeeItemRate, {
      code: 'rubbish-mr1',
      name: '生活垃圾处理费',
      basis: 'fixed',
      rateFen: 1_500,
      effectiveFrom: '2026-01-01',
    });
    const [unit] = await building('MR01', [8_950]);
    const october = await read({
      communityId: 'MR01',
      unitId: unit!.unitId,
      itemCode: 'water-mr1',
      period: '2026-10',
      previousReading: 1_000,
      reading: 1_012,
      note: '首次抄表',
    });
    expect(october).toMatchObject({
      unitLabel: '5栋101',
      itemName: '水费',
      previousReading: 1_000,
      reading: 1_012,
      usage: 12,
      rateFen: 385,
      amountFen: 4_620,
      billsIssued: 1,
      revision: 1,
      meterReplaced: false,
      recordedByName: '周敏',
      note: '首次抄表',
    });
    const november = await read({
      communityId: 'MR01',
      unitId: unit!.unitId,
      itemCode: 'water-mr1',
      period: '2026-11',
      reading: 1_030,
    });
    expect(november).toMatchObject({ previousReading: 1_012, usage: 18, rateFen: 385, amountFen: 6_930 });
    const bills = await billsOf(unit!.unitId);
    expect(bills.map((b) => [b.payer_person_id, Number(b.amount_fen), b.description])).toEqual([
      [unit!.ownerId, 4_620, '2026-10 水费（上次读数 1000，本次读数 1012，用量 12）'],
      [unit!.ownerId, 6_930, '2026-11 水费（上次读数 1012，本次读数 1030，用量 18）'],
    ]);
    const statement = await ask<StatementView>(GetStatement, { unitId: unit!.unitId });
    expect(
      statement.bills
        .filter((b) => b.source === 'metered')
        .map((b) => [b.sourceLabel, b.lines[0]?.itemLabel]),
    ).toEqual([
      ['抄表计费', '水费'],
      ['抄表计费', '水费'],
    ]);
    // The month's run bills the fixed item only: the water is billed by its readings.
    const run = await ask<BillingRunView>(RunBilling, { communityId: 'MR01', period: '2026-11' });
    expect(run).toMatchObject({ billsIssued: 1, totalFen: 1_500 });
    const sheet = await ask<MeterReadingsView>(ListMeterReadings, { communityId: 'MR01', period: '2026-11' });
    expect(sheet.items).toEqual([november]);
    expect(
      (
        await ask<MeterReadingsView>(ListMeterReadings, {
          communityId: 'MR01',
          period: '2026-11',
          itemCode: 'power',
        })
      ).items,
    ).toEqual([]);
    expect(await count('record_history', `record_type = 'meter-reading'`)).toBe(2);
    await expectLedgerIntact(fixture);
  });

  it('BIL-1: once per unit, item and month: the same reading again answers the same and two at once bill once; another figure is 409 until the bills are cancelled, then it is the next revision', async () => {
    await meteredItem('water-mr2', 385);
    const [unit] = await building('MR02', [8_950]);
    const body = {
      communityId: 'MR02',
      unitId: unit!.unitId,
      itemCode: 'water-mr2',
      period: '2026-10',
      previousReading: 500,
      reading: 520,
    };
    const [first, second] = await Promise.all([read(body), read(body)]);
    expect(second).toEqual(first);
    expect(await read({ ...body, previousReading: undefined })).toEqual(first);
    expect(await billsOf(unit!.unitId)).toHaveLength(1);
    await expect(read({ ...body, reading: 502 })).rejects.toMatchObject({
      code: 'READING_EXISTS',
      details: { errors: [{ field: 'reading' }] },
    });
    // A mistyped reading is corrected as any bill is (BIL-6): a credit note for all of it, then again.
    const [bill] = await billsOf(unit!.unitId);
    await ask(IssueCreditNote, { billId: bill!.id, amountFen: 7_700, reason: '抄表读数录入错误' });
    const corrected = await read({ ...body, reading: 502, note: '更正读数' });
    expect(corrected).toMatchObject({ reading: 502, usage: 2, amountFen: 770, revision: 2, billsIssued: 1 });
    expect((await billsOf(unit!.unitId)).map((b) => [Number(b.amount_fen), b.status])).toEqual([
      [7_700, 'cancelled'],
      [770, 'open'],
    ]);
    expect(await read({ ...body, reading: 502 })).toEqual(corrected);
    // Once a later month is read, an earlier one can no longer change: the later one starts from it.
    await read({ ...body, period: '2026-11', previousReading: undefined, reading: 530 });
    const [, open] = await billsOf(unit!.unitId);
    await ask(IssueCreditNote, { billId: open!.id, amountFen: 770, reason: '抄表读数录入错误' });
    await expect(read({ ...body, reading: 503 })).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { errors: [{ field: 'period' }] },
    });
    await expectLedgerIntact(fixture);
  });

  it('BIL-1: a meter that read less is refused unless it was replaced; a replaced meter starts from its new reading; a reading with no usage bills nothing', async () => {
    await meteredItem('power-mr3', 62, { name: '电费' });
    const [unit] = await building('MR03', [8_950]);
    const body = { communityId: 'MR03', unitId: unit!.unitId, itemCode: 'power-mr3' };
    // The meter's first reading needs where it started.
    await expect(read({ ...body, period: '2026-09', reading: 3_200 })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [{ field: 'previousReading' }] },
    });
    await read({ ...body, period: '2026-09', previousReading: 3_000, reading: 3_200 });
    await expect(read({ ...body, period: '2026-10', reading: 150 })).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { errors: [{ field: 'reading' }] },
    });
    await expect(
      read({ ...body, period: '2026-10', previousReading: 3_100, reading: 3_300 }),
    ).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { errors: [{ field: 'previousReading' }] },
    });
    const replaced = await read({
      ...body,
      period: '2026-10',
      meterReplaced: true,
      previousReading: 0,
      reading: 150,
      note: '10月12日换表，新表起始读数 0',
    });
    expect(replaced).toMatchObject({ previousReading: 0, usage: 150, amountFen: 9_300, meterReplaced: true });
    const idle = await read({ ...body, period: '2026-11', reading: 150 });
    expect(idle).toMatchObject({ previousReading: 150, usage: 0, amountFen: 0, billsIssued: 0 });
    expect((await billsOf(unit!.unitId)).map((b) => Number(b.amount_fen))).toEqual([12_400, 9_300]);
  });

  it('BIL-1, BIL-13: a metered bill left unpaid accrues the late fee its item provides for', async () => {
    await meteredItem('water-mr4', 385, { lateFee: { kind: 'daily-rate', value: 5 } });
    const [unit] = await building('MR04', [8_950]);
    clock(fixture).travelTo(at('2026-12-01T09:00:00'));
    const reading = await read({
      communityId: 'MR04',
      unitId: unit!.unitId,
      itemCode: 'water-mr4',
      period: '2026-11',
      previousReading: 0,
      reading: 18,
    });
    expect(reading.amountFen).toBe(6_930);
    clock(fixture).travelTo(at('2027-01-10T09:00:00'));
    // Due on the day of issue, 2026-12-01; 40 days late, 15 of them grace: 25 days at 0.05% of ¥69.30.
    const accrued = await ask<LateFeeAccrualView>(AccrueLateFees, {
      communityId: 'MR04',
      asOf: '2027-01-10',
    });
    expect(accrued).toMatchObject({ billsIssued: 1, totalFen: 86 });
  });

  it('BIL-1: bad input is refused naming the field and writes nothing', async () => {
    await meteredItem('water-mr5', 385, { unitTypes: ['residence'] });
    await meteredItem('shops-mr5', 385, { unitTypes: ['shop'] });
    await meteredItem('later-mr5', 385, { effectiveFrom: '2026-12-01' });
    await meteredItem('dear-mr5', 1_000_000_000);
    await ask(SetFeeItemRate, {
      code: 'fixed-mr5',
      name: '物业管理费',
      basis: 'fixed',
      rateFen: 1_500,
      effectiveFrom: '2026-01-01',
    });
    const [unit] = await building('MR05', [8_950]);
    const [elsewhere] = await building('MR06', [8_950]);
    const body = {
      communityId: 'MR05',
      unitId: unit!.unitId,
      itemCode: 'water-mr5',
      period: '2026-11',
      previousReading: 100,
      reading: 120,
    };
    const before = { bills: await count('bill'), rows: await count('meter_reading') };
    const cases: [object, string, string][] = [
      [{ itemCode: 'gas-mr5' }, 'VALIDATION_FAILED', 'itemCode'],
      [{ itemCode: 'fixed-mr5' }, 'BUSINESS_RULE_VIOLATED', 'itemCode'],
      [{ itemCode: 'shops-mr5' }, 'BUSINESS_RULE_VIOLATED', 'unitId'],
      [{ itemCode: 'later-mr5' }, 'BUSINESS_RULE_VIOLATED', 'itemCode'],
      [{ itemCode: 'dear-mr5', reading: 2_000 }, 'AMOUNT_TOO_LARGE', 'reading'],
      [{ unitId: newId() }, 'VALIDATION_FAILED', 'unitId'],
      [{ unitId: elsewhere!.unitId }, 'VALIDATION_FAILED', 'unitId'],
      [{ period: '2999-01' }, 'VALIDATION_FAILED', 'period'],
      [{ period: '2026-13' }, 'VALIDATION_FAILED', 'period'],
      [{ reading: -1 }, 'VALIDATION_FAILED', 'reading'],
      [{ reading: 1.5 }, 'VALIDATION_FAILED', 'reading'],
      [{ reading: 1_000_000_000 }, 'VALIDATION_FAILED', 'reading'],
      [{ reading: '120' }, 'VALIDATION_FAILED', 'reading'],
      [{ previousReading: -5 }, 'VALIDATION_FAILED', 'previousReading'],
      [{ meterReplaced: true, previousReading: undefined }, 'VALIDATION_FAILED', 'previousReading'],
      [{ meterReplaced: 'yes' }, 'VALIDATION_FAILED', 'meterReplaced'],
      [{ itemCode: 'Water' }, 'VALIDATION_FAILED', 'itemCode'],
      [{ unitId: 'not-a-uuid' }, 'VALIDATION_FAILED', 'unitId'],
      [{ note: '   ' }, 'VALIDATION_FAILED', 'note'],
    ];
    for (const [patch, code, field] of cases)
      await expect(read({ ...body, ...patch })).rejects.toMatchObject({
        code,
        details: { errors: expect.arrayContaining([expect.objectContaining({ field })]) },
      });
    // A community the caller may not see does not exist for them (GEN-5), to read or to list.
    const outsider = staff({ roles: ['finance'], communities: ['GZ01'] });
    await expect(read(body, outsider)).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
    await expect(
      ask(ListMeterReadings, { communityId: 'MR05', period: '2026-11' }, outsider),
    ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
    // A community residents never announced has no meters: a typo is not an empty sheet (decision 0210).
    await expect(read({ ...body, communityId: 'MR99' })).rejects.toMatchObject({
      code: 'COMMUNITY_NOT_FOUND',
    });
    await expect(ask(ListMeterReadings, { communityId: 'MR99', period: '2026-11' })).rejects.toMatchObject({
      code: 'COMMUNITY_NOT_FOUND',
    });
    await expect(ask(ListMeterReadings, { communityId: 'MR05', period: '11/2026' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [{ field: 'period' }] },
    });
    expect({ bills: await count('bill'), rows: await count('meter_reading') }).toEqual(before);
  });
});
