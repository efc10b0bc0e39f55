/*
 * Periods and rates as the finance reports show and ask for them. Billing's months and days are the
 * community's (Beijing time), not the browser's.
 */

const BEIJING = 'Asia/Shanghai';

/** The month of `now` in Beijing as billing names periods: '2026-12'. */
export function currentPeriod(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BEIJING, year: 'numeric', month: '2-digit' })
    .format(now)
    .slice(0, 7);
}

/** The month before `now`'s in Beijing, the last one billed in full: '2026-11' on 3 December. */
export function previousPeriod(now: Date): string {
  const [year = 0, month = 1] = currentPeriod(now).split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** The day of `now` in Beijing: '2026-12-03'. */
export function beijingDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BEIJING }).format(now);
}

/**
 * Which day the arrears page's figures are as of (decision 0360): the day the API answered for
 * (`asOf` echoed by the arrears and the collection rate), else the day asked for; with none asked,
 * the bills as they stand today.
 */
export function asOfCaption(asked: string, answered: string | undefined, today: string): string {
  const day = answered ?? asked;
  return day && day !== today
    ? `欠费与收费率均截至 ${day} 日终`
    : `欠费与收费率截至今天 ${today}（当前数据）`;
}

/** 9512 basis points → '95.12%'. Integer arithmetic: a rate is never rounded twice. */
export function formatRate(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const rest = String(Math.abs(basisPoints % 100)).padStart(2, '0');
  return `${whole}.${rest}%`;
}

/** The ISO week of `now` in Beijing, as the weekly complaint report names it: '2026-W49'. */
export function currentIsoWeek(now: Date): string {
  const [y, m, d] = beijingDate(now).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of the week names its year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
