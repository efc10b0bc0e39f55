import {
  BillingBus,
  ChargeRequestSettled,
  type ChargeRequestSettledV1,
  type CloudEvent,
} from '@pcs/contracts';
import type { TestBus } from '@pcs/testing';

/**
 * Publishes billing's `charge-request.settled.v1` as billing would: a CloudEvent on the BILLING
 * stream (created here; the billing service owns it in production). Returns the event.
 */
export async function publishChargeRequestSettled(
  bus: TestBus,
  _prefix: string,
  data: Omit<ChargeRequestSettledV1, 'settledAt'> & { settledAt?: string },
  options: { companyId?: string; eventId?: string } = {},
): Promise<CloudEvent<ChargeRequestSettledV1>> {
  return bus.publishEvent(ChargeRequestSettled, BillingBus, {
    ...(options.eventId ? { id: options.eventId } : {}),
    source: 'billing',
    subject: data.requestId,
    companyid: options.companyId ?? 'HRX',
    correlationid: 'billing-test',
    data: { settledAt: '2026-11-22T10:15:00+08:00', ...data },
  });
}
