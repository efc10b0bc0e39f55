import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { DecorationDamageFound, DecorationInspectionPassed, ResidentsBus } from '@pcs/contracts';
import { archive, ConsumesEvents, onEvent, type EventHandler, type EventSubscriber } from '@pcs/platform';
import { Deposit } from './deposit.entity.js';
import { BILLING_ACTOR, DepositService } from './deposit.service.js';
import { DEPOSIT_RECORD } from './deposit.view.js';

/**
 * BIL-8, BIL-9 from residents' decoration events: a passed completion inspection makes the decoration
 * deposit refundable from the day residents computed (90 days on).
 */
@Injectable()
@ConsumesEvents({
  name: 'decoration-inspections',
  stream: ResidentsBus.stream,
  filterSubject: ResidentsBus.events.decorationInspectionPassed,
})
export class DecorationInspectionsSubscriber implements EventSubscriber {
  handlers(): EventHandler[] {
    return [
      onEvent(DecorationInspectionPassed, async (event, em) => {
        const found = await em.find(
          Deposit,
          { companyId: event.companyid, referenceId: event.data.decorationId, kind: 'decoration' },
          { lockMode: LockMode.PESSIMISTIC_WRITE, filters: false },
        );
        for (const deposit of found) {
          deposit.refundableFrom = event.data.depositRefundableFrom;
          archive(
            em,
            {
              companyId: deposit.companyId,
              communityId: deposit.communityId,
              recordType: DEPOSIT_RECORD,
              recordId: deposit.id,
              action: 'refundable-from',
              changes: {
                refundableFrom: event.data.depositRefundableFrom,
                decorationNumber: event.data.number,
              },
              at: new Date(event.time),
            },
            BILLING_ACTOR,
          );
        }
      }),
    ];
  }
}

/** BIL-8: damage found in a decoration is deducted from its deposit; above it, charged to the unit. */
@Injectable()
@ConsumesEvents({
  name: 'decoration-damages',
  stream: ResidentsBus.stream,
  filterSubject: ResidentsBus.events.decorationDamageFound,
})
export class DecorationDamagesSubscriber implements EventSubscriber {
  constructor(private readonly deposits: DepositService) {}

  handlers(): EventHandler[] {
    return [
      onEvent(DecorationDamageFound, async (event, em) => {
        const [deposit] = await em.find(
          Deposit,
          { companyId: event.companyid, referenceId: event.data.decorationId, kind: 'decoration' },
          { lockMode: LockMode.PESSIMISTIC_WRITE, filters: false, orderBy: { createdAt: 'asc' } },
        );
        // A decoration without a deposit here (its request not billed yet) waits for it.
        if (!deposit) throw new Error(`no decoration deposit for ${event.data.decorationId} yet`);
        await this.deposits.deductFrom(
          em,
          deposit,
          {
            amountFen: BigInt(event.data.amountFen),
            reason: event.data.description,
            shortfallKey: `decoration-damage:${event.data.foundBy}`,
            foundBy: event.data.foundBy,
            at: new Date(event.time),
          },
          BILLING_ACTOR,
        );
      }),
    ];
  }
}
