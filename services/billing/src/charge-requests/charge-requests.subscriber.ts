import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ChargePurpose,
  ChargeRequestRaised,
  ChargeRequestWithdrawn,
  ResidentsBus,
  type ChargeRequestRaisedV1,
  type CloudEvent,
} from '@pcs/contracts';
import {
  CommunityTimeZones,
  ConsumesEvents,
  onEvent,
  type EventHandler,
  type EventSubscriber,
} from '@pcs/platform';
import { localDateOf } from '@pcs/work-calendar';
import { BillIssuer, type BillLineInput } from '../bills/bill-issuer.js';
import { Bill } from '../bills/bill.entity.js';
import { BillService } from '../bills/bill.service.js';
import { outstandingOf } from '../bills/bill.view.js';
import { priceOn } from '../bills/one-off-prices.js';
import { Deposit } from '../deposits/deposit.entity.js';
import { BILLING_ACTOR, DepositService } from '../deposits/deposit.service.js';
import { ChargeRequestSettlement } from './charge-request-settlement.js';
import { ChargeRequest } from './charge-request.entity.js';

/**
 * Decision 0030: residents' charge requests, each billed once by its id however often it is
 * delivered (the inbox, and the bill's unique source key behind it).
 */
@Injectable()
@ConsumesEvents({
  name: 'charge-requests',
  stream: ResidentsBus.stream,
  filterSubject: 'residents.events.charge-request.>',
})
export class ChargeRequestsSubscriber implements EventSubscriber {
  constructor(
    private readonly issuer: BillIssuer,
    private readonly bills: BillService,
    private readonly deposits: DepositService,
    private readonly settlement: ChargeRequestSettlement,
    private readonly timeZones: CommunityTimeZones,
  ) {}

  handlers(): EventHandler[] {
    return [
      onEvent(ChargeRequestRaised, (event, em) => this.raised(event, em)),
      onEvent(ChargeRequestWithdrawn, async (event, em) => {
        const request = await em.findOne(
          ChargeRequest,
          { id: event.data.requestId, companyId: event.companyid },
          { lockMode: LockMode.PESSIMISTIC_WRITE, filters: false },
        );
        // Raised and withdrawn travel on one subject in order; a withdrawal of a request billing
        // never saw is retried until the request arrives (then kept as a dead letter).
        if (!request) throw new Error(`charge request ${event.data.requestId} is not known yet`);
        await this.withdraw(em, request, event.data.reason, new Date(event.time));
      }),
    ];
  }

  private async raised(event: CloudEvent<ChargeRequestRaisedV1>, em: EntityManager): Promise<void> {
    const data = event.data;
    const companyId = event.companyid;
    const communityId = event.communityid;
    // Residents names the community of every charge request (GEN-5); without it there is nothing to bill.
    if (!communityId) throw new Error(`charge request ${data.requestId} has no community`);
    if (await em.findOne(ChargeRequest, { id: data.requestId }, { filters: false })) return;
    const at = new Date(event.time);
    const timeZone = await this.timeZones.timeZoneOf(em, companyId, communityId);
    const day = localDateOf(at, timeZone);
    const lines: BillLineInput[] = [];
    const damagesFromDeposit: { description: string; amountFen: bigint }[] = [];
    for (const item of data.items) {
      // BIL-1: items without an amount are priced by the rate in effect on the day.
      const amountFen =
        item.amountFen !== undefined ? BigInt(item.amountFen) : await priceOn(em, companyId, item.code, day);
      if (item.code === 'damage-from-deposit')
        damagesFromDeposit.push({ description: item.description, amountFen });
      else
        lines.push({
          itemCode: item.code,
          description: item.description,
          amountFen,
          ...(item.code === 'decoration-deposit' ? { deposit: 'decoration' as const } : {}),
          ...(item.code === 'contract-deposit' ? { deposit: 'contract' as const } : {}),
        });
    }
    const request = em.create(ChargeRequest, {
      id: data.requestId,
      companyId,
      communityId,
      unitId: data.unitId,
      payerPersonId: data.payerPersonId,
      purpose: data.purpose,
      referenceKind: data.reference.kind,
      referenceId: data.reference.id,
      status: 'billed',
      raisedAt: at,
    });
    await em.flush();
    // BIL-8: a damage to be taken from deposits comes out of the unit's held deposits, the rest is
    // charged to the account with the request's other items.
    for (const [index, damage] of damagesFromDeposit.entries()) {
      const held = await em.find(
        Deposit,
        { companyId, unitId: data.unitId, status: 'held' },
        { orderBy: { createdAt: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE, filters: false },
      );
      let left = damage.amountFen;
      for (const deposit of held) {
        const balance = deposit.receivedFen - deposit.deductedFen - deposit.refundedFen;
        const take = balance < left ? balance : left;
        if (take <= 0n) continue;
        await this.deposits.deductFrom(
          em,
          deposit,
          { amountFen: take, reason: damage.description, shortfallKey: `${data.requestId}:${index}`, at },
          BILLING_ACTOR,
        );
        left -= take;
      }
      if (left > 0n)
        lines.push({ itemCode: 'damage-to-account', description: damage.description, amountFen: left });
    }
    const bill = await this.issuer.issue(em, {
      companyId,
      communityId,
      unitId: data.unitId,
      payerPersonId: data.payerPersonId,
      source: 'charge-request',
      sourceKey: data.requestId,
      chargeRequestId: data.requestId,
      referenceId: data.reference.id,
      description: ChargePurpose.label(data.purpose),
      lines,
      at,
    });
    if (bill) {
      request.billId = bill.id;
      // The payer's credit paid the whole bill at issue (decision 0202): settled at once.
      if (bill.paidFen === bill.amountFen) await this.settlement.settle(em, request, bill.paidFen, at);
    }
    // Nothing left to bill (the deposits covered the damage): settled at once.
    else await this.settlement.settle(em, request, 0n, at);
    await em.flush();
  }

  /**
   * Decision 0102: a withdrawn request's unpaid part is cancelled by a credit note (BIL-6); what was
   * paid into a deposit becomes refundable at once; fees already paid stay paid, for finance to refund.
   */
  private async withdraw(em: EntityManager, request: ChargeRequest, reason: string, at: Date): Promise<void> {
    if (request.status === 'cancelled') return;
    if (request.billId) {
      const bill = await em.findOneOrFail(
        Bill,
        { id: request.billId },
        { lockMode: LockMode.PESSIMISTIC_WRITE, filters: false },
      );
      const outstanding = outstandingOf(bill);
      if (outstanding > 0n)
        await this.bills.credit(em, bill, outstanding, `手续撤销：${reason}`, at, BILLING_ACTOR);
      const timeZone = await this.timeZones.timeZoneOf(em, request.companyId, request.communityId);
      const deposits = await em.find(
        Deposit,
        { companyId: request.companyId, referenceId: request.referenceId, unitId: request.unitId },
        { filters: false },
      );
      for (const deposit of deposits)
        if (deposit.status === 'held' && !deposit.refundableFrom)
          deposit.refundableFrom = localDateOf(at, timeZone);
    }
    request.status = 'cancelled';
    request.withdrawnReason = reason;
    await em.flush();
  }
}
