import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RebillCause } from '@pcs/contracts';
import { archive, CommunityTimeZones, LOGGER } from '@pcs/platform';
import { localDateOf } from '@pcs/work-calendar';
import type { Logger } from 'pino';
import { BillIssuer, type BillInput } from '../bills/bill-issuer.js';
import { BillLine } from '../bills/bill-line.entity.js';
import { Bill } from '../bills/bill.entity.js';
import { BillService, paidBackOf, type PaidBack } from '../bills/bill.service.js';
import { Clock } from '../clock/clock.js';
import { BILLING_ACTOR } from '../deposits/deposit.service.js';
import { daysOf, periodBills, type PeriodicItem } from './billing-run.rules.js';
import { payerHoldings } from './payer-holdings.js';
import { BILLING_UNIT_RECORD, REBILL_NEEDED, rebillReason } from './rebill-needed.js';

/** A payer's part of a unit's month: fen per item code; `unit` for the days nobody held it. */
type Split = Map<string, Map<string, bigint>>;

/**
 * Decision 0364 (BIL-2, BIL-6): when billing learns of an occupancy change, each month the unit was
 * already billed for, from the change's day on, is billed again as its holders now stand. The bills of
 * the payers whose part changed are cancelled whole (what was paid becomes the payer's credit) and the
 * new parts issued with the unit's next revision (`:rN`), the month's amounts apportioned by day with
 * the run's rule (`periodBills`). A change that moves no day to another payer writes nothing, so an
 * event delivered again, or a rerun after it, bills nothing twice.
 */
@Injectable()
export class OccupancyCorrection {
  constructor(
    private readonly clock: Clock,
    private readonly issuer: BillIssuer,
    private readonly bills: BillService,
    private readonly timeZones: CommunityTimeZones,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Corrects `unitId`'s periodic bills of the months from `fromDate`'s on; in the event's transaction. */
  async afterOccupancyChanged(
    em: EntityManager,
    companyId: string,
    unitId: string,
    fromDate: string | undefined,
  ): Promise<void> {
    if (!fromDate) return;
    const months = await this.billedMonths(em, companyId, unitId, fromDate.slice(0, 7));
    if (months.length === 0) return;
    // The runs' rows first, as a run's chunk takes them: a chunk billing this unit right now commits
    // before its bills are read here, and a run after this change reads the holders it leaves.
    for (const communityId of new Set(months.map((m) => m.community_id)))
      await em.execute(
        `select id from billing_run where company_id = ? and community_id = ? and period in (?)
         order by period for update`,
        [companyId, communityId, months.filter((m) => m.community_id === communityId).map((m) => m.period)],
      );
    const holdings = (await payerHoldings(em, companyId, [unitId])).get(unitId) ?? [];
    for (const { period, community_id: communityId } of months) {
      const bills = await em.find(
        Bill,
        { companyId, unitId, source: 'periodic', sourceKey: { $like: `${period}:%` } },
        { lockMode: LockMode.PESSIMISTIC_WRITE, filters: false, orderBy: { sourceKey: 'asc' } },
      );
      const live = bills.filter((b) => b.status !== 'cancelled');
      if (live.length === 0) continue;
      const lines = await em.find(
        BillLine,
        { billId: { $in: live.map((b) => b.id) } },
        { orderBy: { lineNo: 'asc' }, filters: false },
      );
      const items = await monthItems(em, companyId, lines);
      const now = this.clock.now();
      const expected = periodBills(period, { type: 'residence', grossAreaCentiM2: 0 }, holdings, items);
      const before: Split = new Map(
        live.map((b) => [
          b.payerPersonId ?? 'unit',
          amountsBy(lines.filter((l) => l.billId === b.id).map((l) => [l.itemCode, l.amountFen])),
        ]),
      );
      const after: Split = new Map(
        expected.map((b) => [
          b.payerPersonId ?? 'unit',
          amountsBy(b.lines.map((l) => [l.itemCode, l.amountFen])),
        ]),
      );
      const changed = new Set(
        [...before.keys(), ...after.keys()].filter((p) => !same(before.get(p), after.get(p))),
      );
      if (changed.size === 0) continue;
      const month = { companyId, communityId, unitId, period, live, now };
      // A bill reduced by a credit note was corrected by finance; its month is theirs to re-bill, and
      // the unit's account says so (decision 0387).
      const reduced = live.filter((b) => b.creditedFen > 0n);
      if (reduced.length > 0) {
        await this.noteRebillNeeded(em, month, 'credit-noted', reduced);
        continue;
      }
      const cancelled = live.filter((b) => changed.has(b.payerPersonId ?? 'unit'));
      const paidBack = new Map<Bill, PaidBack[]>();
      for (const bill of cancelled) {
        const back = await paidBackOf(em, bill);
        if (back) paidBack.set(bill, back);
      }
      // Paid by someone who holds no credit (a payment naming no payer, decision 0345): left to
      // finance, and the unit's account says so (decision 0387).
      if (paidBack.size < cancelled.length) {
        const unpaidBack = cancelled.filter((b) => !paidBack.has(b));
        await this.noteRebillNeeded(em, month, 'paid-without-payer', unpaidBack);
        continue;
      }
      const reason = `${period} 房屋的业主或承担物业费的租户已变更，按天重新分摊后重开`;
      for (const [bill, back] of paidBack)
        await this.bills.cancelWhole(em, bill, back, reason, now, BILLING_ACTOR);
      const revision = Math.max(...bills.map((b) => revisionOf(b.sourceKey))) + 1;
      const timeZone = await this.timeZones.timeZoneOf(em, companyId, communityId);
      const today = localDateOf(now, timeZone);
      const last = daysOf(period).at(-1) ?? `${period}-28`;
      // Decision 0386: a payer who had a bill of the month keeps its due date (the overdue clock,
      // reminders and late fees run on, BIL-4, BIL-13); a new payer's part is due on the month's last
      // day or, after it, on the day of the correction.
      const dueBefore = new Map(live.map((b) => [b.payerPersonId ?? 'unit', b.dueDate]));
      const inputs: BillInput[] = expected
        .filter((b) => changed.has(b.payerPersonId ?? 'unit'))
        .map((b) => ({
          companyId,
          communityId,
          unitId,
          ...(b.payerPersonId ? { payerPersonId: b.payerPersonId } : {}),
          source: 'periodic' as const,
          sourceKey: `${period}:${unitId}:${b.payerPersonId ?? 'unit'}:r${revision}`,
          description: `${period} 物业服务费用（重开）`,
          lines: b.lines,
          at: now,
          // A new payer's part of a month re-billed after it ended is due on the day of the correction.
          dueDate: dueBefore.get(b.payerPersonId ?? 'unit') ?? (today > last ? today : last),
        }));
      await this.issuer.issueMany(em, inputs);
      this.logger.info(
        { unitId, period, cancelled: cancelled.map((b) => b.number), revision },
        'periodic bills re-issued for an occupancy change',
      );
    }
  }

  /**
   * Decision 0387: a month the change should re-bill but billing leaves to finance (a bill of it
   * reduced by a credit note, or paid by a payment naming no payer) is written to the unit's archive
   * (GEN-3, record `billing-unit`), with a reason in Chinese and the month's live bills; the unit's
   * account lists it (`rebillNeeded`) while any of those bills is live. Once per month and bills: a
   * change delivered again notes nothing more.
   */
  private async noteRebillNeeded(
    em: EntityManager,
    month: {
      companyId: string;
      communityId: string;
      unitId: string;
      period: string;
      live: Bill[];
      now: Date;
    },
    cause: RebillCause,
    blocking: Bill[],
  ): Promise<void> {
    const { companyId, communityId, unitId, period, live, now } = month;
    const liveBillIds = live.map((b) => b.id).sort();
    const [noted] = await em.execute<{ id: string }[]>(
      `select id from record_history
       where company_id = ? and record_type = ? and record_id = ? and action = ?
         and changes->>'period' = ? and changes->>'cause' = ? and changes->'liveBillIds' = ?::jsonb
       limit 1`,
      [companyId, BILLING_UNIT_RECORD, unitId, REBILL_NEEDED, period, cause, JSON.stringify(liveBillIds)],
    );
    if (noted) return;
    const billNumbers = blocking.map((b) => b.number);
    archive(
      em,
      {
        companyId,
        communityId,
        recordType: BILLING_UNIT_RECORD,
        recordId: unitId,
        action: REBILL_NEEDED,
        changes: { period, cause, billNumbers, liveBillIds },
        reason: rebillReason(period, cause, billNumbers),
        at: now,
      },
      BILLING_ACTOR,
    );
    this.logger.warn(
      { unitId, period, cause, bills: billNumbers },
      'a month changed hands but is left to finance to re-bill; noted on the unit',
    );
  }

  /** The months from `fromMonth` on for which the unit has a live periodic bill, with its community. */
  private billedMonths(em: EntityManager, companyId: string, unitId: string, fromMonth: string) {
    return em.execute<{ period: string; community_id: string }[]>(
      `select distinct substr(source_key, 1, 7) as period, community_id from bill
       where company_id = ? and unit_id = ? and source = 'periodic' and status <> 'cancelled'
         and substr(source_key, 1, 7) >= ?
       order by period`,
      [companyId, unitId, fromMonth],
    );
  }
}

/**
 * The month's items as billed: per item code, the amount its live bills charged for the month (the
 * rate and floor area at the run, BIL-1), to be apportioned again by day as a fixed amount.
 */
async function monthItems(em: EntityManager, companyId: string, lines: BillLine[]): Promise<PeriodicItem[]> {
  const amounts = amountsBy(lines.map((l) => [l.itemCode, l.amountFen]));
  const codes = [...amounts.keys()].sort();
  const names = new Map(
    (
      await em.execute<{ code: string; name: string }[]>(
        `select code, name from fee_item where company_id = ? and code in (?)`,
        [companyId, codes],
      )
    ).map((r) => [r.code, r.name]),
  );
  return codes.map((code) => ({
    code,
    name: names.get(code) ?? code,
    basis: 'fixed' as const,
    rateFen: amounts.get(code) ?? 0n,
  }));
}

function amountsBy(pairs: [string, bigint][]): Map<string, bigint> {
  const sums = new Map<string, bigint>();
  for (const [code, amount] of pairs) sums.set(code, (sums.get(code) ?? 0n) + amount);
  return sums;
}

function same(a: Map<string, bigint> | undefined, b: Map<string, bigint> | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.size === b.size && [...a].every(([code, amount]) => b.get(code) === amount);
}

/** A periodic bill's revision: `:rN` at the end of its key, else 1 (decision 0347). */
function revisionOf(sourceKey: string): number {
  const match = /:r(\d+)$/.exec(sourceKey);
  return match ? Number(match[1]) : 1;
}
