import { MAINTENANCE_SYSTEM } from '../history/history.js';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { archive } from '@pcs/platform';
import { overdueSince } from '../repair-requests/repair-deadlines.js';
import { RepairRequest } from '../repair-requests/repair-request.entity.js';
import { REPAIR_REQUEST_RECORD } from '../repair-requests/repair-request.view.js';

/**
 * MNT-1, MNT-2: marks requests whose on-site, made-safe or survey deadline passed unmet, so the overdue
 * list shows them. Rows are claimed with SKIP LOCKED: several processes share the work, and a row a
 * command holds is taken in the next round.
 */
@Injectable()
export class RepairDeadlineMonitor {
  constructor(private readonly em: EntityManager) {}

  /** One round at `now`; returns how many requests became overdue. */
  async runOnce(now: Date, batch = 100): Promise<number> {
    return this.em.fork().transactional(async (tx) => {
      const rows = await tx.execute<{ id: string }[]>(
        `select id from repair_request
          where overdue_since is null and progress in ('accepted', 'surveyed')
            and ((on_site_due_at < ? and arrived_at is null)
              or (made_safe_due_at < ? and made_safe_at is null)
              or (survey_due_at < ? and surveyed_at is null))
          order by id limit ? for update skip locked`,
        [now, now, now, batch],
      );
      if (!rows.length) return 0;
      const requests = await tx.find(
        RepairRequest,
        { id: { $in: rows.map((r) => r.id) } },
        { filters: false },
      );
      for (const r of requests) {
        const since = overdueSince(r, now);
        if (!since) continue;
        r.overdueSince = since;
        archive(
          tx,
          {
            companyId: r.companyId,
            communityId: r.communityId,
            recordType: REPAIR_REQUEST_RECORD,
            recordId: r.id,
            action: 'overdue',
            changes: { overdueSince: since.toISOString() },
            at: now,
          },
          MAINTENANCE_SYSTEM,
        );
      }
      return requests.length;
    });
  }
}
