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
    const asOf = query.asOf ?? localDateOf(this.clock.now(), community.timeZone ?? DEFAULT_TIME_ZONE);
    const window = pageWindow(query, { name: 'ListArrearsV1' });
    const rows = await em.execute<ArrearsRow[]>(
      `select b.id, b.number, b.unit_id, u.label, b.payer_person_id, b.description,
              to_char(b.due_date, 'YYYY-MM-DD') as due_date,
              (b.amount_fen - b.paid_fen - b.credited_fen)::text as outstanding
       from bill b left join unit_replica u on u.unit_id = b.unit_id
       where b.company_id = ? and b.community_id = ? and b.status = 'open' and b.due_date < ?
         and (?::uuid is null or (b.due_date, b.number) > (select a.due_date, a.number from bill a
                                                            where a.id = ?::uuid and a.company_id = b.company_id))
       order by b.due_date, b.number limit ?`,
      [
        community.companyId,
        query.communityId,
        asOf,
        window.after ?? null,
        window.after ?? null,
        window.limit + 1,
      ],
    );
    // Decision 0348: the whole list's count and total, whichever page is asked.
    const [whole] = await em.execute<{ n: number; total: string | null }[]>(
      `select count(*)::int as n, sum(amount_fen - paid_fen - credited_fen)::text as total from bill
       where company_id = ? and community_id = ? and status = 'open' and due_date < ?`,
      [community.companyId, query.communityId, asOf],
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

  async collectionRate(query: GetCollectionRateV1): Promise<CollectionRateView> {
    const em = this.em.fork();
    const community = await this.community(em, query.communityId);
    const [row] = await em.execute<{ billed: string | null; collected: string | null }[]>(
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
      billedFen: Number(billed),
      collectedFen: Number(collected),
      ...(rate === undefined ? {} : { rateBasisPoints: rate }),
    };
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
