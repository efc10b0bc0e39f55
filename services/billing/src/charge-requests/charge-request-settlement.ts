import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ChargeRequestSettled } from '@pcs/contracts';
import { Outbox } from '@pcs/platform';
import type { Bill } from '../bills/bill.entity.js';
import { outstandingOf } from '../bills/bill.view.js';
import { ChargeRequest } from './charge-request.entity.js';

/**
 * Decision 0030: a charge request is settled when everything billed for it is paid; then, once,
 * `charge-request.settled` tells residents (a decoration moves on to review).
 */
@Injectable()
export class ChargeRequestSettlement {
  constructor(private readonly outbox: Outbox) {}

  async afterBillChanged(em: EntityManager, bill: Bill, at: Date): Promise<void> {
    if (!bill.chargeRequestId || outstandingOf(bill) !== 0n) return;
    const request = await em.findOne(ChargeRequest, { id: bill.chargeRequestId }, { filters: false });
    if (!request || request.status !== 'billed' || bill.paidFen === 0n) return;
    await this.settle(em, request, bill.paidFen, at);
  }

  async settle(em: EntityManager, request: ChargeRequest, paidFen: bigint, at: Date): Promise<void> {
    request.status = 'settled';
    request.settledAt = at;
    await this.outbox.stage(em, ChargeRequestSettled, {
      aggregateId: request.id,
      companyId: request.companyId,
      communityId: request.communityId,
      time: at,
      data: {
        requestId: request.id,
        purpose: request.purpose,
        unitId: request.unitId,
        paidFen: Number(paidFen),
        settledAt: at.toISOString(),
      },
    });
  }
}
