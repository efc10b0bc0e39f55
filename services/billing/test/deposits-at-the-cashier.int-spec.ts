import { describe, expect, it } from '@jest/globals';
import {
  DeductDeposit,
  GetStatement,
  ReceiveDeposit,
  RecordPayment,
  RefundDeposit,
  type DepositView,
  type PaymentView,
  type StatementView,
} from '@pcs/contracts';
import { newId } from '@pcs/platform';
import { eventually, staff, useService } from '@pcs/testing';
import { billingService } from '../src/billing.service-spec.js';
import { expectLedgerIntact, raiseCharge, requestAsCashier, rowCount, sql } from './billing-helpers.js';

/** BIL-8, decisions 0207 and 0208: `POST /api/v1/deposits`, a contract deposit received at the cashier. */
describe('deposits received at the cashier (BIL-8, BIL-12, GEN-2)', () => {
  const fixture = useService(billingService);
  const request = requestAsCashier(fixture);
  const count = rowCount(fixture);

  /** A unit billing knows, with a payer of one of its bills (a fee charged at move-in). */
  async function unitWithPayer() {
    const unitId = newId();
    const payerPersonId = newId();
    await raiseCharge(fixture, {
      unitId,
      payerPersonId,
      purpose: 'tenant-move-in',
      items: [{ code: 'damage-to-account', description: '门禁卡工本费', amountFen: 2_000 }],
    });
    return { unitId, payerPersonId };
  }

  const contractDeposit = (unit: { unitId: string; payerPersonId: string }, extra: object = {}) => ({
    ...unit,
    kind: 'contract',
    amountFen: 500_000,
    method: 'wechat-pay',
    externalTransactionId: `4200${newId().replaceAll('-', '')}`.slice(0, 32),
    ...extra,
  });

  it('holds the deposit at once, numbered YJ-, moved from the clearing account into its own, and announces it', async () => {
    const unit = await unitWithPayer();
    const body = contractDeposit(unit, { receivedAt: '2026-11-25T10:30:00+08:00', note: '租赁合同押金' });
    const deposit = await request<DepositView>(ReceiveDeposit, body, { idempotencyKey: newId() });
    expect(deposit).toMatchObject({
      number: expect.stringMatching(/^YJ-GZ01-\d{4}-\d{6}$/),
      communityId: 'GZ01',
      unitId: unit.unitId,
      payerPersonId: unit.payerPersonId,
      kind: 'contract',
      kindLabel: '合同押金',
      requiredFen: 500_000,
      receivedFen: 500_000,
      deductedFen: 0,
      refundedFen: 0,
      balanceFen: 500_000,
      status: 'held',
      statusLabel: '持有中',
    });
    // BIL-12: one balanced movement, the clearing account debited, the deposit's account credited.
    const entries = await sql(fixture).execute<{ key: string; amount: string }[]>(
      `select a.key, e.amount_fen::text as amount from ledger_transaction t
         join ledger_entry e on e.transaction_id = t.id join account a on a.id = e.account_id
        where t.reference_id = ? order by a.key`,
      [deposit.id],
    );
    expect(entries).toEqual([
      { key: 'clearing:wechat-pay', amount: '500000' },
      { key: `deposit:${deposit.id}`, amount: '-500000' },
    ]);
    const statement = await request<StatementView>(GetStatement, { unitId: unit.unitId });
    expect(statement.deposits).toContainEqual(deposit);
    await eventually(async () => {
      const received = (await fixture.bus.events('BILLING')).filter(
        (e) => e.type === 'deposit.received.v1' && (e.data as { depositId: string }).depositId === deposit.id,
      );
      expect(received.map((e) => e.data)).toEqual([
        {
          depositId: deposit.id,
          number: deposit.number,
          unitId: unit.unitId,
          kind: 'contract',
          amountFen: 500_000,
          receivedAt: '2026-11-25T02:30:00.000Z',
        },
      ]);
    });
    // It is a deposit like any other: deducted, then its balance refunded (BIL-8).
    await request(DeductDeposit, { depositId: deposit.id, amountFen: 30_000, reason: '墙面污损' });
    const refunded = await request<DepositView>(RefundDeposit, {
      depositId: deposit.id,
      method: 'bank-transfer',
      reason: '租约期满退还',
    });
    expect(refunded).toMatchObject({
      status: 'refunded',
      deductedFen: 30_000,
      refundedFen: 470_000,
      balanceFen: 0,
    });
    await expectLedgerIntact(fixture);
  });

  it('20 concurrent copies with one Idempotency-Key receive one deposit; the key with another amount receives nothing', async () => {
    const unit = await unitWithPayer();
    const key = newId();
    const body = contractDeposit(unit, { method: 'cash', externalTransactionId: undefined });
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => request<DepositView>(ReceiveDeposit, body, { idempotencyKey: key })),
    );
    expect(new Set(replies.map((r) => r.number)).size).toBe(1);
    expect(await count('deposit', 'unit_id = ?', [unit.unitId])).toBe(1);
    await expect(
      request(ReceiveDeposit, { ...body, amountFen: 500_001 }, { idempotencyKey: key }),
    ).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await count('deposit', 'unit_id = ?', [unit.unitId])).toBe(1);
    await expectLedgerIntact(fixture);
  });

  it('the same transfer entered twice receives one deposit; its id for another deposit or a payment is refused', async () => {
    const unit = await unitWithPayer();
    const body = contractDeposit(unit);
    const first = await request<DepositView>(ReceiveDeposit, body);
    // Two cashiers entering it again at once, without a key: the same deposit.
    const again = await Promise.all([
      request<DepositView>(ReceiveDeposit, body),
      request<DepositView>(ReceiveDeposit, body),
    ]);
    expect(again.map((d) => d.id)).toEqual([first.id, first.id]);
    await expect(request(ReceiveDeposit, { ...body, amountFen: 400_000 })).rejects.toMatchObject({
      code: 'EXTERNAL_TRANSACTION_REUSED',
      details: { field: 'externalTransactionId', depositNumber: first.number },
    });
    const payment = await request<PaymentView>(RecordPayment, {
      unitId: unit.unitId,
      payerPersonId: unit.payerPersonId,
      method: 'alipay',
      amountFen: 2_000,
      externalTransactionId: `ALI-${newId()}`,
    });
    await expect(
      request(ReceiveDeposit, {
        ...body,
        method: 'alipay',
        externalTransactionId: payment.externalTransactionId,
      }),
    ).rejects.toMatchObject({
      code: 'EXTERNAL_TRANSACTION_REUSED',
      details: { field: 'externalTransactionId', receiptNumber: payment.receiptNumber },
    });
    // And the other way round: the deposit's transfer pays no payment as well (decision 0209).
    await expect(
      request(RecordPayment, {
        unitId: unit.unitId,
        payerPersonId: unit.payerPersonId,
        method: body.method,
        amountFen: body.amountFen,
        externalTransactionId: body.externalTransactionId,
      }),
    ).rejects.toMatchObject({
      code: 'EXTERNAL_TRANSACTION_REUSED',
      details: { field: 'externalTransactionId', depositNumber: first.number },
    });
    expect(await count('deposit', 'unit_id = ?', [unit.unitId])).toBe(1);
    expect(await count('payment', 'unit_id = ?', [unit.unitId])).toBe(1);
    await expectLedgerIntact(fixture);
  });

  it('BIL-8, decision 0246: every deduction above an empty deposit charges its own shortfall bill; a retry with its key charges it once', async () => {
    const unit = await unitWithPayer();
    const deposit = await request<DepositView>(
      ReceiveDeposit,
      contractDeposit(unit, { amountFen: 1_000, method: 'cash', externalTransactionId: undefined }),
    );
    const deduct = (amountFen: number, reason: string, idempotencyKey = newId()) =>
      request<DepositView>(DeductDeposit, { depositId: deposit.id, amountFen, reason }, { idempotencyKey });
    await deduct(1_500, '墙面损坏');
    await deduct(300, '门锁损坏');
    const key = newId();
    await deduct(200, '窗户玻璃破裂', key);
    await deduct(200, '窗户玻璃破裂', key); // the answer was lost: the same key again
    const shortfalls = await sql(fixture).execute<{ total_fen: string }[]>(
      `select amount_fen::text as total_fen from bill where unit_id = ? and source = 'deposit-shortfall' order by number`,
      [unit.unitId],
    );
    expect(shortfalls.map((b) => Number(b.total_fen))).toEqual([500, 300, 200]);
    await expectLedgerIntact(fixture);
  });

  it('decision 0208: a decoration deposit, or one the payer was already asked for on a bill, is refused naming kind', async () => {
    const unit = await unitWithPayer();
    await expect(
      request(ReceiveDeposit, contractDeposit(unit, { kind: 'decoration' })),
    ).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: { errors: [expect.objectContaining({ field: 'kind' })] },
    });
    // The move-in asked for the tenant's contract deposit on a bill: it is paid on that bill.
    await raiseCharge(fixture, {
      ...unit,
      purpose: 'tenant-move-in',
      items: [{ code: 'contract-deposit', description: '合同押金', amountFen: 500_000 }],
    });
    const asked = (await request<StatementView>(GetStatement, { unitId: unit.unitId })).deposits.find(
      (d) => d.status === 'awaiting-payment',
    )!;
    const refused = request(ReceiveDeposit, contractDeposit(unit));
    await expect(refused).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      details: {
        depositNumber: asked.number,
        billNumber: expect.stringMatching(/^ZD-/),
        errors: [expect.objectContaining({ field: 'kind' })],
      },
    });
    expect(await count('deposit', 'unit_id = ?', [unit.unitId])).toBe(1);
    // Paid on its bill, it is held; a further contract deposit may then be received here.
    await request(RecordPayment, { ...unit, method: 'cash', amountFen: 502_000 });
    const second = await request<DepositView>(ReceiveDeposit, contractDeposit(unit, { amountFen: 100_000 }));
    expect(second.status).toBe('held');
    expect(await count('deposit', 'unit_id = ? and status = ?', [unit.unitId, 'held'])).toBe(2);
    await expectLedgerIntact(fixture);
  });

  it('GEN-5 and bad input: 404 for a unit billing does not know or the caller may not see; the payer and the time are checked', async () => {
    const unit = await unitWithPayer();
    await expect(
      request(ReceiveDeposit, contractDeposit({ unitId: newId(), payerPersonId: unit.payerPersonId })),
    ).rejects.toMatchObject({ code: 'UNIT_NOT_FOUND' });
    const elsewhere = staff({ sub: 'staff-0302', roles: ['finance'], communities: ['BN09'] });
    await expect(
      fixture.bus.request(ReceiveDeposit, contractDeposit(unit) as never, elsewhere),
    ).rejects.toMatchObject({ code: 'UNIT_NOT_FOUND' });
    await expect(
      request(ReceiveDeposit, contractDeposit({ unitId: unit.unitId, payerPersonId: newId() })),
    ).rejects.toMatchObject({
      code: 'PAYER_NOT_OF_UNIT',
      details: { errors: [expect.objectContaining({ field: 'payerPersonId' })] },
    });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    await expect(
      request(ReceiveDeposit, contractDeposit(unit, { receivedAt: tomorrow })),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field: 'receivedAt' })] },
    });
    // Not cash: the transaction id is required (400 naming it, before anything is read).
    await expect(
      request(ReceiveDeposit, contractDeposit(unit, { externalTransactionId: undefined })),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [expect.objectContaining({ field: 'externalTransactionId' })] },
    });
    expect(await count('deposit', 'unit_id = ?', [unit.unitId])).toBe(0);
  });
});
