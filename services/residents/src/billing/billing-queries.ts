import { Injectable } from '@nestjs/common';
import {
  DomainError,
  formatFen,
  GetChargeRequestStatus,
  GetClearance,
  type ChargeRequestStatus,
  type ClearanceView,
} from '@pcs/contracts';
import { BusClient, CallContext, type RequestOptions } from '@pcs/platform';

/**
 * What residents asks billing (BIL-11 clearance, charge-request status). Billing's errors reach the
 * caller unchanged; when billing cannot answer in the caller's time, SERVICE_UNAVAILABLE (decision 0375).
 */
@Injectable()
export class BillingQueries {
  constructor(private readonly bus: BusClient) {}

  /** BIL-11: does the unit owe anything, and what. */
  clearance(unitId: string): Promise<ClearanceView> {
    return this.bus.request(GetClearance, { unitId }, this.options());
  }

  /**
   * RES-6, BIL-11: refuses with MOVE_OUT_BLOCKED_BY_ARREARS and the open items while billing reports
   * anything owed for the unit. Every way an owner or tenant leaves a unit asks this.
   */
  async requireClearance(unitId: string): Promise<void> {
    const clearance = await this.clearance(unitId);
    if (!clearance.clear) {
      throw new DomainError(
        'MOVE_OUT_BLOCKED_BY_ARREARS',
        `存在欠费 ${formatFen(clearance.totalOwedFen)}，不能办理迁出`,
        { openItems: clearance.openItems, totalOwedFen: clearance.totalOwedFen },
      );
    }
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
