import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  canAccessCommunity,
  DomainError,
  ReminderStage,
  type ArrearsItemView,
  type ArrearsView,
  type CollectionRateView,
  type GetCollectionRateV1,
  type ListArrearsV1,
} from '@pcs/contracts';
import { CallContext, CommunityReplica, pageWindow, toPage } from '@pcs/platform';
import { daysBetween, DEFAULT_TIME_ZONE, localDateOf } from '@pcs/work-calendar';
import { BILL_RECORD } from '../bills/bill.view.js';
import { Clock } from '../clock/clock.js';
import { collectionRateBasisPoints, reminderStage } from './reminder-stage.rules.js';

/** BIL-4: the arrears list with each bill's reminder stage, and the collection rate. */
@Injectable()
export class ReportService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async listArrears(query: ListArrearsV1): Promise<ArrearsView> {
    const em = this.em.fork();
    const community = await this.community(em, query.communityId);
    const { asOf, past } = this.dayOf(community, query.asOf);
    const window = pageWindow(query, { name: 'ListArrearsV1' });
    const owed = owedAsOf(past);
    const owedParams = [
      asOf,
      community.timeZone ?? DEFAULT_TIME_ZONE,
      community.companyId,
      query.communityId,
      asOf,
    ];
    const rows = await em.execute<ArrearsRow[]>(
      `${owed}
       select o.id, o.number, o.unit_id, u.label, o.payer_person_id, o.description,
              to_char(o.due_date, 'YYYY-MM-DD') as due_date, o.outstanding::text as outstanding
       from owed o left join unit_replica u on u.unit_id = o.unit_id
       where o.outstanding > 0
         and (?::uuid is null or (o.due_date, o.number) > (select a.due_date, a.number from bill a
                                                            where a.id = ?::uuid and a.company_id = ?))
       order by o.due_date, o.number limit ?`,
      [...owedParams, window.after ?? null, window.after ?? null, community.companyId, window.limit + 1],
    );
    // Decision 0348: the whole list's count and total, whichever page is asked.
    const [whole] = await em.execute<{ n: number; total: string | null }[]>(
      `${owed}
       select count(*)::int as n, sum(outstanding)::text as total from owed where outstanding > 0`,
      owedParams,
    );
    const page = await toPage(rows, window, (shown) => shown.map((r) => arrearsItem(r, asOf)));
    return {
      communityId: query.communityId,
      asOf,
      totalFen: Number(whole?.total ?? 0),
      billCount: whole?.n ?? 0,
      ...page,
    };
  }

  /**
   * BIL-4: collected for the month's periodic bills ÷ billed less credit notes (decision 0108); as of a
   * past day (decision 0360), what had been issued, paid and credited by the end of it.
   */
  async collectionRate(query: GetCollectionRateV1): Promise<CollectionRateView> {
    const em = this.em.fork();
    const community = await this.community(em, query.communityId);
    const day = query.asOf === undefined ? undefined : this.dayOf(community, query.asOf);
    const [row] = day?.past
      ? await em.execute<{ billed: string | null; collected: string | null }[]>(
          `with c as (select (?::date + 1)::timestamp at time zone ? as cutoff)
           select sum(b.amount_fen - b.credited_fen + ${CREDITED_AFTER})::text as billed,
                  sum(b.paid_fen - ${PAID_AFTER})::text as collected
           from bill b cross join c
           where b.company_id = ? and b.community_id = ? and b.source = 'periodic' and b.source_key like ?
             and b.issued_at < c.cutoff`,
          [
            day.asOf,
            community.timeZone ?? DEFAULT_TIME_ZONE,
            community.companyId,
            query.communityId,
            `${query.period}:%`,
          ],
        )
      : await em.execute<{ billed: string | null; collected: string | null }[]>(
          `select sum(amount_fen - credited_fen)::text as billed, sum(paid_fen)::text as collected from bill
           where company_id = ? and community_id = ? and source = 'periodic' and source_key like ?`,
          [community.companyId, query.communityId, `${query.period}:%`],
        );
    const billed = BigInt(row?.billed ?? 0);
    const collected = BigInt(row?.collected ?? 0);
    const rate = collectionRateBasisPoints(billed, collected);
    return {
      communityId: query.communityId,
      period: query.period,
      ...(day ? { asOf: day.asOf } : {}),
      billedFen: Number(billed),
      collectedFen: Number(collected),
      ...(rate === undefined ? {} : { rateBasisPoints: rate }),
    };
  }

  /**
   * Decision 0360: the day a report is counted on, today in the community when absent; a day after
   * today is refused naming `asOf` (nothing is known of it yet, as for reminders, decision 0253).
   */
  private dayOf(community: CommunityReplica, asOf: string | undefined): { asOf: string; past: boolean } {
    const today = localDateOf(this.clock.now(), community.timeZone ?? DEFAULT_TIME_ZONE);
    if (asOf === undefined) return { asOf: today, past: false };
    if (asOf > today)
      throw DomainError.validation([{ field: 'asOf', message: `asOf cannot be after today (${today})` }]);
    return { asOf, past: asOf < today };
  }

  /** A community residents announced, among the caller's (GEN-5). */
  private async community(em: EntityManager, communityId: string): Promise<CommunityReplica> {
    const actor = CallContext.actor();
    const found = await em.findOne(
      CommunityReplica,
      { companyId: actor.companyId, communityId },
      { filters: false },
    );
    if (!found || !canAccessCommunity(actor, communityId)) throw DomainError.notFound('COMMUNITY_NOT_FOUND');
    return found;
  }
}

/**
 * Decision 0360: what a bill was paid after the end of the day (`c.cutoff`): the allocations of money
 * received after it, and the reversals recorded after it (negative: the bill was paid on the day).
 * Money received is dated by its `receivedAt` (a transfer entered the next morning was paid on the
 * day it came, decision 0201). Credit balance set against the bill (decision 0202) is dated by its
 * ledger movement: at issue, never after the day of a bill issued by it, but given back later when a
 * bill is cancelled whole (decision 0364) or taken back for a payment's reversal (`credit-unapplied`,
 * decision 0385), which the prepayment's entries of those movements show.
 */
const PAID_AFTER = `(coalesce((select sum(a.amount_fen) from payment_allocation a join payment p on p.id = a.payment_id
   where a.bill_id = b.id and a.at >= c.cutoff and (a.amount_fen < 0 or p.received_at >= c.cutoff)), 0)
 + coalesce((select sum(e.amount_fen) from ledger_transaction t
     join ledger_entry e on e.transaction_id = t.id join account ac on ac.id = e.account_id
   where t.company_id = b.company_id and t.reference_id = b.id and t.kind in ('credit-applied', 'credit-unapplied')
     and t.posted_at >= c.cutoff and ac.kind = 'prepayment'), 0))`;

/**
 * Decision 0360: what credit notes (waivers, withdrawn charges) took off a bill after the end of the
 * day, from the bill's archive (GEN-3): every credit note records its amount and time there, a
 * deposit line's too, which moves no ledger account (record_history is indexed by record and time).
 */
const CREDITED_AFTER = `coalesce((select sum((h.changes->>'creditedFen')::bigint) from record_history h
   where h.record_type = '${BILL_RECORD}' and h.record_id = b.id::text and h.action = 'credited'
     and h.at >= c.cutoff), 0)`;

/**
 * BIL-4: the bills past due on `asOf` with what each owed at the end of it (`owed`, a CTE; parameters:
 * asOf, the community's time zone, company, community, asOf). Today, the open bills as they stand
 * (nothing can have happened after the day); on a past day (decision 0360) every bill issued by its
 * end, less what was paid and credited by then: a bill paid or cancelled since is owed as it was.
 * One statement either way: the later allocations and credit notes are summed in it, per bill, by index.
 */
function owedAsOf(past: boolean): string {
  const cutoff = `with c as (select (?::date + 1)::timestamp at time zone ? as cutoff)`;
  return past
    ? `${cutoff}, owed as (
         select b.id, b.number, b.unit_id, b.payer_person_id, b.description, b.due_date,
                b.amount_fen - b.paid_fen - b.credited_fen + ${PAID_AFTER} + ${CREDITED_AFTER} as outstanding
         from bill b cross join c
         where b.company_id = ? and b.community_id = ? and b.due_date < ?::date and b.issued_at < c.cutoff)`
    : `${cutoff}, owed as (
         select b.id, b.number, b.unit_id, b.payer_person_id, b.description, b.due_date,
                b.amount_fen - b.paid_fen - b.credited_fen as outstanding
         from bill b cross join c
         where b.company_id = ? and b.community_id = ? and b.status = 'open' and b.due_date < ?::date
           and b.issued_at < c.cutoff)`;
}

/** An arrears row as the list shows it, its days overdue and reminder stage as of `asOf`. */
function arrearsItem(r: ArrearsRow, asOf: string): ArrearsItemView {
  const daysOverdue = daysBetween(r.due_date, asOf);
  const stage = reminderStage(daysOverdue);
  return {
    billId: r.id,
    number: r.number,
    unitId: r.unit_id,
    ...(r.label ? { unitLabel: r.label } : {}),
    ...(r.payer_person_id ? { payerPersonId: r.payer_person_id } : {}),
    description: r.description,
    dueDate: r.due_date,
    outstandingFen: Number(r.outstanding),
    daysOverdue,
    reminderStage: stage,
    reminderStageLabel: ReminderStage.label(stage),
  };
}

interface ArrearsRow {
  id: string;
  number: string;
  unit_id: string;
  label: string | null;
  payer_person_id: string | null;
  description: string;
  due_date: string;
  outstanding: string;
}
