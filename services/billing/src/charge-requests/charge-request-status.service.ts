import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { ChargeRequestStatusView, GetChargeRequestStatusV1 } from '@pcs/contracts';
import { Bill } from '../bills/bill.entity.js';
import { ChargeRequest } from './charge-request.entity.js';

/** Decision 0030: how far billing got with residents' charge requests (RES-4 asks at the moment it decides). */
@Injectable()
export class ChargeRequestStatusService {
  constructor(private readonly em: EntityManager) {}

  async status(query: GetChargeRequestStatusV1): Promise<ChargeRequestStatusView> {
    const em = this.em.fork();
    const requests = await em.find(ChargeRequest, { id: { $in: query.requestIds } });
    const billIds = requests.flatMap((r) => (r.billId ? [r.billId] : []));
    const bills = billIds.length ? await em.find(Bill, { id: { $in: billIds } }) : [];
    return {
      items: query.requestIds.map((requestId) => {
        const request = requests.find((r) => r.id === requestId);
        // Not here yet: the event is on its way (or never was).
        if (!request) return { requestId, status: 'unknown', billedFen: 0, paidFen: 0 };
        const bill = bills.find((b) => b.id === request.billId);
        return {
          requestId,
          status: request.status,
          billedFen: bill ? Number(bill.amountFen - bill.creditedFen) : 0,
          paidFen: bill ? Number(bill.paidFen) : 0,
        };
      }),
    };
  }
}
