import { Injectable, Logger } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BillingBus,
  ChargeRequestSettled,
  formatFen,
  type Actor,
  type CloudEvent,
  type ChargeRequestSettledV1,
} from '@pcs/contracts';
import { archive, ConsumesEvents, type EventHandler, type EventSubscriber, onEvent } from '@pcs/platform';
import { settleDecorationFees } from '../decorations/decoration-fees.js';
import { ChargeRequest } from './charge-request.entity.js';

/** Who acts when billing's event changes a record: the residents service itself (GEN-3). */
export const BILLING_NOTICE_ACTOR: Pick<Actor, 'sub' | 'name'> = {
  sub: 'service:residents',
  name: '系统（收费结清通知）',
};

/**
 * Billing reports a charge request paid (`charge-request.settled.v1`): the request is marked settled
 * and a decoration waiting for its fees goes to review (RES-5); move-in and move-out read the status
 * from the request. Requests residents did not raise are ignored. The platform applies each event once.
 */
@Injectable()
@ConsumesEvents({
  name: 'billing',
  stream: BillingBus.stream,
  filterSubject: BillingBus.events.chargeRequestSettled,
})
export class ChargeRequestSettledSubscriber implements EventSubscriber {
  private readonly logger = new Logger(ChargeRequestSettledSubscriber.name);

  handlers(): EventHandler[] {
    return [onEvent(ChargeRequestSettled, (event, em) => this.settled(event, em))];
  }

  private async settled(event: CloudEvent<ChargeRequestSettledV1>, em: EntityManager): Promise<void> {
    const { requestId, paidFen } = event.data;
    const request = await em.findOne(
      ChargeRequest,
      { id: requestId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (!request) {
      this.logger.warn({ eventId: event.id, requestId }, 'settled charge request unknown here; ignored');
      return;
    }
    if (request.status === 'settled') return;
    const settledAt = new Date(event.data.settledAt);
    const note = `计费服务通知已缴清 ${formatFen(paidFen)}（事件 ${event.id}）`;
    archive(
      em,
      {
        companyId: request.companyId,
        communityId: request.communityId,
        recordType: 'charge-request',
        recordId: request.id,
        action: 'settled',
        changes: {
          status: { from: request.status, to: 'settled' },
          paidFen,
          settledAt: event.data.settledAt,
        },
        reason: note,
      },
      BILLING_NOTICE_ACTOR,
    );
    request.status = 'settled';
    request.settledAt = settledAt;
    request.updatedAt = new Date();
    if (request.referenceKind === 'decoration') {
      await settleDecorationFees(em, request.referenceId, settledAt, BILLING_NOTICE_ACTOR, note);
    }
  }
}
