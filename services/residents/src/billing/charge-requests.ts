import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ChargeRequestRaised,
  ChargeRequestWithdrawn,
  type ChargeItemV1,
  type ChargePurpose,
} from '@pcs/contracts';
import { archive, newId, type Outbox } from '@pcs/platform';
import { ChargeRequest, type ChargeReferenceKind } from './charge-request.entity.js';

export interface ChargeRequestDraft {
  companyId: string;
  communityId: string;
  unitId: string;
  purpose: ChargePurpose;
  reference: { kind: ChargeReferenceKind; id: string };
  payerPersonId: string;
  items: ChargeItemV1[];
  at?: Date;
}

/**
 * Asks billing to charge the payer of a unit: the request row, its archive entry and the
 * `charge-request.raised.v1` event, in the caller's transaction (billing bills once per requestId).
 */
export async function raiseChargeRequest(
  em: EntityManager,
  outbox: Outbox,
  draft: ChargeRequestDraft,
): Promise<ChargeRequest> {
  const now = draft.at ?? new Date();
  const request = em.create(ChargeRequest, {
    id: newId(),
    companyId: draft.companyId,
    communityId: draft.communityId,
    unitId: draft.unitId,
    purpose: draft.purpose,
    referenceKind: draft.reference.kind,
    referenceId: draft.reference.id,
    payerPersonId: draft.payerPersonId,
    items: draft.items,
    status: 'unknown',
    raisedAt: now,
    updatedAt: now,
    version: 1,
  });
  archive(em, {
    companyId: request.companyId,
    communityId: request.communityId,
    recordType: 'charge-request',
    recordId: request.id,
    action: 'raised',
    changes: {
      purpose: request.purpose,
      reference: draft.reference,
      items: draft.items.map((i) => ({ code: i.code, amountFen: i.amountFen })),
    },
    at: now,
  });
  await outbox.stage(em, ChargeRequestRaised, {
    aggregateId: request.id,
    companyId: request.companyId,
    communityId: request.communityId,
    time: now,
    data: {
      requestId: request.id,
      purpose: request.purpose,
      unitId: request.unitId,
      payerPersonId: request.payerPersonId,
      reference: draft.reference,
      items: draft.items,
    },
  });
  return request;
}

/**
 * Withdraws the charge request of a cancelled procedure: billing cancels what is unpaid (a credit
 * note, BIL-6) and settles what was paid (a refund) by its own rules. Nothing happens for a request
 * already withdrawn.
 */
export async function withdrawChargeRequest(
  em: EntityManager,
  outbox: Outbox,
  requestId: string,
  reason: string,
): Promise<void> {
  const request = await em.findOneOrFail(ChargeRequest, { id: requestId });
  if (request.status === 'cancelled') return;
  const from = request.status;
  request.status = 'cancelled';
  request.updatedAt = new Date();
  archive(em, {
    companyId: request.companyId,
    communityId: request.communityId,
    recordType: 'charge-request',
    recordId: request.id,
    action: 'withdrawn',
    changes: { status: { from, to: 'cancelled' } },
    reason,
  });
  await outbox.stage(em, ChargeRequestWithdrawn, {
    aggregateId: request.id,
    companyId: request.companyId,
    communityId: request.communityId,
    data: { requestId: request.id, reason },
  });
}
