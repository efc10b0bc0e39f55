import { archive } from '@pcs/platform';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@pcs/contracts';
import { Decoration } from './decoration.entity.js';
import { canTakeDecorationStep, nextDecorationStatus } from './decoration.state.js';
import { DECORATION_RECORD } from './decoration.view.js';

/**
 * RES-5: billing reports the deposit and the waste-removal fee paid. An application waiting for them
 * goes to engineering review; one in another status (e.g. withdrawn meanwhile) only records the payment.
 */
export async function settleDecorationFees(
  em: EntityManager,
  decorationId: string,
  settledAt: Date,
  actor: Pick<Actor, 'sub' | 'name'>,
  note: string,
): Promise<void> {
  const d = await em.findOne(
    Decoration,
    { id: decorationId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!d || d.feesPaid) return;
  const from = d.status;
  d.feesPaid = true;
  d.updatedAt = new Date();
  if (canTakeDecorationStep(from, 'settle-fees')) d.status = nextDecorationStatus(from, 'settle-fees');
  archive(
    em,
    {
      companyId: d.companyId,
      communityId: d.communityId,
      recordType: DECORATION_RECORD,
      recordId: d.id,
      action: 'settle-fees',
      changes: {
        feesPaid: true,
        settledAt: settledAt.toISOString(),
        ...(d.status === from ? {} : { status: { from, to: d.status } }),
      },
      reason: note,
    },
    actor,
  );
}
