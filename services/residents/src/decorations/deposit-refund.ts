import { addDays, localDateOf } from '@pcs/work-calendar';

/** BIL-9: by default the decoration deposit becomes refundable 90 days after the passed inspection. */
export const DEPOSIT_REFUND_WAIT_DAYS = 90;

/**
 * RES-5, BIL-9: the first day the deposit may be refunded: the company's waiting period (default 90
 * days) after the local day (in the community's time zone) of the inspection that passed.
 */
export function depositRefundableFrom(
  passedAt: Date,
  timeZone: string,
  waitDays: number = DEPOSIT_REFUND_WAIT_DAYS,
): string {
  return addDays(localDateOf(passedAt, timeZone), waitDays);
}
