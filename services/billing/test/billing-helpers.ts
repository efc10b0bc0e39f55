import { expect } from '@jest/globals';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ChargeRequestRaised,
  ChargeRequestWithdrawn,
  CommunityCreated,
  OccupancyStarted,
  ResidentsBus,
  UnitCreated,
  type ChargeItemV1,
  type ChargePurpose,
  type ChargeRequestRaisedV1,
} from '@pcs/contracts';
import { newId } from '@pcs/platform';
import { eventually, staff, type ServiceFixture } from '@pcs/testing';
import { Clock } from '../src/clock/clock.js';

export const at = (s: string) => new Date(`${s}+08:00`);

export function sql(fixture: ServiceFixture): EntityManager {
  return fixture.service.app.get(MikroORM).em.fork() as EntityManager;
}

/** Publishes a residents event about `subject` in `communityId`, as the residents service would. */
export function publishResidents(fixture: ServiceFixture) {
  return (definition: any, subject: string, data: object, communityId: string) =>
    fixture.bus.publishEvent(definition, ResidentsBus, {
      source: 'residents',
      subject,
      companyid: 'HRX',
      communityid: communityId,
      data,
    } as never);
}

export function clock(fixture: ServiceFixture): Clock {
  return fixture.service.app.get(Clock);
}

/** Residents announcing a community (`community.created`), as billing's replica learns of it. */
export function announceCommunity(fixture: ServiceFixture) {
  return (communityId: string, name = '翠湖山庄', kind = 'residential', timeZone = 'Asia/Shanghai') =>
    fixture.bus.publishEvent(CommunityCreated, ResidentsBus, {
      source: 'residents',
      subject: communityId,
      companyid: 'HRX',
      communityid: communityId,
      aggregateversion: 1,
      data: { communityId, name, kind, timeZone },
    } as never);
}

/**
 * Units of the given floor areas (0.01 m²) in a community, each owned since 2025 by its own owner, as
 * residents announce them; resolves once billing has them all.
 */
export function ownedUnits(fixture: ServiceFixture) {
  const publish = publishResidents(fixture);
  const announce = announceCommunity(fixture);
  const count = rowCount(fixture);
  return async (communityId: string, areas: number[]) => {
    // Residents announce the community first: billing refuses records of one it never heard of.
    await announce(communityId);
    const units: { unitId: string; ownerId: string; occupancyId: string }[] = [];
    for (const [i, area] of areas.entries()) {
      const unit = { unitId: newId(), ownerId: newId(), occupancyId: newId() };
      units.push(unit);
      await publish(
        UnitCreated,
        unit.unitId,
        {
          unitId: unit.unitId,
          buildingId: newId(),
          label: `5栋${101 + i}`,
          type: 'residence',
          grossAreaCentiM2: area,
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
      expect(await count('unit_replica', 'community_id = ?', [communityId])).toBe(areas.length);
      expect(await fixture.bus.consumersIdle()).toBe(true);
    });
    return units;
  };
}

/** The finance office's cashier, who records payments and receives deposits. */
export const cashier = staff({ sub: 'staff-0301', name: '周敏', roles: ['finance'] });

/** Asks billing over the bus as the cashier, with an Idempotency-Key where one is given. */
export function requestAsCashier(fixture: ServiceFixture) {
  return <R>(def: { subject: string }, payload: object, extra: { idempotencyKey?: string } = {}) =>
    fixture.bus.request(def as never, payload, cashier, extra) as Promise<R>;
}

/** How many rows of `table` match `where` (with `params` for its placeholders). */
export function rowCount(fixture: ServiceFixture) {
  return async (table: string, where = 'true', params: unknown[] = []) =>
    Number(
      (
        await sql(fixture).execute<{ n: string }[]>(
          `select count(*) as n from ${table} where ${where}`,
          params,
        )
      )[0]!.n,
    );
}

/** Residents raising a charge request, as its procedures do; resolves once billing has billed it. */
export async function raiseCharge(
  fixture: ServiceFixture,
  options: {
    unitId?: string;
    payerPersonId?: string;
    purpose?: ChargePurpose;
    items: ChargeItemV1[];
    communityId?: string;
    time?: string;
    referenceId?: string;
    eventId?: string;
    requestId?: string;
  },
): Promise<ChargeRequestRaisedV1> {
  const data: ChargeRequestRaisedV1 = {
    requestId: options.requestId ?? newId(),
    purpose: options.purpose ?? 'move-in',
    unitId: options.unitId ?? newId(),
    payerPersonId: options.payerPersonId ?? newId(),
    reference: {
      kind: options.purpose === 'decoration' ? 'decoration' : 'move-in',
      id: options.referenceId ?? newId(),
    },
    items: options.items,
  };
  await fixture.bus.publishEvent(ChargeRequestRaised, ResidentsBus, {
    ...(options.eventId ? { id: options.eventId } : {}),
    source: 'residents',
    subject: data.requestId,
    companyid: 'HRX',
    communityid: options.communityId ?? 'GZ01',
    ...(options.time ? { time: options.time } : {}),
    data,
  });
  await eventually(async () => {
    const rows = await sql(fixture).execute(`select id from charge_request where id = ?`, [data.requestId]);
    expect(rows).toHaveLength(1);
  });
  return data;
}

export async function withdrawCharge(
  fixture: ServiceFixture,
  requestId: string,
  reason: string,
): Promise<void> {
  await fixture.bus.publishEvent(ChargeRequestWithdrawn, ResidentsBus, {
    source: 'residents',
    subject: requestId,
    companyid: 'HRX',
    communityid: 'GZ01',
    data: { requestId, reason },
  });
  await eventually(async () => {
    const [row] = await sql(fixture).execute<{ status: string }[]>(
      `select status from charge_request where id = ?`,
      [requestId],
    );
    expect(row?.status).toBe('cancelled');
  });
}

/**
 * BIL-12 over the whole database: every transaction sums to zero, and every deposit's and bill's
 * cached amounts agree with the ledger and the allocations.
 */
export async function expectLedgerIntact(fixture: ServiceFixture): Promise<void> {
  const em = sql(fixture);
  expect(
    await em.execute(
      `select transaction_id, sum(amount_fen) from ledger_entry group by transaction_id having sum(amount_fen) <> 0`,
    ),
  ).toEqual([]);
  expect(await em.execute(`select coalesce(sum(amount_fen), 0)::text as total from ledger_entry`)).toEqual([
    { total: '0' },
  ]);
  // A bill line's paid amount is the sum of its allocations (BIL-5, BIL-6), on a bill no credit paid.
  expect(
    await em.execute(
      `select l.id from bill_line l left join payment_allocation a on a.bill_line_id = l.id
       where not exists (select 1 from ledger_transaction t where t.kind = 'credit-applied' and t.reference_id = l.bill_id)
       group by l.id, l.paid_fen having l.paid_fen <> coalesce(sum(a.amount_fen), 0)`,
    ),
  ).toEqual([]);
  // A bill's paid amount is its lines', and its payments' allocations plus the credit set against it
  // at issue (decision 0202), which left the payer's prepayment account, less what a payment's
  // reversal took back (decision 0385).
  expect(
    await em.execute(
      `select b.id from bill b
       left join (select bill_id, sum(amount_fen) as s from payment_allocation group by bill_id) a on a.bill_id = b.id
       left join (select t.reference_id, sum(e.amount_fen) as s from ledger_transaction t
                  join ledger_entry e on e.transaction_id = t.id
                  join account ac on ac.id = e.account_id and ac.kind = 'prepayment'
                  where t.kind in ('credit-applied', 'credit-unapplied') group by t.reference_id) c on c.reference_id = b.id
       left join (select bill_id, sum(paid_fen) as s from bill_line group by bill_id) l on l.bill_id = b.id
       where b.paid_fen <> coalesce(a.s, 0) + coalesce(c.s, 0) or b.paid_fen <> coalesce(l.s, 0)`,
    ),
  ).toEqual([]);
  // No credit balance is below zero: nothing spends more than a payer holds (BIL-5, BIL-12).
  expect(
    await em.execute(
      `select a.key from account a join ledger_entry e on e.account_id = a.id
       where a.kind = 'prepayment' group by a.key having sum(e.amount_fen) > 0`,
    ),
  ).toEqual([]);
  // A deposit's balance is its account's (BIL-8, BIL-12), never below zero.
  expect(
    await em.execute(
      `select d.id from deposit d left join account a on a.key = 'deposit:' || d.id
       left join ledger_entry e on e.account_id = a.id
       group by d.id having d.received_fen - d.deducted_fen - d.refunded_fen <> -coalesce(sum(e.amount_fen), 0)
          or d.received_fen - d.deducted_fen - d.refunded_fen < 0`,
    ),
  ).toEqual([]);
  // A receivable's balance is what its open fee lines still owe.
  expect(
    await em.execute(
      `select a.key from account a
       left join (select account_id, sum(amount_fen) as s from ledger_entry group by account_id) e on e.account_id = a.id
       left join (select b.unit_id, b.payer_person_id,
                         sum(l.amount_fen - l.paid_fen - l.credited_fen) as owed
                    from bill_line l join bill b on b.id = l.bill_id where l.deposit_id is null
                   group by b.unit_id, b.payer_person_id) o
         on o.unit_id = a.unit_id and o.payer_person_id is not distinct from a.person_id
       where a.kind = 'receivable' and coalesce(e.s, 0) <> coalesce(o.owed, 0)`,
    ),
  ).toEqual([]);
}
