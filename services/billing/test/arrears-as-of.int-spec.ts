import { describe, expect, it } from '@jest/globals';
import {
  GetCollectionRate,
  IssueCreditNote,
  ListArrears,
  RecordPayment,
  ReversePayment,
  RunBilling,
  SetFeeItemRate,
  type ArrearsView,
  type CollectionRateView,
  type PaymentView,
} from '@pcs/contracts';
import { newId } from '@pcs/platform';
import { staff, useService } from '@pcs/testing';
import { billingService } from '../src/billing.service-spec.js';
import {
  announceCommunity,
  at,
  clock,
  expectLedgerIntact,
  ownedUnits,
  raiseCharge,
  sql,
} from './billing-helpers.js';

const finance = staff({ sub: 'staff-0301', name: '周敏', roles: ['finance'], communities: ['*'] });

/**
 * BIL-4, decision 0360: the arrears list (月末欠费表), its totals and the collection rate as of a past
 * day show what was owed at the end of that day, not what is open today.
 */
describe('arrears and the collection rate as of a past day (BIL-4, decision 0360)', () => {
  const fixture = useService(billingService);
  const request = <R>(def: { subject: string }, payload: object) =>
    fixture.bus.request(def as never, payload, finance) as Promise<R>;
  const announce = announceCommunity(fixture);
  const units = ownedUnits(fixture);

  /** A one-off charge of its own unit and payer issued on `day` (due that day, decision 0101). */
  async function chargeOn(day: string, amountFen: number, description: string) {
    const unitId = newId();
    const payerPersonId = newId();
    await raiseCharge(fixture, {
      communityId: 'AS01',
      unitId,
      payerPersonId,
      items: [{ code: 'damage-to-account', description, amountFen }],
      time: `${day}T10:00:00+08:00`,
    });
    const [bill] = await sql(fixture).execute<{ id: string; number: string }[]>(
      `select id, number from bill where unit_id = ?`,
      [unitId],
    );
    return { unitId, payerPersonId, billId: bill!.id, number: bill!.number };
  }
  const pay = (
    bill: { unitId: string; payerPersonId: string; billId: string },
    amountFen: number,
    receivedAt: string,
  ) =>
    request<PaymentView>(RecordPayment, {
      unitId: bill.unitId,
      payerPersonId: bill.payerPersonId,
      method: 'cash',
      amountFen,
      billIds: [bill.billId],
      receivedAt: `${receivedAt}T15:00:00+08:00`,
    });
  const arrears = (query: object) => request<ArrearsView>(ListArrears, { communityId: 'AS01', ...query });
  const owedOf = (view: ArrearsView) => view.items.map((i) => [i.number, i.outstandingFen]);

  it('BIL-4 (decision 0360): paid before, paid after, partly paid, credit-noted after, reversed after and issued after, each as owed at the end of the day, a page at a time', async () => {
    clock(fixture).travelTo(at('2026-12-10T09:00:00'));
    await announce('AS01');
    const paidBefore = await chargeOn('2026-11-02', 10_000, '十一月赔偿甲');
    const paidAfter = await chargeOn('2026-11-03', 20_000, '十一月赔偿乙');
    const partly = await chargeOn('2026-11-04', 30_000, '十一月赔偿丙');
    const creditedAfter = await chargeOn('2026-11-05', 40_000, '十一月赔偿丁');
    const reversedAfter = await chargeOn('2026-11-06', 60_000, '十一月赔偿戊');
    const issuedAfter = await chargeOn('2026-12-01', 50_000, '十二月赔偿');
    await pay(paidBefore, 10_000, '2026-11-20');
    // Received on 1 December, the day after: owed at the end of 30 November.
    await pay(paidAfter, 20_000, '2026-12-01');
    await pay(partly, 10_000, '2026-11-10');
    await pay(partly, 5_000, '2026-12-02');
    await request(IssueCreditNote, { billId: creditedAfter.billId, amountFen: 40_000, reason: '重复计费' });
    const reversed = await pay(reversedAfter, 60_000, '2026-11-15');
    await request(ReversePayment, { paymentId: reversed.id, reason: '银行退票' });

    const monthEnd = await arrears({ asOf: '2026-11-30' });
    expect(owedOf(monthEnd)).toEqual([
      [paidAfter.number, 20_000],
      [partly.number, 20_000],
      [creditedAfter.number, 40_000],
    ]);
    expect(monthEnd).toMatchObject({ asOf: '2026-11-30', totalFen: 80_000, billCount: 3 });
    expect(monthEnd.items[0]).toMatchObject({ dueDate: '2026-11-03', daysOverdue: 27 });

    // Paging as of the day: the same bills in the same order, the whole list's totals on each page,
    // even where the cursor's bill has been paid since.
    const first = await arrears({ asOf: '2026-11-30', limit: 1 });
    expect(first).toMatchObject({ totalFen: 80_000, billCount: 3, nextCursor: expect.any(String) });
    const second = await arrears({ asOf: '2026-11-30', limit: 1, cursor: first.nextCursor });
    const third = await arrears({ asOf: '2026-11-30', limit: 1, cursor: second.nextCursor });
    expect(third.nextCursor).toBeUndefined();
    expect([...first.items, ...second.items, ...third.items]).toEqual(monthEnd.items);

    // A day earlier than every payment: the partly paid bill owes all but the 10 November payment.
    expect(owedOf(await arrears({ asOf: '2026-11-12' }))).toEqual([
      [paidBefore.number, 10_000],
      [paidAfter.number, 20_000],
      [partly.number, 20_000],
      [creditedAfter.number, 40_000],
      [reversedAfter.number, 60_000],
    ]);
    // 2 December: December's bill is due and owed; what came on 1 and 2 December is paid.
    expect(owedOf(await arrears({ asOf: '2026-12-02' }))).toEqual([
      [partly.number, 15_000],
      [creditedAfter.number, 40_000],
      [issuedAfter.number, 50_000],
    ]);

    // Today (and no day given): the bills open now, as before.
    const today = await arrears({});
    expect(today.asOf).toBe('2026-12-10');
    expect(owedOf(today)).toEqual([
      [partly.number, 15_000],
      [reversedAfter.number, 60_000],
      [issuedAfter.number, 50_000],
    ]);
    expect(await arrears({ asOf: '2026-12-10' })).toEqual(today);
    expect(today).toMatchObject({ totalFen: 125_000, billCount: 3 });

    // A day after today is not known yet: 400 naming asOf, as for reminders.
    await expect(arrears({ asOf: '2026-12-11' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field: 'asOf' })] },
    });
    await expectLedgerIntact(fixture);
  });

  it('BIL-4 (decision 0360): the collection rate as of a day counts what was billed and paid by its end', async () => {
    clock(fixture).travelTo(at('2026-11-05T09:00:00'));
    await request(SetFeeItemRate, {
      code: 'property-management',
      name: '物业管理费',
      basis: 'per-square-metre',
      rateFen: 300,
      effectiveFrom: '2026-01-01',
    });
    const [unit] = await units('AS02', [10_000]);
    await request(RunBilling, { communityId: 'AS02', period: '2026-11' });
    clock(fixture).travelTo(at('2026-12-10T09:00:00'));
    const [bill] = await sql(fixture).execute<{ id: string; amount_fen: string }[]>(
      `select id, amount_fen from bill where unit_id = ? and source = 'periodic'`,
      [unit!.unitId],
    );
    expect(bill?.amount_fen).toBe('30000');
    const owner = { unitId: unit!.unitId, payerPersonId: unit!.ownerId, billId: bill!.id };
    await pay(owner, 10_000, '2026-11-20');
    await pay(owner, 5_000, '2026-12-02');
    const rate = (asOf?: string) =>
      request<CollectionRateView>(GetCollectionRate, {
        communityId: 'AS02',
        period: '2026-11',
        ...(asOf ? { asOf } : {}),
      });
    expect(await rate('2026-11-30')).toEqual({
      communityId: 'AS02',
      period: '2026-11',
      asOf: '2026-11-30',
      billedFen: 30_000,
      collectedFen: 10_000,
      rateBasisPoints: 3_333,
    });
    expect(await rate()).toMatchObject({ billedFen: 30_000, collectedFen: 15_000, rateBasisPoints: 5_000 });
    expect(await rate('2026-12-10')).toMatchObject({ collectedFen: 15_000, rateBasisPoints: 5_000 });
    // Before the run issued the month's bills nothing was billed: no rate.
    expect(await rate('2026-11-04')).toEqual({
      communityId: 'AS02',
      period: '2026-11',
      asOf: '2026-11-04',
      billedFen: 0,
      collectedFen: 0,
    });
    await expect(rate('2026-12-11')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field: 'asOf' })] },
    });
  });
});
