import { describe, expect, it } from '@jest/globals';
import {
  GetStatement,
  OccupancyEnded,
  OccupancyStarted,
  RecordPayment,
  ResidentsBus,
  RunBilling,
  SetFeeItemRate,
  UnitCreated,
  type BillingRunView,
  type StatementView,
} from '@pcs/contracts';
import { newId } from '@pcs/platform';
import { eventually, staff, useService } from '@pcs/testing';
import { billingService } from '../src/billing.service-spec.js';
import {
  announceCommunity,
  at,
  clock,
  expectLedgerIntact,
  publishResidents,
  sql,
} from './billing-helpers.js';

const finance = staff({ sub: 'staff-0301', name: '周敏', roles: ['finance'], communities: ['*'] });

/** 89.50 m² at 3.00 元/m²: the month's property fee of every unit here. */
const MONTH_FEN = 26_850;

describe('a month already billed is corrected when an occupancy change for its days arrives (BIL-2, BIL-6, decision 0364)', () => {
  const fixture = useService(billingService);
  const request = <R>(def: { subject: string }, payload: object) =>
    fixture.bus.request(def as never, payload, finance) as Promise<R>;
  const publish = publishResidents(fixture);
  const announce = announceCommunity(fixture);
  const idle = () => eventually(async () => expect(await fixture.bus.consumersIdle()).toBe(true));

  /** A community of `count` units of 89.50 m², each owned since 2025 by its own owner, its rate set. */
  async function community(communityId: string, count: number) {
    clock(fixture).travelTo(at('2026-12-20T09:00:00'));
    await request(SetFeeItemRate, {
      code: 'property-management',
      name: '物业管理费',
      basis: 'per-square-metre',
      rateFen: 300,
      effectiveFrom: '2026-01-01',
    });
    await announce(communityId);
    const units: { unitId: string; ownerId: string; occupancyId: string }[] = [];
    for (let i = 0; i < count; i++) {
      const unit = { unitId: newId(), ownerId: newId(), occupancyId: newId() };
      units.push(unit);
      await publish(
        UnitCreated,
        unit.unitId,
        {
          unitId: unit.unitId,
          buildingId: newId(),
          label: `6栋${501 + i}`,
          type: 'residence',
          grossAreaCentiM2: 8_950,
        },
        communityId,
      );
      await publish(
        OccupancyStarted,
        unit.occupancyId,
        {
          occupancyId: unit.occupancyId,
          unitId: unit.unitId,
          personId: unit.ownerId,
          role: 'owner',
          startDate: '2025-01-01',
        },
        communityId,
      );
    }
    await eventually(async () => {
      expect(
        await sql(fixture).execute(`select count(*)::int as n from occupancy_replica where unit_id in (?)`, [
          units.map((u) => u.unitId),
        ]),
      ).toEqual([{ n: count }]);
    });
    await idle();
    return units;
  }

  /** The owner's sale on `day`: their occupancy ends, the buyer's starts, as residents announce them. */
  async function sell(
    communityId: string,
    unit: { unitId: string; ownerId: string; occupancyId: string },
    day: string,
  ) {
    const buyer = newId();
    await publish(
      OccupancyEnded,
      unit.occupancyId,
      {
        occupancyId: unit.occupancyId,
        unitId: unit.unitId,
        personId: unit.ownerId,
        role: 'owner',
        endDate: day,
        reason: '房屋出售',
      },
      communityId,
    );
    const occupancyId = newId();
    await publish(
      OccupancyStarted,
      occupancyId,
      { occupancyId, unitId: unit.unitId, personId: buyer, role: 'owner', startDate: day },
      communityId,
    );
    await idle();
    return buyer;
  }

  const periodicBills = (unitId: string) =>
    sql(fixture).execute<
      {
        payer_person_id: string | null;
        source_key: string;
        status: string;
        amount_fen: string;
        paid_fen: string;
        description: string;
      }[]
    >(
      `select payer_person_id, source_key, status, amount_fen::text, paid_fen::text, description from bill
       where unit_id = ? and source = 'periodic' order by issued_at, number`,
      [unitId],
    );
  const live = async (unitId: string, period = '2026-12') =>
    (await periodicBills(unitId))
      .filter((b) => b.status !== 'cancelled' && b.source_key.startsWith(`${period}:`))
      .map((b) => [b.payer_person_id, Number(b.amount_fen)] as const);
  const run = (communityId: string, period = '2026-12') =>
    request<BillingRunView>(RunBilling, { communityId, period });

  it('BIL-2, BIL-6 (decision 0364): an owner who sold mid-month after the run pays their days and the buyer the rest, to the fen; a rerun afterwards writes nothing', async () => {
    const [sold, kept] = await community('OC01', 2);
    expect(await run('OC01')).toMatchObject({ billsIssued: 2, totalFen: 2 * MONTH_FEN });
    const buyer = await sell('OC01', sold!, '2026-12-11');
    // Ten of December's 31 days are the seller's, 21 the buyer's (the run's apportionment, BIL-3's rounding).
    expect(await live(sold!.unitId)).toEqual([
      [sold!.ownerId, 8_661],
      [buyer, 18_189],
    ]);
    expect(8_661 + 18_189).toBe(MONTH_FEN);
    const bills = await periodicBills(sold!.unitId);
    // The first bill and the unit's part while nobody held the days (between the two events) are
    // cancelled by credit notes; the new parts carry fresh revisions.
    expect(bills.map((b) => [b.source_key.split(':').slice(2).join(':'), b.status])).toEqual([
      [sold!.ownerId, 'cancelled'],
      [`${sold!.ownerId}:r2`, 'open'],
      ['unit:r2', 'cancelled'],
      [`${buyer}:r3`, 'open'],
    ]);
    expect(bills.filter((b) => b.status === 'open').map((b) => b.description)).toEqual([
      '2026-12 物业服务费用（重开）',
      '2026-12 物业服务费用（重开）',
    ]);
    const lines = await sql(fixture).execute<{ description: string }[]>(
      `select l.description from bill_line l join bill b on b.id = l.bill_id
       where b.unit_id = ? and b.status = 'open' order by l.amount_fen`,
      [sold!.unitId],
    );
    expect(lines.map((l) => l.description)).toEqual([
      '2026-12 物业管理费（10/31天）',
      '2026-12 物业管理费（21/31天）',
    ]);
    // The other unit is untouched; a rerun re-bills nothing and writes nothing.
    expect(await live(kept!.unitId)).toEqual([[kept!.ownerId, MONTH_FEN]]);
    const before = await sql(fixture).execute(`select count(*)::int as n from bill`);
    expect(await run('OC01')).toMatchObject({ billsIssued: 2, totalFen: 2 * MONTH_FEN });
    expect(await sql(fixture).execute(`select count(*)::int as n from bill`)).toEqual(before);
    await expectLedgerIntact(fixture);
  });

  it('BIL-2 (decisions 0244, 0364): a fee-paying tenant recorded after the run takes their days; the event delivered again, or sent again, bills nothing twice', async () => {
    const [let_] = await community('OC02', 1);
    await run('OC02');
    const tenant = newId();
    const occupancyId = newId();
    const eventId = newId();
    const started = {
      occupancyId,
      unitId: let_!.unitId,
      personId: tenant,
      role: 'tenant',
      startDate: '2026-12-11',
      paysFees: true,
    };
    const deliver = (id: string) =>
      fixture.bus.publishEvent(OccupancyStarted, ResidentsBus, {
        id,
        source: 'residents',
        subject: occupancyId,
        companyid: 'HRX',
        communityid: 'OC02',
        data: started,
      } as never);
    await deliver(eventId);
    await idle();
    const once = await periodicBills(let_!.unitId);
    expect(await live(let_!.unitId)).toEqual([
      [let_!.ownerId, 8_661],
      [tenant, 18_189],
    ]);
    // Redelivered (the same event) and re-sent (the same change, another event): nothing more.
    await deliver(eventId);
    await deliver(newId());
    await idle();
    expect(await periodicBills(let_!.unitId)).toEqual(once);
    expect(
      await sql(fixture).execute(`select count(*)::int as n from bill where unit_id = ?`, [let_!.unitId]),
    ).toEqual([{ n: 3 }]);
    await expectLedgerIntact(fixture);
  });

  it('BIL-2 (decision 0364): a change in a month never billed, or one that moves no day to another payer, changes nothing', async () => {
    const [unit, other] = await community('OC03', 2);
    await run('OC03', '2026-11');
    const before = await sql(fixture).execute(`select id, status, amount_fen from bill order by id`);
    const entries = await sql(fixture).execute(`select count(*)::int as n from ledger_entry`);
    // December was never billed: a fee-paying tenant from 5 December changes no bill.
    const tenancy = newId();
    const tenancyPayer = newId();
    await publish(
      OccupancyStarted,
      tenancy,
      {
        occupancyId: tenancy,
        unitId: unit!.unitId,
        personId: tenancyPayer,
        role: 'tenant',
        startDate: '2026-12-05',
        paysFees: true,
      },
      'OC03',
    );
    // November was: a household member and a tenant who does not pay the fees move nobody's days.
    for (const role of ['household-member', 'tenant'] as const) {
      const occupancyId = newId();
      await publish(
        OccupancyStarted,
        occupancyId,
        { occupancyId, unitId: other!.unitId, personId: newId(), role, startDate: '2026-11-11' },
        'OC03',
      );
    }
    await idle();
    expect(await sql(fixture).execute(`select id, status, amount_fen from bill order by id`)).toEqual(before);
    expect(await sql(fixture).execute(`select count(*)::int as n from ledger_entry`)).toEqual(entries);
    // December, billed now, bills the tenant their days from the start.
    await run('OC03');
    expect(await live(unit!.unitId)).toEqual([
      [unit!.ownerId, 3_464],
      [tenancyPayer, 23_386],
    ]);
  });

  it('BIL-5, BIL-6 (decision 0364): a bill already paid becomes the seller’s credit, which pays their days; the buyer owes the rest', async () => {
    const [sold] = await community('OC04', 1);
    await run('OC04');
    await request(RecordPayment, {
      unitId: sold!.unitId,
      payerPersonId: sold!.ownerId,
      method: 'cash',
      amountFen: MONTH_FEN,
    });
    const buyer = await sell('OC04', sold!, '2026-12-11');
    expect(await live(sold!.unitId)).toEqual([
      [sold!.ownerId, 8_661],
      [buyer, 18_189],
    ]);
    const statement = (payerPersonId: string) =>
      request<StatementView>(GetStatement, { unitId: sold!.unitId, payerPersonId });
    const seller = await statement(sold!.ownerId);
    // What was paid for the buyer's days is the seller's credit, to be refunded (BIL-5); their own
    // days are paid from it at issue (decision 0202).
    expect(seller).toMatchObject({ creditFen: 18_189, owedFen: 0 });
    expect(seller.bills.find((b) => b.status !== 'cancelled')).toMatchObject({
      amountFen: 8_661,
      paidFen: 8_661,
      status: 'paid',
    });
    expect(await statement(buyer)).toMatchObject({ creditFen: 0, owedFen: 18_189 });
    await expectLedgerIntact(fixture);
  });
});
