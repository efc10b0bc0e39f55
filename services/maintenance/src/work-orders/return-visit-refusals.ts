import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { archive } from '@pcs/platform';
import { MAINTENANCE_SYSTEM } from '../history/history.js';
import { PROACTIVE_VISIT_RECORD } from '../proactive-visits/proactive-visit.service.js';
import { WORK_ORDER_RECORD } from './work-order.view.js';

/** The visits still to be made, per table: the status that means "to be made" and the one that exempts. */
const VISITS = [
  {
    table: 'work_order',
    recordType: WORK_ORDER_RECORD,
    action: 'return-visit-exempt',
    pending: `return_visit_status = 'due'`,
    exempt: `return_visit_status = 'exempt', return_visit_exemption = 'refused-visits'`,
    // A work order is versioned: a command that read it before this round must not write over it.
    touched: true,
  },
  {
    table: 'proactive_visit',
    recordType: PROACTIVE_VISIT_RECORD,
    action: 'exempt',
    pending: `status = 'scheduled'`,
    exempt: `status = 'exempt', exemption = 'refused-visits'`,
    touched: false,
  },
] as const;

/**
 * RES-7, MNT-10, MNT-12: a resident who refuses return visits after a repair was completed (or after
 * proactive visits were scheduled) is not called either. Each round exempts every visit still to be
 * made for a resident whose preference (kept from residents' person events) now refuses visits,
 * recorded with the reason; a visit already made stays made (decision 0212). Rows are claimed with
 * SKIP LOCKED: a row a command holds is taken in the next round, and the return-visit command checks
 * the preference itself in the meantime.
 */
@Injectable()
export class ReturnVisitRefusals {
  constructor(private readonly em: EntityManager) {}

  /** One round at `now`; returns how many visits became exempt. */
  async runOnce(now: Date, batch = 100): Promise<number> {
    return this.em.fork().transactional(async (tx) => {
      let exempted = 0;
      for (const visits of VISITS) {
        const rows = await tx.execute<{ id: string; company_id: string; community_id: string }[]>(
          `with refused as (
             select v.id from ${visits.table} v
               join resident_preference p on p.company_id = v.company_id and p.person_id = v.person_id
              where v.${visits.pending} and p.refuse_return_visits
              order by v.id limit ? for update of v skip locked)
           update ${visits.table} v set ${visits.exempt}
             ${visits.touched ? ', version = v.version + 1, updated_at = ?' : ''}
             from refused where v.id = refused.id
           returning v.id, v.company_id, v.community_id`,
          visits.touched ? [batch, now] : [batch],
        );
        for (const row of rows) {
          archive(
            tx,
            {
              companyId: row.company_id,
              communityId: row.community_id,
              recordType: visits.recordType,
              recordId: row.id,
              action: visits.action,
              changes: { exemption: 'refused-visits' },
              reason: '客户拒绝回访（RES-7）',
              at: now,
            },
            MAINTENANCE_SYSTEM,
          );
        }
        exempted += rows.length;
      }
      return exempted;
    });
  }
}
