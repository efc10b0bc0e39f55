import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  GetStatement,
  IssueCreditNote,
  MaintenanceBus,
  ReceiveDeposit,
  RecordPayment,
  RefundCredit,
  ReversePayment,
  type DepositView,
  type PaymentView,
  type StatementView,
  WorkOrderCompleted,
} from '@pcs/contracts';
import { newId } from '@pcs/platform';
import { eventually, staff, useService } from '@pcs/testing';
import { billingService } from '../src/billing.service-spec.js';
import {
  cashier,
  expectLedgerIntact,
  raiseCharge,
  requestAsCashier,
  rowCount,
  sql,
} from './billing-helpers.js';

describe('payments and corrections (BIL-5, BIL-6, BIL-12)', () => {
  const fixture = useService(billingService);
  const request = requestAsCashier(fixture);
  const count = rowCount(fixture);

  /** A unit with two bills of its payer: 2,685.00 then 1,000.00 yuan. */
  async function unitWithTwoBills() {
    const unitId = newId();
    const payerPersonId = newId();
    await raiseCharge(fixture, {
      unitId,
      payerPersonId,
      items: [{ code: 'damage-to-account', description: '十月赔偿', amountFen: 268_500 }],
      time: '2026-10-05T10:00:00+08:00',
    });
    await raiseCharge(fixture, {
      unitId,
      payerPersonId,
      items: [{ code: 'damage-to-account', description: '十一月赔偿', amountFen: 100_000 }],
      time: '2026-11-05T10:00:00+08:00',
    });
    const statement = await request<StatementView>(GetStatement, { unitId });
    const [older, newer] = statement.bills;
    return { unitId, payerPersonId, older: older!, newer: newer! };
  }

  it('BIL-5: 50 concurrent payments with one Idempotency-Key record one payment; the same key with another amount records nothing', async () => {
    const { unitId, payerPersonId } = await unitWithTwoBills();
    const key = newId();
    const body = { unitId, payerPersonId, method: 'cash', amountFen: 100_000 };
    const replies = await Promise.all(
      Array.from({ length: 50 }, () => request<PaymentView>(RecordPayment, body, { idempotencyKey: key })),
    );
    expect(new Set(replies.map((r) => r.receiptNumber)).size).toBe(1);
    expect(await count('payment', 'unit_id = ?', [unitId])).toBe(1);
    const entries = await count('ledger_entry');
    await expect(
      request(RecordPayment, { ...body, amountFen: 100_001 }, { idempotencyKey: key }),
    ).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await count('payment', 'unit_id = ?', [unitId])).toBe(1);
    expect(await count('ledger_entry')).toBe(entries);
    // Copies racing with a differing copy (another amount) and a copy from a narrower scope: the
    // copies that share the first's reply are only those asking exactly what it asked (decision 0186).
    const raced = newId();
    const narrower = { ...cashier, communities: ['BN09'] };
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 6 }, (_, i) =>
        fixture.bus.request(
          RecordPayment,
          { ...body, amountFen: i === 3 ? 100_001 : 100_000 },
          i === 4 ? narrower : cashier,
          { idempotencyKey: raced },
        ),
      ),
    ]);
    const answered = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value as PaymentView] : []));
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { code: string }] : []));
    expect(new Set(answered.map((r) => r.receiptNumber)).size).toBe(1);
    expect(new Set(answered.map((r) => r.amountFen)).size).toBe(1);
    expect(refused.map((r) => r.code).sort()).toEqual(
      answered[0]!.amountFen === 100_000
        ? ['IDEMPOTENCY_KEY_REUSED', 'UNIT_NOT_FOUND']
        : [
            'IDEMPOTENCY_KEY_REUSED',
            'IDEMPOTENCY_KEY_REUSED',
            'IDEMPOTENCY_KEY_REUSED',
            'IDEMPOTENCY_KEY_REUSED',
            'UNIT_NOT_FOUND',
          ],
    );
    expect(await count('payment', 'unit_id = ?', [unitId])).toBe(2);
    await expectLedgerIntact(fixture);
  });

  it('BIL-5: the same external transaction id twice records one payment; with another amount it is refused', async () => {
    const { unitId, payerPersonId } = await unitWithTwoBills();
    const body = {
      unitId,
      payerPersonId,
      method: 'bank-transfer',
      amountFen: 50_000,
      externalTransactionId: `ICBC-${newId()}`,
    };
    const first = await request<PaymentView>(RecordPayment, body);
    const again = await request<PaymentView>(RecordPayment, body);
    expect(again.id).toBe(first.id);
    await expect(request(RecordPayment, { ...body, amountFen: 50_001 })).rejects.toMatchObject({
      code: 'EXTERNAL_TRANSACTION_REUSED',
      details: { field: 'externalTransactionId', receiptNumber: first.receiptNumber },
    });
    expect(await count('payment', 'unit_id = ?', [unitId])).toBe(1);
  });

  it('GEN-5, decision 0251: a transfer id used in another community is refused without that community’s receipt or deposit number', async () => {
    const here = await unitWithTwoBills();
    const thereUnitId = newId();
    const therePayer = newId();
    await raiseCharge(fixture, {
      unitId: thereUnitId,
      payerPersonId: therePayer,
      communityId: 'GZ02',
      items: [{ code: 'damage-to-account', description: '门禁卡工本费', amountFen: 2_000 }],
    });
    const gz02Cashier = staff({ sub: 'staff-0302', name: '吴静', roles: ['finance'], communities: ['GZ02'] });
    const asGz02 = <R>(def: { subject: string }, payload: object) =>
      fixture.bus.request(def as never, payload, gz02Cashier) as Promise<R>;
    const transfer = `ICBC-${newId()}`;
    await request<PaymentView>(RecordPayment, {
      unitId: here.unitId,
      payerPersonId: here.payerPersonId,
      method: 'bank-transfer',
      amountFen: 1_000,
      externalTransactionId: transfer,
    });
    const deposit = await request<DepositView>(ReceiveDeposit, {
      unitId: here.unitId,
      payerPersonId: here.payerPersonId,
      kind: 'contract',
      amountFen: 50_000,
      method: 'bank-transfer',
      externalTransactionId: `${transfer}-D`,
    });
    const there = { unitId: thereUnitId, payerPersonId: therePayer, method: 'bank-transfer', amountFen: 1 };
    const thereDeposit = { ...there, kind: 'contract', amountFen: 50_000 };
    for (const [reused, field] of [
      [asGz02(RecordPayment, { ...there, externalTransactionId: transfer }), 'receiptNumber'],
      [asGz02(ReceiveDeposit, { ...thereDeposit, externalTransactionId: transfer }), 'receiptNumber'],
      [asGz02(RecordPayment, { ...there, externalTransactionId: `${transfer}-D` }), 'depositNumber'],
      [asGz02(ReceiveDeposit, { ...thereDeposit, externalTransactionId: `${transfer}-D` }), 'depositNumber'],
    ] as const) {
      const refusal = await reused.then(
        () => undefined,
        (error: { code: string; details: Record<string, unknown> }) => error,
      );
      expect(refusal).toMatchObject({
        code: 'EXTERNAL_TRANSACTION_REUSED',
        details: { field: 'externalTransactionId' },
      });
      expect(refusal?.details).not.toHaveProperty(field);
      expect(JSON.stringify(refusal)).not.toContain('GZ01');
    }
    // A caller who sees both communities is told which record holds the transfer.
    const everywhere = staff({ sub: 'staff-0303', name: '郑丽', roles: ['finance'], communities: ['*'] });
    await expect(
      fixture.bus.request(
        RecordPayment,
        { ...there, externalTransactionId: `${transfer}-D` } as never,
        everywhere,
      ),
    ).rejects.toMatchObject({ details: { depositNumber: deposit.number } });
    expect(await count('payment', 'unit_id = ?', [thereUnitId])).toBe(0);
    expect(await count('deposit', 'unit_id = ?', [thereUnitId])).toBe(0);
  });

  it('BIL-5: oldest bill first, a partial payment leaves the rest owed, an overpayment becomes credit; receipts are numbered', async () => {
    const { unitId, payerPersonId, older, newer } = await unitWithTwoBills();
    const partial = await request<PaymentView>(RecordPayment, {
      unitId,
      payerPersonId,
      method: 'alipay',
      amountFen: 300_000,
      externalTransactionId: `ALI-${newId()}`,
    });
    expect(partial.allocations).toEqual([
      { billId: older.id, billNumber: older.number, amountFen: 268_500 },
      { billId: newer.id, billNumber: newer.number, amountFen: 31_500 },
    ]);
    const after = await request<StatementView>(GetStatement, { unitId });
    expect(after.owedFen).toBe(68_500);
    // The reply is built from what the payment wrote, not read back: it must equal the read.
    expect(after.payments.find((p) => p.id === partial.id)).toEqual(partial);
    const over = await request<PaymentView>(RecordPayment, {
      unitId,
      payerPersonId,
      method: 'cash',
      amountFen: 100_000,
    });
    expect(over).toMatchObject({ allocatedFen: 68_500, creditFen: 31_500 });
    const [a, b] = [partial.receiptNumber, over.receiptNumber].map((n) => Number(n.slice(-6)));
    expect(b).toBe(a! + 1);
    expect(await request<StatementView>(GetStatement, { unitId })).toMatchObject({
      owedFen: 0,
      creditFen: 31_500,
    });
    // BIL-6: credit paid back, never more than it holds.
    await expect(
      request(RefundCredit, {
        unitId,
        payerPersonId,
        amountFen: 31_501,
        method: 'cash',
        reason: '退还多缴款',
      }),
    ).rejects.toMatchObject({
      code: 'AMOUNT_EXCEEDS_BALANCE',
      details: { field: 'amountFen', creditFen: 31_500 },
    });
    expect(
      await request<StatementView>(RefundCredit, {
        unitId,
        payerPersonId,
        amountFen: 31_500,
        method: 'cash',
        reason: '退还多缴款',
      }),
    ).toMatchObject({ creditFen: 0 });
    await expectLedgerIntact(fixture);
  });

  it('BIL-5: a payment names the bills it pays; BIL-6: a reversal reopens them by new entries', async () => {
    const { unitId, payerPersonId, older, newer } = await unitWithTwoBills();
    const named = await request<PaymentView>(RecordPayment, {
      unitId,
      payerPersonId,
      method: 'card',
      amountFen: 100_000,
      externalTransactionId: `POS-${newId()}`,
      billIds: [newer.id],
    });
    expect(named.allocations).toEqual([{ billId: newer.id, billNumber: newer.number, amountFen: 100_000 }]);
    const reversed = await request<PaymentView>(ReversePayment, {
      paymentId: named.id,
      reason: '刷卡重复，银行退回',
    });
    expect(reversed).toMatchObject({ status: 'reversed', statusLabel: '已冲回' });
    const statement = await request<StatementView>(GetStatement, { unitId });
    expect(statement.owedFen).toBe(368_500);
    await expect(request(ReversePayment, { paymentId: named.id, reason: '再冲一次' })).rejects.toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
    });
    // BIL-6: an issued bill is reduced by a credit note, never edited, and never below what it owes.
    await expect(
      request(IssueCreditNote, { billId: older.id, amountFen: 268_501, reason: '多计' }),
    ).rejects.toMatchObject({ code: 'AMOUNT_EXCEEDS_BALANCE' });
    expect(
      await request(IssueCreditNote, { billId: older.id, amountFen: 8_500, reason: '面积更正，少计' }),
    ).toMatchObject({ creditedFen: 8_500, outstandingFen: 260_000, status: 'open' });
    await expectLedgerIntact(fixture);
  });

  it('BIL-5: the account is cleared (one event) only by the payment that leaves no open bill, named bills or oldest first', async () => {
    const clearedFor = async (unitId: string) =>
      (await fixture.bus.events('BILLING')).filter(
        (e) => e.type === 'account.cleared.v1' && (e.data as { unitId: string }).unitId === unitId,
      );
    const partly = await unitWithTwoBills();
    const paid = await request<PaymentView>(RecordPayment, {
      unitId: partly.unitId,
      payerPersonId: partly.payerPersonId,
      method: 'cash',
      amountFen: 100_000,
    });
    const byName = await unitWithTwoBills();
    // The newer bill named and paid whole: the older one is still open, so not cleared until it is.
    for (const [bill, amountFen] of [
      [byName.newer, 100_000],
      [byName.older, 268_500],
    ] as const)
      await request(RecordPayment, {
        unitId: byName.unitId,
        payerPersonId: byName.payerPersonId,
        method: 'cash',
        amountFen,
        billIds: [bill.id],
      });
    const oldestFirst = await unitWithTwoBills();
    for (const amountFen of [268_500, 100_000])
      await request(RecordPayment, {
        unitId: oldestFirst.unitId,
        payerPersonId: oldestFirst.payerPersonId,
        method: 'alipay',
        amountFen,
        externalTransactionId: `ALI-${newId()}`,
      });
    await eventually(async () => {
      expect(await clearedFor(byName.unitId)).toHaveLength(1);
      expect(await clearedFor(oldestFirst.unitId)).toHaveLength(1);
    });
    expect(await clearedFor(paid.unitId)).toHaveLength(0);
  });

  it('bad input: negative or fractional fen, an unknown method or bill gets a 4xx with a stable code and changes nothing', async () => {
    const { unitId, payerPersonId } = await unitWithTwoBills();
    const before = await count('ledger_entry');
    const base = { unitId, payerPersonId, method: 'cash', amountFen: 100 };
    for (const [patch, field] of [
      [{ amountFen: -100 }, 'amountFen'],
      [{ amountFen: 10.5 }, 'amountFen'],
      [{ amountFen: 0 }, 'amountFen'],
      [{ method: 'bitcoin' }, 'method'],
      // Decision 0249 (BIL-5): every method but cash names its transaction.
      [{ method: 'card' }, 'externalTransactionId'],
      [{ method: 'wechat-pay' }, 'externalTransactionId'],
      [{ method: 'bank-transfer' }, 'externalTransactionId'],
    ] as const) {
      await expect(request(RecordPayment, { ...base, ...patch })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field })] },
      });
    }
    await expect(request(RecordPayment, { ...base, billIds: [newId()] })).rejects.toMatchObject({
      code: 'BILL_NOT_FOUND',
      details: { field: 'billIds' },
    });
    await expect(request(RecordPayment, { ...base, unitId: newId() })).rejects.toMatchObject({
      code: 'UNIT_NOT_FOUND',
    });
    expect(await count('ledger_entry')).toBe(before);
  });

  it('BIL-5: a payer billing does not know for the unit is refused (422 PAYER_NOT_OF_UNIT naming payerPersonId) and changes nothing', async () => {
    const { unitId, payerPersonId } = await unitWithTwoBills();
    const other = await unitWithTwoBills();
    const before = await count('ledger_entry');
    const stranger = newId();
    await expect(
      request(RecordPayment, { unitId, payerPersonId: stranger, method: 'cash', amountFen: 10_000 }),
    ).rejects.toMatchObject({
      code: 'PAYER_NOT_OF_UNIT',
      details: { field: 'payerPersonId', errors: [expect.objectContaining({ field: 'payerPersonId' })] },
    });
    // A payer of another unit is a stranger here too.
    await expect(
      request(RecordPayment, {
        unitId,
        payerPersonId: other.payerPersonId,
        method: 'cash',
        amountFen: 10_000,
      }),
    ).rejects.toMatchObject({ code: 'PAYER_NOT_OF_UNIT' });
    expect(await count('ledger_entry')).toBe(before);
    expect(await count('payment', 'unit_id = ?', [unitId])).toBe(0);
    // The unit's own payer is known by its bills.
    expect(
      await request<PaymentView>(RecordPayment, { unitId, payerPersonId, method: 'cash', amountFen: 100 }),
    ).toMatchObject({ allocatedFen: 100 });
  });

  /** A unit whose only bill has no payer (a paid service billed to the unit): 120.00 yuan. */
  async function unitWithPayerlessBill() {
    const unitId = newId();
    const workOrderId = newId();
    await fixture.bus.publishEvent(WorkOrderCompleted, MaintenanceBus, {
      source: 'maintenance',
      subject: workOrderId,
      companyid: 'HRX',
      communityid: 'GZ01',
      data: {
        workOrderId,
        number: 'PG-GZ01-2026-000046',
        repairRequestId: newId(),
        communityId: 'GZ01',
        unitId,
        type: 'c' as const,
        chargeableFen: 12_000,
        description: '空置房维修（有偿）',
        completedAt: '2026-11-20T15:00:00+08:00',
      },
    });
    await eventually(async () =>
      expect(await count('bill', 'unit_id = ? and payer_person_id is null', [unitId])).toBe(1),
    );
    const [bill] = (await request<StatementView>(GetStatement, { unitId })).bills;
    return { unitId, bill: bill! };
  }

  it('BIL-5, decision 0345: a unit’s bills without a payer are paid by a payer named in words (开发商), never beyond what they owe, once per key', async () => {
    const { unitId, bill } = await unitWithPayerlessBill();
    const payer = await unitWithTwoBills();
    const before = await count('ledger_entry');
    // Neither a payer nor a name; both; a blank name: 400 naming the field.
    for (const [patch, field] of [
      [{}, 'payerPersonId'],
      [{ payerPersonId: newId(), payerName: '开发商' }, 'payerName'],
      [{ payerName: '  ' }, 'payerName'],
    ] as const)
      await expect(
        request(RecordPayment, { unitId, method: 'cash', amountFen: 100, ...patch }),
      ).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field })] },
      });
    // More than the payer-less bills owe would be credit nobody holds.
    await expect(
      request(RecordPayment, { unitId, payerName: '开发商', method: 'cash', amountFen: 12_001 }),
    ).rejects.toMatchObject({ code: 'AMOUNT_EXCEEDS_BALANCE', details: { field: 'amountFen' } });
    // A bill with a payer is not paid by a name.
    await expect(
      request(RecordPayment, {
        unitId: payer.unitId,
        payerName: '开发商',
        method: 'cash',
        amountFen: 100,
        billIds: [payer.older.id],
      }),
    ).rejects.toMatchObject({ code: 'PAYER_NOT_OF_UNIT', details: { field: 'billIds' } });
    await expect(
      request(RecordPayment, { unitId: payer.unitId, payerName: '开发商', method: 'cash', amountFen: 100 }),
    ).rejects.toMatchObject({ code: 'AMOUNT_EXCEEDS_BALANCE' });
    expect(await count('ledger_entry')).toBe(before);
    expect(await count('payment', 'unit_id in (?, ?)', [unitId, payer.unitId])).toBe(0);

    const key = { idempotencyKey: `dev-${unitId}` };
    const body = {
      unitId,
      payerName: '广州某某置业有限公司（开发商）',
      method: 'bank-transfer',
      externalTransactionId: `BANK-${unitId}`,
      amountFen: 12_000,
    };
    const [paid, again] = await Promise.all([
      request<PaymentView>(RecordPayment, body, key),
      request<PaymentView>(RecordPayment, body, key),
    ]);
    expect(again).toEqual(paid);
    expect(paid).toMatchObject({
      payerName: '广州某某置业有限公司（开发商）',
      allocatedFen: 12_000,
      creditFen: 0,
      allocations: [{ billId: bill.id, amountFen: 12_000 }],
    });
    expect(paid.payerPersonId).toBeUndefined();
    expect(await count('payment', 'unit_id = ?', [unitId])).toBe(1);
    const statement = await request<StatementView>(GetStatement, { unitId });
    expect(statement.bills[0]).toMatchObject({ status: 'paid' });
    // BIL-6: it is reversed like any payment.
    expect(
      await request<PaymentView>(ReversePayment, { paymentId: paid.id, reason: '重复录入' }),
    ).toMatchObject({
      status: 'reversed',
    });
    expect((await request<StatementView>(GetStatement, { unitId })).bills[0]).toMatchObject({
      status: 'open',
    });
    await expectLedgerIntact(fixture);
  });

  it('BIL-5: a named bill already paid or cancelled is refused (422 BILL_NOT_OPEN naming billIds), never turned into credit', async () => {
    const { unitId, payerPersonId, older, newer } = await unitWithTwoBills();
    await request(RecordPayment, {
      unitId,
      payerPersonId,
      method: 'cash',
      amountFen: 100_000,
      billIds: [newer.id],
    });
    await request(IssueCreditNote, { billId: older.id, amountFen: 268_500, reason: '重复开单，全额冲销' });
    const entries = await count('ledger_entry');
    for (const bill of [newer, older]) {
      await expect(
        request(RecordPayment, {
          unitId,
          payerPersonId,
          method: 'cash',
          amountFen: 100_000,
          billIds: [bill.id],
        }),
      ).rejects.toMatchObject({
        code: 'BILL_NOT_OPEN',
        details: { field: 'billIds', billNumber: bill.number },
      });
    }
    // The same bill twice in one payment is bad input, not two allocations.
    await expect(
      request(RecordPayment, {
        unitId,
        payerPersonId,
        method: 'cash',
        amountFen: 100,
        billIds: [newer.id, newer.id],
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field: 'billIds' })] },
    });
    expect(await count('ledger_entry')).toBe(entries);
    expect(await request<StatementView>(GetStatement, { unitId })).toMatchObject({ creditFen: 0 });
  });

  it('BIL-5: a receivedAt in the future is refused naming receivedAt; a time just past, or a minute ahead, is kept', async () => {
    const { unitId, payerPersonId } = await unitWithTwoBills();
    const base = { unitId, payerPersonId, method: 'cash', amountFen: 100 };
    const entries = await count('ledger_entry');
    await expect(
      request(RecordPayment, { ...base, receivedAt: new Date(Date.now() + 3_600_000).toISOString() }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field: 'receivedAt' })] },
    });
    expect(await count('ledger_entry')).toBe(entries);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    expect(await request<PaymentView>(RecordPayment, { ...base, receivedAt: yesterday })).toMatchObject({
      receivedAt: yesterday,
    });
    const aMinuteAhead = new Date(Date.now() + 60_000).toISOString();
    expect(await request<PaymentView>(RecordPayment, { ...base, receivedAt: aMinuteAhead })).toMatchObject({
      receivedAt: aMinuteAhead,
    });
  });

  it('BIL-5, BIL-6: an overpayment, the credit set against a new bill and a credit refund each appear on the statement, labelled', async () => {
    const { unitId, payerPersonId } = await unitWithTwoBills();
    const over = await request<PaymentView>(RecordPayment, {
      unitId,
      payerPersonId,
      method: 'cash',
      amountFen: 468_500,
    });
    expect(over.creditFen).toBe(100_000);
    await raiseCharge(fixture, {
      unitId,
      payerPersonId,
      items: [{ code: 'damage-to-account', description: '十二月赔偿', amountFen: 30_000 }],
    });
    await request(RefundCredit, {
      unitId,
      payerPersonId,
      amountFen: 20_000,
      method: 'cash',
      reason: '退还多缴款',
    });
    const statement = await request<StatementView>(GetStatement, { unitId });
    const applied = statement.bills.find((b) => b.amountFen === 30_000)!;
    expect(statement.creditFen).toBe(50_000);
    expect(statement.creditEntries).toEqual([
      expect.objectContaining({
        kind: 'overpayment',
        kindLabel: '多缴转入余额',
        payerPersonId,
        amountFen: 100_000,
        reference: over.receiptNumber,
      }),
      expect.objectContaining({
        kind: 'applied',
        kindLabel: '余额抵扣账单',
        amountFen: -30_000,
        reference: applied.number,
      }),
      expect.objectContaining({
        kind: 'refund',
        kindLabel: '余额退款',
        amountFen: -20_000,
        description: '余额退款：退还多缴款',
      }),
    ]);
    // Narrowed to another payer, none of it shows.
    expect(
      (await request<StatementView>(GetStatement, { unitId, payerPersonId: newId() })).creditEntries,
    ).toEqual([]);
    await expectLedgerIntact(fixture);
  });

  it('BIL-5, BIL-12: credit is set against a new bill at issue, oldest due first; what it cannot cover stays owed; deposits are never paid from it', async () => {
    const { unitId, payerPersonId } = await unitWithTwoBills();
    await request(RecordPayment, { unitId, payerPersonId, method: 'cash', amountFen: 418_500 });
    // 500.00 yuan of credit; a move-in charge with a deposit and two fees: the fees are paid from it.
    await raiseCharge(fixture, {
      unitId,
      payerPersonId,
      items: [
        { code: 'contract-deposit', description: '合同押金', amountFen: 200_000 },
        { code: 'damage-to-account', description: '赔偿', amountFen: 30_000 },
      ],
    });
    let statement = await request<StatementView>(GetStatement, { unitId });
    const moveIn = statement.bills.find((b) => b.amountFen === 230_000)!;
    expect(moveIn).toMatchObject({ paidFen: 30_000, outstandingFen: 200_000, status: 'open' });
    expect(statement.creditFen).toBe(20_000);
    // A charge the credit covers whole is paid at issue: its request is settled at once.
    const covered = await raiseCharge(fixture, {
      unitId,
      payerPersonId,
      items: [{ code: 'damage-to-account', description: '门禁卡工本费', amountFen: 5_000 }],
    });
    const settled = await sql(fixture).execute<{ status: string }[]>(
      `select status from charge_request where id = ?`,
      [covered.requestId],
    );
    expect(settled).toEqual([{ status: 'settled' }]);
    // One it covers in part: the rest is owed; the credit is spent.
    await raiseCharge(fixture, {
      unitId,
      payerPersonId,
      items: [{ code: 'damage-to-account', description: '赔偿', amountFen: 40_000 }],
    });
    statement = await request<StatementView>(GetStatement, { unitId });
    expect(statement.creditFen).toBe(0);
    expect(statement.bills.find((b) => b.amountFen === 40_000)).toMatchObject({
      paidFen: 15_000,
      outstandingFen: 25_000,
      status: 'open',
    });
    expect(statement.owedFen).toBe(200_000 + 25_000);
    expect(statement.creditEntries.filter((e) => e.kind === 'applied').map((e) => e.amountFen)).toEqual([
      -30_000, -5_000, -15_000,
    ]);
    // A payer without credit, a unit bill without a payer: owed in full (another unit).
    const plain = await unitWithTwoBills();
    expect((await request<StatementView>(GetStatement, { unitId: plain.unitId })).owedFen).toBe(368_500);
    await expectLedgerIntact(fixture);
  });

  it('BIL-6 (decision 0385): an overpayment whose credit paid later bills can still be reversed: the credit is taken back from the newest bill it paid, which is owed again, once', async () => {
    const unitId = newId();
    const payerPersonId = newId();
    const opening = await raiseCharge(fixture, {
      unitId,
      payerPersonId,
      items: [{ code: 'damage-to-account', description: '开户', amountFen: 1_000 }],
    });
    const pay = (amountFen: number) =>
      request<PaymentView>(RecordPayment, { unitId, payerPersonId, method: 'cash', amountFen });
    await pay(101_000); // pays the opening bill; 1,000.00 of credit
    const bounced = await pay(50_000); // all credit: 1,500.00 in all
    expect(bounced.creditFen).toBe(50_000);
    const older = await raiseCharge(fixture, {
      unitId,
      payerPersonId,
      items: [{ code: 'damage-to-account', description: '赔偿甲', amountFen: 60_000 }],
    });
    const newer = await raiseCharge(fixture, {
      unitId,
      payerPersonId,
      items: [{ code: 'damage-to-account', description: '赔偿乙', amountFen: 70_000 }],
    });
    const statementNow = () => request<StatementView>(GetStatement, { unitId });
    // Each bill by its amount (each is its charge's only bill).
    const amountOf = new Map([
      [opening.requestId, 1_000],
      [older.requestId, 60_000],
      [newer.requestId, 70_000],
    ]);
    const billOf = async (requestId: string) =>
      (await statementNow()).bills.find((b) => b.amountFen === amountOf.get(requestId))!;
    // Both were paid from the credit at issue (decision 0202); 200.00 of credit is left.
    expect(await statementNow()).toMatchObject({ creditFen: 20_000, owedFen: 0 });
    const requestStatus = async (requestId: string) =>
      (
        await sql(fixture).execute<{ status: string }[]>(`select status from charge_request where id = ?`, [
          requestId,
        ])
      )[0]?.status;
    expect(await requestStatus(newer.requestId)).toBe('settled');

    // The 500.00 is taken back (a counterfeit note, a bounced transfer): 200.00 from the credit, 300.00 taken back from the newest bill.
    const reversed = await request<PaymentView>(
      ReversePayment,
      { paymentId: bounced.id, reason: '银行退票' },
      { idempotencyKey: `bounce-${bounced.id}` },
    );
    expect(reversed).toMatchObject({ status: 'reversed' });
    expect(await billOf(newer.requestId)).toMatchObject({
      paidFen: 40_000,
      outstandingFen: 30_000,
      status: 'open',
    });
    expect(await billOf(older.requestId)).toMatchObject({ paidFen: 60_000, status: 'paid' });
    expect(await billOf(opening.requestId)).toMatchObject({ status: 'paid' });
    // The charge it settled is owed again (decision 0102).
    expect(await requestStatus(newer.requestId)).toBe('billed');
    const after = await statementNow();
    expect(after).toMatchObject({ creditFen: 0, owedFen: 30_000 });
    const newerNumber = (await billOf(newer.requestId)).number;
    expect(after.creditEntries.slice(-2).map((e) => [e.kind, e.kindLabel, e.amountFen, e.reference])).toEqual(
      [
        ['unapplied', '撤销抵扣转入余额', 30_000, newerNumber],
        ['reversal', '冲回收款转出余额', -50_000, bounced.receiptNumber],
      ],
    );
    // Sent again with its key: the same answer and nothing more.
    const movements = await count('ledger_transaction');
    expect(
      await request(
        ReversePayment,
        { paymentId: bounced.id, reason: '银行退票' },
        { idempotencyKey: `bounce-${bounced.id}` },
      ),
    ).toEqual(reversed);
    expect(await count('ledger_transaction')).toBe(movements);
    await expectLedgerIntact(fixture);
  });

  it('BIL-6 (decision 0385): a payment whose credit was refunded as well as spent cannot be reversed, and the refusal writes nothing', async () => {
    const unitId = newId();
    const payerPersonId = newId();
    await raiseCharge(fixture, {
      unitId,
      payerPersonId,
      items: [{ code: 'damage-to-account', description: '开户', amountFen: 1_000 }],
    });
    const paid = await request<PaymentView>(RecordPayment, {
      unitId,
      payerPersonId,
      method: 'cash',
      amountFen: 31_000,
    });
    await raiseCharge(fixture, {
      unitId,
      payerPersonId,
      items: [{ code: 'damage-to-account', description: '赔偿', amountFen: 20_000 }],
    });
    await request(RefundCredit, { unitId, payerPersonId, amountFen: 10_000, method: 'cash', reason: '退款' });
    const before = await sql(fixture).execute(
      `select id, status, paid_fen from bill where unit_id = ? order by id`,
      [unitId],
    );
    const movements = await count('ledger_transaction');
    await expect(request(ReversePayment, { paymentId: paid.id, reason: '银行退票' })).rejects.toMatchObject({
      code: 'AMOUNT_EXCEEDS_BALANCE',
    });
    expect(
      await sql(fixture).execute(`select id, status, paid_fen from bill where unit_id = ? order by id`, [
        unitId,
      ]),
    ).toEqual(before);
    expect(await count('ledger_transaction')).toBe(movements);
    await expectLedgerIntact(fixture);
  });

  it('BIL-12: random sequences of bills, payments, reversals, credit notes and refunds keep every transaction balanced and every balance the sum of its entries', async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('bill' as const), amount: fc.integer({ min: 1, max: 500_000 }) }),
      fc.record({ kind: fc.constant('pay' as const), amount: fc.integer({ min: 1, max: 800_000 }) }),
      fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat() }),
      fc.record({
        kind: fc.constant('credit-note' as const),
        pick: fc.nat(),
        percent: fc.integer({ min: 1, max: 100 }),
      }),
      fc.record({ kind: fc.constant('refund' as const), amount: fc.integer({ min: 1, max: 300_000 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 10 }), async (ops) => {
        const unitId = newId();
        const payerPersonId = newId();
        await raiseCharge(fixture, {
          unitId,
          payerPersonId,
          items: [{ code: 'damage-to-account', description: '开户', amountFen: 1_000 }],
        });
        const payments: string[] = [];
        for (const o of ops) {
          const attempt = async () => {
            if (o.kind === 'bill')
              await raiseCharge(fixture, {
                unitId,
                payerPersonId,
                items: [{ code: 'damage-to-account', description: '赔偿', amountFen: o.amount }],
              });
            if (o.kind === 'pay')
              payments.push(
                (
                  await request<PaymentView>(RecordPayment, {
                    unitId,
                    payerPersonId,
                    method: 'cash',
                    amountFen: o.amount,
                  })
                ).id,
              );
            if (o.kind === 'reverse' && payments.length)
              await request(ReversePayment, {
                paymentId: payments[o.pick % payments.length],
                reason: '冲回',
              });
            if (o.kind === 'credit-note') {
              const bills = (await request<StatementView>(GetStatement, { unitId })).bills.filter(
                (b) => b.outstandingFen > 0,
              );
              const bill = bills[o.pick % Math.max(bills.length, 1)];
              if (bill)
                await request(IssueCreditNote, {
                  billId: bill.id,
                  amountFen: Math.max(1, Math.floor((bill.outstandingFen * o.percent) / 100)),
                  reason: '更正',
                });
            }
            if (o.kind === 'refund')
              await request(RefundCredit, {
                unitId,
                payerPersonId,
                amountFen: o.amount,
                method: 'cash',
                reason: '退款',
              });
          };
          // Refusals (a refund above the credit, a reversal of a spent payment) are part of the game.
          await attempt().catch((error: { code?: string }) => {
            if (!['AMOUNT_EXCEEDS_BALANCE', 'INVALID_STATE_TRANSITION'].includes(error.code ?? ''))
              throw error;
          });
        }
        await expectLedgerIntact(fixture);
      }),
      { numRuns: 6 },
    );
  });
});
