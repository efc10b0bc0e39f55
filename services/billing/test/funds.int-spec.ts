import { describe, expect, it } from '@jest/globals';
import {
  DrawRevolvingFund,
  GetClearance,
  GetQualityDeposit,
  GetStatement,
  MaintenanceBus,
  ReceiveQualityDeposit,
  ReplenishRevolvingFund,
  SettlementCertified,
  WorkOrderCompleted,
  type ClearanceView,
  type QualityDepositView,
  type RevolvingFundDrawView,
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

  it('MNT-13: a team’s fund opens with 100,000 yuan; the same draw twice draws once; an overdraw is refused and records nothing', async () => {
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
    // An overdraw of a fund never opened opens nothing either.
    await expect(draw(newId(), 10_000_001)).rejects.toMatchObject({ code: 'REVOLVING_FUND_OVERDRAWN' });
    expect(await sql(fixture).execute(`select count(*)::int as n from ledger_entry`)).toEqual(entries);
    expect(await request(ReplenishRevolvingFund, { teamId, amountFen: 1_250_000 }, finance)).toEqual({
      teamId,
      balanceFen: 10_000_000,
    });
    // Concurrent draws never take the fund below zero.
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => draw(teamId, 2_000_000)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
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
      expect(await request<QualityDepositView>(GetQualityDeposit, { contractorId }, finance)).toEqual({
        contractorId,
        balanceFen: 20_000,
        shortfallFen: 0,
      }),
    );
    await fixture.bus.publishEvent(SettlementCertified, MaintenanceBus, settlement(newId(), 45_000));
    await eventually(async () =>
      expect(await request<QualityDepositView>(GetQualityDeposit, { contractorId }, finance)).toEqual({
        contractorId,
        balanceFen: 0,
        shortfallFen: 25_000,
      }),
    );
    await expectLedgerIntact(fixture);
  });
});
