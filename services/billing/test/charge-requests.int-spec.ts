import { describe, expect, it } from '@jest/globals';
import {
  GetChargeRequestStatus,
  GetClearance,
  GetStatement,
  RecordPayment,
  RefundDeposit,
  type ChargeRequestStatusView,
  type ClearanceView,
  type PaymentView,
  type StatementView,
  DecorationInspectionPassed,
  ResidentsBus,
  UnitCreated,
} from '@pcs/contracts';
import { newId } from '@pcs/platform';
import { eventually, staff, useService } from '@pcs/testing';
import { billingService } from '../src/billing.service-spec.js';
import {
  at,
  clock,
  expectLedgerIntact,
  raiseCharge,
  requestAsCashier,
  sql,
  withdrawCharge,
} from './billing-helpers.js';

describe("billing's side of the residents procedures (decision 0030)", () => {
  const fixture = useService(billingService);
  const request = requestAsCashier(fixture);
  const status = async (requestId: string) =>
    (await request<ChargeRequestStatusView>(GetChargeRequestStatus, { requestIds: [requestId] })).items[0]!;

  it('RES-4, BIL-1: a move-in charge request is billed once from the default price, however often it is delivered', async () => {
    const eventId = newId();
    const raised = await raiseCharge(fixture, {
      items: [{ code: 'move-in-fees', description: '入住费用（物业费预收、装修管理费）' }],
      eventId,
    });
    // The same event again, and the same request in another event: still one bill.
    await raiseCharge(fixture, { ...raised, items: raised.items, eventId });
    await raiseCharge(fixture, { ...raised, items: raised.items, requestId: raised.requestId });
    expect(await status(raised.requestId)).toEqual({
      requestId: raised.requestId,
      status: 'billed',
      billedFen: 250_000,
      paidFen: 0,
    });
    const bills = await sql(fixture).execute(`select number from bill where charge_request_id = ?`, [
      raised.requestId,
    ]);
    expect(bills).toEqual([{ number: expect.stringMatching(/^ZD-GZ01-\d{4}-\d{6}$/) }]);
    expect(await status(newId())).toMatchObject({ status: 'unknown', billedFen: 0 });
  });

  it('BIL-11, BIL-5: clearance lists what is owed; paid, the request is settled once and the unit is clear', async () => {
    const raised = await raiseCharge(fixture, {
      items: [{ code: 'move-in-fees', description: '入住费用' }],
    });
    const owed = await request<ClearanceView>(GetClearance, { unitId: raised.unitId });
    expect(owed).toMatchObject({
      unitId: raised.unitId,
      clear: false,
      totalOwedFen: 250_000,
      openItems: [{ kind: 'bill', description: '入住费用', amountFen: 250_000 }],
    });
    const payment = await request<PaymentView>(RecordPayment, {
      unitId: raised.unitId,
      payerPersonId: raised.payerPersonId,
      method: 'wechat-pay',
      amountFen: 250_000,
      externalTransactionId: `wx-${raised.requestId}`,
    });
    expect(payment).toMatchObject({
      receiptNumber: expect.stringMatching(/^SJ-GZ01-\d{4}-\d{6}$/),
      allocatedFen: 250_000,
      creditFen: 0,
      methodLabel: '微信支付',
    });
    expect(await status(raised.requestId)).toMatchObject({ status: 'settled', paidFen: 250_000 });
    expect(await request<ClearanceView>(GetClearance, { unitId: raised.unitId })).toMatchObject({
      clear: true,
      totalOwedFen: 0,
      openItems: [],
    });
    await eventually(async () => {
      const events = await fixture.bus.events('BILLING');
      const settled = events.filter(
        (e) => e.type === 'charge-request.settled.v1' && (e.data as any).requestId === raised.requestId,
      );
      expect(settled.map((e) => e.data)).toEqual([
        expect.objectContaining({ purpose: 'move-in', unitId: raised.unitId, paidFen: 250_000 }),
      ]);
      expect(events.map((e) => e.type)).toEqual(
        expect.arrayContaining(['bill.issued.v1', 'payment.recorded.v1', 'account.cleared.v1']),
      );
    });
    await expectLedgerIntact(fixture);
  });

  it('RES-5, BIL-8, BIL-9: the decoration deposit is held when paid and refundable only 90 days after the passed inspection', async () => {
    const decorationId = newId();
    const raised = await raiseCharge(fixture, {
      purpose: 'decoration',
      referenceId: decorationId,
      items: [
        { code: 'decoration-deposit', description: '装修押金' },
        { code: 'decoration-waste-removal', description: '装修垃圾清运费' },
      ],
    });
    expect(await status(raised.requestId)).toMatchObject({ billedFen: 350_000 });
    await request(RecordPayment, {
      unitId: raised.unitId,
      payerPersonId: raised.payerPersonId,
      method: 'cash',
      amountFen: 350_000,
    });
    expect(await status(raised.requestId)).toMatchObject({ status: 'settled', paidFen: 350_000 });
    const statement = await request<StatementView>(GetStatement, { unitId: raised.unitId });
    const [deposit] = statement.deposits;
    expect(deposit).toMatchObject({
      kind: 'decoration',
      kindLabel: '装修押金',
      number: expect.stringMatching(/^YJ-GZ01-/),
      requiredFen: 300_000,
      balanceFen: 300_000,
      status: 'held',
    });
    // Not before the inspection passed…
    await expect(
      request(RefundDeposit, { depositId: deposit!.id, method: 'bank-transfer', reason: '装修完工' }),
    ).rejects.toMatchObject({ code: 'DEPOSIT_NOT_REFUNDABLE' });
    await fixture.bus.publishEvent(DecorationInspectionPassed, ResidentsBus, {
      source: 'residents',
      subject: decorationId,
      companyid: 'HRX',
      communityid: 'GZ01',
      data: {
        decorationId,
        number: 'ZX-GZ01-2026-000001',
        unitId: raised.unitId,
        applicantPersonId: raised.payerPersonId,
        passedAt: '2027-01-21T10:00:00+08:00',
        depositRefundableFrom: '2027-04-21',
      },
    });
    await eventually(async () =>
      expect(
        (await request<StatementView>(GetStatement, { unitId: raised.unitId })).deposits[0],
      ).toMatchObject({
        refundableFrom: '2027-04-21',
      }),
    );
    // …nor on the 89th day…
    clock(fixture).travelTo(at('2027-04-20T18:00:00'));
    await expect(
      request(RefundDeposit, { depositId: deposit!.id, method: 'bank-transfer', reason: '装修完工' }),
    ).rejects.toMatchObject({ code: 'DEPOSIT_NOT_REFUNDABLE', details: { refundableFrom: '2027-04-21' } });
    // …from the 90th.
    clock(fixture).travelTo(at('2027-04-21T09:00:00'));
    expect(
      await request(RefundDeposit, { depositId: deposit!.id, method: 'bank-transfer', reason: '装修完工' }),
    ).toMatchObject({ status: 'refunded', refundedFen: 300_000, balanceFen: 0 });
    await expectLedgerIntact(fixture);
  });

  it('RES-6, BIL-8: move-out damage comes out of the held contract deposit; what it cannot cover is owed', async () => {
    const unitId = newId();
    const tenant = newId();
    const moveIn = await raiseCharge(fixture, {
      unitId,
      payerPersonId: tenant,
      purpose: 'tenant-move-in',
      items: [{ code: 'contract-deposit', description: '合同押金', amountFen: 500_000 }],
    });
    await request(RecordPayment, {
      unitId,
      payerPersonId: tenant,
      method: 'card',
      amountFen: 500_000,
      externalTransactionId: `POS-${newId()}`,
    });
    expect(await status(moveIn.requestId)).toMatchObject({ status: 'settled' });
    const damage = await raiseCharge(fixture, {
      unitId,
      payerPersonId: tenant,
      purpose: 'move-out-damage',
      items: [
        { code: 'damage-from-deposit', description: '主卧门锁损坏', amountFen: 420_000 },
        { code: 'damage-from-deposit', description: '客厅地板划伤', amountFen: 130_000 },
      ],
    });
    const statement = await request<StatementView>(GetStatement, { unitId });
    expect(statement.deposits[0]).toMatchObject({ kind: 'contract', deductedFen: 500_000, balanceFen: 0 });
    expect(await status(damage.requestId)).toMatchObject({ status: 'billed', billedFen: 50_000 });
    expect(await request<ClearanceView>(GetClearance, { unitId })).toMatchObject({
      clear: false,
      totalOwedFen: 50_000,
    });
    await expectLedgerIntact(fixture);
  });

  it('BIL-6, decision 0102: a withdrawn request has its unpaid bill cancelled by a credit note', async () => {
    const raised = await raiseCharge(fixture, {
      purpose: 'decoration',
      items: [
        { code: 'decoration-deposit', description: '装修押金' },
        { code: 'decoration-waste-removal', description: '装修垃圾清运费' },
      ],
    });
    await withdrawCharge(fixture, raised.requestId, '业主取消装修');
    expect(await status(raised.requestId)).toMatchObject({ status: 'cancelled', billedFen: 0, paidFen: 0 });
    expect(await request<ClearanceView>(GetClearance, { unitId: raised.unitId })).toMatchObject({
      clear: true,
    });
    const statement = await request<StatementView>(GetStatement, { unitId: raised.unitId });
    expect(statement.bills[0]).toMatchObject({
      status: 'cancelled',
      statusLabel: '已冲销',
      creditedFen: 350_000,
    });
    expect(statement.deposits[0]).toMatchObject({ status: 'cancelled' });
    await expectLedgerIntact(fixture);
  });

  it('BIL-11, GEN-5: clearance of a unit outside the caller\'s communities or company, or unknown, is UNIT_NOT_FOUND as its statement is, never "clear"', async () => {
    // A GZ02 unit that owes ¥2,500.00.
    const raised = await raiseCharge(fixture, {
      communityId: 'GZ02',
      items: [{ code: 'move-in-fees', description: '入住费用' }],
    });
    const gz02 = staff({ sub: 'staff-0302', roles: ['finance'], communities: ['GZ02'] });
    expect(await fixture.bus.request(GetClearance, { unitId: raised.unitId }, gz02)).toMatchObject({
      clear: false,
      totalOwedFen: 250_000,
    });
    const gz01 = staff({ sub: 'staff-0303', roles: ['front-desk'], communities: ['GZ01'] });
    const otherCompany = staff({
      sub: 'staff-0901',
      companyId: 'OTHER',
      roles: ['finance'],
      communities: ['*'],
    });
    for (const [actor, query] of [
      [gz01, { unitId: raised.unitId }],
      [gz01, { unitId: raised.unitId, payerPersonId: raised.payerPersonId }],
      [otherCompany, { unitId: raised.unitId }],
      [gz02, { unitId: newId() }],
    ] as const) {
      await expect(fixture.bus.request(GetStatement, query, actor)).rejects.toMatchObject({
        code: 'UNIT_NOT_FOUND',
      });
      await expect(fixture.bus.request(GetClearance, query, actor)).rejects.toMatchObject({
        code: 'UNIT_NOT_FOUND',
      });
    }

    // A GZ01 unit residents described but billing never billed owes nothing, in GZ01 only (RES-6).
    const unitId = newId();
    await fixture.bus.publishEvent(UnitCreated, ResidentsBus, {
      source: 'residents',
      subject: unitId,
      companyid: 'HRX',
      communityid: 'GZ01',
      data: { unitId, buildingId: newId(), label: '3栋1202', type: 'residence', grossAreaCentiM2: 8_950 },
    } as never);
    await eventually(async () =>
      expect(
        await sql(fixture).execute(`select unit_id from unit_replica where unit_id = ?`, [unitId]),
      ).toEqual([{ unit_id: unitId }]),
    );
    expect(await fixture.bus.request(GetClearance, { unitId }, gz01)).toMatchObject({
      unitId,
      clear: true,
      totalOwedFen: 0,
      openItems: [],
    });
    expect(await fixture.bus.request(GetStatement, { unitId }, gz01)).toMatchObject({
      unitId,
      owedFen: 0,
      bills: [],
    });
    await expect(fixture.bus.request(GetClearance, { unitId }, gz02)).rejects.toMatchObject({
      code: 'UNIT_NOT_FOUND',
    });
  });
});
