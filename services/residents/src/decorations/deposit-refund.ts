/** BIL-9: the decoration deposit becomes refundable this many days after the passed inspection. */
export const DEPOSIT_REFUND_WAIT_DAYS = 90;

/** The calendar day of an instant in a time zone, as `YYYY-MM-DD`. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(instant);
}

/** `YYYY-MM-DD` plus a number of calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * RES-5, BIL-9: the first day the deposit may be refunded: 90 days after the local day (in the
 * community's time zone) of the inspection that passed.
 */
export function depositRefundableFrom(passedAt: Date, timeZone: string): string {
  return addDays(localDate(passedAt, timeZone), DEPOSIT_REFUND_WAIT_DAYS);
}
