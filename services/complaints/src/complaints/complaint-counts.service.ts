import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  ComplaintStatus,
  FINAL_COMPLAINT_STATUSES,
  seesAllCommunities,
  type ComplaintCountsView,
  type GetComplaintCountsV1,
} from '@pcs/contracts';
import { CallContext, Clock, knownCommunity } from '@pcs/platform';

/** The statuses an entry is still worked on in, in the order it moves through them. */
export const OPEN_STATUSES = ComplaintStatus.codes.filter((s) => !FINAL_COMPLAINT_STATUSES.includes(s));

interface CountRow {
  status: ComplaintStatus;
  n: number;
  overdue: number;
  escalated: number;
  major: number;
}

/**
 * DESK-2: open entries per status with the overdue, escalated and major among them, counted by one
 * statement over the partial index of open entries (complaint_open_counts_index): the closed history,
 * which is almost all of the register after a few years, is never read.
 */
@Injectable()
export class ComplaintCountsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async counts(query: GetComplaintCountsV1): Promise<ComplaintCountsView> {
    const actor = CallContext.actor();
    // Raw SQL skips the tenant filter, so the caller's scope is applied here, as the filter would.
    const scope: { sql: string; args: unknown[] } = query.communityId
      ? {
          sql: 'and community_id = ?',
          args: [(await knownCommunity(this.em, actor, query.communityId)).communityId],
        }
      : seesAllCommunities(actor)
        ? { sql: '', args: [] }
        : actor.communities.length === 0
          ? { sql: 'and false', args: [] }
          : {
              sql: `and community_id in (${actor.communities.map(() => '?').join(', ')})`,
              args: actor.communities,
            };
    const rows = await this.em.execute<CountRow[]>(
      `select status, count(*)::int as n,
              (count(*) filter (where overdue_since is not null))::int as overdue,
              (count(*) filter (where escalation_level > 0))::int as escalated,
              (count(*) filter (where major))::int as major
         from complaint
        where company_id = ? and status not in (${FINAL_COMPLAINT_STATUSES.map(() => '?').join(', ')}) ${scope.sql}
        group by status`,
      [actor.companyId, ...FINAL_COMPLAINT_STATUSES, ...scope.args],
    );
    const byStatus = new Map(rows.map((r) => [r.status, r]));
    const sum = (key: 'n' | 'overdue' | 'escalated' | 'major') => rows.reduce((t, r) => t + r[key], 0);
    return {
      ...(query.communityId ? { communityId: query.communityId } : {}),
      asOf: this.clock.now().toISOString(),
      open: sum('n'),
      byStatus: OPEN_STATUSES.map((status) => ({
        status,
        statusLabel: ComplaintStatus.label(status),
        count: byStatus.get(status)?.n ?? 0,
      })),
      overdue: sum('overdue'),
      escalated: sum('escalated'),
      major: sum('major'),
    };
  }
}
