import { Injectable } from '@nestjs/common';
import {
  GetChargeRequestStatus,
  GetClearance,
  type ChargeRequestStatus,
  type ClearanceView,
} from '@pcs/contracts';
import { BusClient, CallContext, type RequestOptions } from '@pcs/platform';

/**
 * What residents asks billing (BIL-11 clearance, charge-request status). Billing's errors, including
 * SERVICE_UNAVAILABLE and UPSTREAM_TIMEOUT when it cannot answer, reach the caller unchanged.
 */
@Injectable()
export class BillingQueries {
  constructor(private readonly bus: BusClient) {}

  /** BIL-11: does the unit owe anything, and what. */
  clearance(unitId: string): Promise<ClearanceView> {
    return this.bus.request(GetClearance, { unitId }, this.options());
  }

  /** How far billing got with one charge request; `unknown` when billing has not seen it yet. */
  async chargeRequestStatus(requestId: string): Promise<ChargeRequestStatus> {
    const view = await this.bus.request(GetChargeRequestStatus, { requestIds: [requestId] }, this.options());
    return view.items.find((i) => i.requestId === requestId)?.status ?? 'unknown';
  }

  /** The caller's context goes along (correlation, actor, GEN-5 scope), but not their Idempotency-Key:
   * it belongs to the caller's write here, not to a query of another service. */
  private options(): RequestOptions {
    const context = CallContext.current();
    if (!context) return {};
    const { idempotencyKey: _key, ...rest } = context;
    return { context: rest };
  }
}
