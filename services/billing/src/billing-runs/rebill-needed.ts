import type { EntityManager } from '@mikro-orm/postgresql';
import { RebillCause, type RebillNeededView } from '@pcs/contracts';

/** GEN-3: billing's archive record of a unit's account (its id is the unit's). */
export const BILLING_UNIT_RECORD = 'billing-unit';

/** Decision 0387: the archive action of a month left to finance to re-bill. */
export const REBILL_NEEDED = 'rebill-needed';

/** Decision 0387: the reason written to the unit's archive, in Chinese, naming the bills. */
export function rebillReason(period: string, cause: RebillCause, billNumbers: readonly string[]): string {
  return `${period} 房屋的业主或承担物业费的租户已变更，但${RebillCause.label(cause)}（${billNumbers.join('、')}）：请冲销该月全部账单后重新执行该月计费`;
}

/**
 * Decision 0387: the months of the unit noted as left to finance while any of the bills the month had
 * when noted is live, the latest note of each month; cancelling the month's bills (and running it
 * again, decision 0347) clears it.
 */
export async function rebillNeededOf(
  em: EntityManager,
  companyId: string,
  unitId: string,
): Promise<RebillNeededView[]> {
  const rows = await em.execute<
    { period: string; cause: string; bill_numbers: string[] | null; reason: string | null; at: Date }[]
  >(
    `select distinct on (h.changes->>'period') h.changes->>'period' as period, h.changes->>'cause' as cause,
            h.changes->'billNumbers' as bill_numbers, h.reason, h.at
     from record_history h
     where h.company_id = ? and h.record_type = ? and h.record_id = ? and h.action = ?
       and exists (select 1 from bill b
                   where b.company_id = h.company_id and b.status <> 'cancelled'
                     and b.id::text in (select jsonb_array_elements_text(h.changes->'liveBillIds')))
     order by h.changes->>'period', h.at desc, h.id desc`,
    [companyId, BILLING_UNIT_RECORD, unitId, REBILL_NEEDED],
  );
  return rows.map((row) => {
    const cause = RebillCause.is(row.cause) ? row.cause : 'credit-noted';
    return {
      period: row.period,
      cause,
      causeLabel: RebillCause.label(cause),
      reason: row.reason ?? '',
      billNumbers: row.bill_numbers ?? [],
      notedAt: new Date(row.at).toISOString(),
    };
  });
}
