import type { ApiSchema } from '@pcs/api-client';
import { mayCall, type OperationRoles } from '../permissions/operation-roles';

export type DayReconciliation = ApiSchema<'DayReconciliationView'>;

/** The calendar date in China (the communities' zone) of an instant: 2026-12-03. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export type SignOffState =
  { kind: 'signed'; text: string } | { kind: 'may-sign'; warning?: string } | { kind: 'not-yours' };

/**
 * CMP-6: whether the page offers signing the day. Signed days show who signed; supervisors may sign
 * (the gateway decides again), warned when the day has not ended or still has gaps — signing records
 * the gaps as they are, it does not hide them.
 */
export function signOffState(
  day: Pick<DayReconciliation, 'signOff' | 'ended' | 'gaps'>,
  roles: readonly string[],
  table: OperationRoles,
): SignOffState {
  if (day.signOff) {
    const at = new Date(day.signOff.at).toLocaleString('zh-CN', { hour12: false });
    return { kind: 'signed', text: `已由 ${day.signOff.by.name} 于 ${at} 签认` };
  }
  if (!mayCall(table, 'signOffDay', roles)) return { kind: 'not-yours' };
  const warnings = [
    !day.ended && '当天尚未结束，签认后新登记的事项不在本次盘点内',
    day.gaps.length > 0 && `仍有 ${day.gaps.length} 项缺口，签认将如实记录这些缺口`,
  ].filter((w): w is string => typeof w === 'string');
  return warnings.length ? { kind: 'may-sign', warning: `${warnings.join('；')}。` } : { kind: 'may-sign' };
}
