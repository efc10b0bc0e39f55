import type { EntityManager } from '@mikro-orm/postgresql';
import { formatRecordNumber, type NumberedRecord } from '@pcs/contracts';
import { DEFAULT_TIME_ZONE, localDateOf, parseLocalDate } from '@pcs/work-calendar';
import { assertInTransaction } from '../persistence/transaction-guard.js';

export interface NumberScope {
  companyId: string;
  communityId: string;
  record: NumberedRecord;
  /** When the record is created: its number belongs to that moment's year… */
  at: Date;
  /** …in the community's time zone (decision 0011), e.g. `Asia/Shanghai`. */
  timeZone: string;
}

/**
 * GEN-2: the next human number of a record, e.g. `TS-GZ01-2026-000123`. Call it inside the transaction
 * that creates the record: the counter row stays locked until that transaction ends, so concurrent
 * creators queue for the next number, and a rollback returns the number (no gaps, no repeats).
 */
export async function nextRecordNumber(
  em: EntityManager,
  scope: NumberScope,
): Promise<{ number: string; seq: number; year: number }> {
  assertInTransaction(em, 'nextRecordNumber');
  const year = localYear(scope.at, scope.timeZone);
  const rows = await em.execute<{ last_value: string }[]>(
    `insert into number_sequence (company_id, community_id, record, year, last_value) values (?, ?, ?, ?, 1)
     on conflict (company_id, community_id, record, year)
     do update set last_value = number_sequence.last_value + 1
     returning last_value`,
    [scope.companyId, scope.communityId, scope.record, year],
  );
  const seq = Number(rows[0]?.last_value);
  return { number: formatRecordNumber(scope.record, scope.communityId, year, seq), seq, year };
}

/** The calendar year of an instant in a time zone (numbers restart each local year). */
export function localYear(instant: Date, timeZone = DEFAULT_TIME_ZONE): number {
  return parseLocalDate(localDateOf(instant, timeZone)).year;
}
