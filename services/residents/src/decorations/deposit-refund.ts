import { addDays, localDateOf } from '@pcs/work-calendar';

/** BIL-9: the decoration deposit becomes refundable this many days after the passed inspection. */
export const DEPOSIT_REFUND_WAIT_DAYS = 90;

/**
 * RES-5, BIL-9: the first day the deposit may be refunded: 90 days after the local day (in the
 * community's time zone) of the inspection that passed.
 */
export function depositRefundableFrom(passedAt: Date, timeZone: string): string {
  return addDays(localDateOf(passedAt, timeZone), DEPOSIT_REFUND_WAIT_DAYS);
}
