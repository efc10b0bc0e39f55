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

/** What the arrears page asks for: a community, a 截至日期 (empty: today) and a 收费月份. */
export interface ArrearsQuery {
  communityId: string;
  asOf: string;
  period: string;
}

/**
 * The answer the arrears page shows (decision 0391): only one to the filters as they now stand. With
 * a refused 截至日期 or 收费月份 (a later day, `2026/11/30`) nothing is asked, and the figures of the
 * last valid filters would stand beside the error under another day's caption; while the answer to new
 * filters is on its way, the last one answers other filters. Neither is shown.
 */
export function currentAnswer<T extends { asked: ArrearsQuery }>(
  answer: T | undefined,
  filters: ArrearsQuery,
  filtersValid: boolean,
): T | undefined {
  if (!filtersValid || !answer) return undefined;
  const { asked } = answer;
  return asked.communityId === filters.communityId &&
    asked.asOf === filters.asOf &&
    asked.period === filters.period
    ? answer
    : undefined;
}

/** What the page says instead of figures while a filter is refused. */
export const FILTERS_REFUSED_TEXT = '截至日期或收费月份有误，未显示数据；更正后按新的条件查询';

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
