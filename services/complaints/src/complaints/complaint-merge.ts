import { archiveRecord, lockRecord } from '@pcs/platform';
import { DomainError } from '@pcs/contracts';
import { isFinalStatus } from './complaint.state.js';
import type { ActionContext } from './complaint-actions.service.js';
import type { ComplaintCommand } from './complaint.rules.js';
import { Complaint } from './complaint.entity.js';
import { COMPLAINT_RECORD } from './complaint.view.js';

/**
 * CMP-16: merges the entry into `intoId`, which stays: both must be the caller's, in one community,
 * and the one that stays must still be open. The one that stays records the merge in its own history.
 */
export async function mergeInto(
  ctx: ActionContext,
  intoId: string,
  reason: string,
): Promise<ComplaintCommand> {
  if (intoId === ctx.complaint.id) {
    throw DomainError.validation([{ field: 'intoId', message: 'an entry cannot be merged into itself' }]);
  }
  const into = await lockRecord(ctx.em, Complaint, intoId, 'COMPLAINT_NOT_FOUND');
  if (into.communityId !== ctx.complaint.communityId) {
    throw new DomainError('BUSINESS_RULE_VIOLATED', '只能合并同一小区的登记', { field: 'intoId' });
  }
  if (isFinalStatus(into.status)) {
    throw new DomainError('BUSINESS_RULE_VIOLATED', `保留的登记 ${into.number} 已结束，不能合并进去`, {
      field: 'intoId',
    });
  }
  into.updatedAt = ctx.now;
  archiveRecord(ctx.em, COMPLAINT_RECORD, into, {
    action: 'merged-in',
    changes: { mergedId: ctx.complaint.id, mergedNumber: ctx.complaint.number },
    reason,
    at: ctx.now,
  });
  return { action: 'merge', intoId };
}
