import type { ApiSchema } from '@pcs/api-client';

export type ComplaintView = ApiSchema<'ComplaintView'>;
export type DeadlineView = ApiSchema<'DeadlineView'>;

export interface Badge {
  key: 'overdue' | 'due-soon' | 'escalated' | 'paused' | 'major';
  text: string;
  /** How urgent it reads: danger before warning before information. */
  tone: 'danger' | 'warning' | 'info';
}

/** Deadlines still running: neither met nor cancelled. */
export function openDeadlines(complaint: Pick<ComplaintView, 'deadlines'>): DeadlineView[] {
  return complaint.deadlines
    .filter((d) => !d.metAt && !d.cancelledAt)
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

/** The deadline the queue shows: the earliest one still running. */
export function nextDeadline(complaint: Pick<ComplaintView, 'deadlines'>): DeadlineView | undefined {
  return openDeadlines(complaint)[0];
}

/**
 * CMP-3, CMP-4, CMP-14: what the queue marks on an entry. Overdue when the service says so or a
 * running, unpaused deadline has passed (the page may be older than the service's last sweep); due
 * soon from a deadline's warning time; escalated above the handler; timers paused; major (CMP-5).
 */
export function complaintBadges(
  complaint: Pick<
    ComplaintView,
    'deadlines' | 'overdue' | 'escalationLevel' | 'escalationLevelLabel' | 'paused' | 'major'
  >,
  now: Date,
): Badge[] {
  const running = openDeadlines(complaint).filter((d) => !d.paused);
  const at = now.toISOString();
  const overdue = complaint.overdue || running.some((d) => d.overdue || d.dueAt <= at);
  const dueSoon = !overdue && running.some((d) => d.warnAt <= at);
  const badges: Badge[] = [];
  if (overdue) badges.push({ key: 'overdue', text: '已超时', tone: 'danger' });
  if (dueSoon) badges.push({ key: 'due-soon', text: '即将超时', tone: 'warning' });
  if (complaint.escalationLevel !== 'handler') {
    badges.push({ key: 'escalated', text: `已上报·${complaint.escalationLevelLabel}`, tone: 'danger' });
  }
  if (complaint.major) badges.push({ key: 'major', text: '重大投诉', tone: 'danger' });
  if (complaint.paused) badges.push({ key: 'paused', text: '计时暂停', tone: 'info' });
  return badges;
}

/** "剩余 2小时15分" before the due time, "超时 1天3小时" after it, to the minute. */
export function describeDue(dueAt: string, now: Date): string {
  const minutes = Math.round((Date.parse(dueAt) - now.getTime()) / 60_000);
  return `${minutes >= 0 ? '剩余' : '超时'} ${formatMinutes(Math.abs(minutes))}`;
}

function formatMinutes(total: number): string {
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const parts = [days && `${days}天`, hours && `${hours}小时`, !days && minutes && `${minutes}分`];
  return parts.filter(Boolean).join('') || '0分';
}
