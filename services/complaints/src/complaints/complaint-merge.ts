import { archiveRecord, lockRecord } from '@pcs/platform';
import { DomainError, RepairProgress, type RepairProgress as Progress } from '@pcs/contracts';
import { CALL_BACK_RECORD } from '../call-backs/call-back-book.js';
import { CallBack } from '../call-backs/call-back.entity.js';
import { Incident } from '../incidents/incident.entity.js';
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
  refuseLesserSurvivor(ctx.complaint, into);
  refuseOpenRepair(ctx.complaint);
  await refuseOpenIncident(ctx);
  await closeCallBack(ctx, into);
  into.updatedAt = ctx.now;
  archiveRecord(ctx.em, COMPLAINT_RECORD, into, {
    action: 'merged-in',
    changes: { mergedId: ctx.complaint.id, mergedNumber: ctx.complaint.number },
    reason,
    at: ctx.now,
  });
  return { action: 'merge', intoId };
}

/**
 * The entry that stays carries on the handling of both, so it must owe at least what the merged one
 * owes: a complaint's clocks (CMP-3), a major complaint's meeting (CMP-5), an escalation already
 * made (CMP-4). Merging the other way round always works (decision 0195).
 */
function refuseLesserSurvivor(merged: Complaint, into: Complaint): void {
  const refuse = (message: string) =>
    new DomainError('BUSINESS_RULE_VIOLATED', message, { field: 'intoId', number: into.number });
  if (merged.kind === 'complaint' && into.kind !== 'complaint')
    throw refuse(`投诉只能合并进投诉：${into.number} 不是投诉，请将其合并进本投诉`);
  if (merged.major && !into.major)
    throw refuse(`重大投诉不能合并进非重大的 ${into.number}，请将其合并进本投诉`);
  if (merged.escalationLevel > into.escalationLevel)
    throw refuse(`本登记已上报至更高层级，不能合并进 ${into.number}，请将其合并进本登记`);
}

/** Maintenance's stages after which a repair request no longer works for anyone (MNT-1). */
const REPAIR_DONE: readonly Progress[] = ['completed', 'settled', 'cancelled'];

/**
 * CMP-2, CMP-16: an entry whose repair request is still open in maintenance is not merged: the
 * request is linked to it alone and would go on without anyone following it (decision 0295).
 */
function refuseOpenRepair(merged: Complaint): void {
  if (!merged.repairRequested) return;
  const progress = merged.repairStatus as Progress | undefined;
  if (progress && REPAIR_DONE.includes(progress)) return;
  const request = merged.repairRequestNumber ?? '';
  throw new DomainError(
    'BUSINESS_RULE_VIOLATED',
    `${merged.number} 的报修单${request ? ` ${request} ` : ''}仍在处理中(${progress ? RepairProgress.label(progress) : '待受理'})，不能合并：请在维修完工或取消后再合并`,
    {
      field: 'id',
      ...(merged.repairRequestNumber ? { repairRequestNumber: merged.repairRequestNumber } : {}),
      ...(progress ? { repairStatus: progress } : {}),
    },
  );
}

/**
 * CMP-15, CMP-16: a complaint attached to an incident still open is not merged: closing the incident
 * resolves its own complaints, and the merged one would stay unresolved on it for ever while the entry
 * that stays is not on it (decision 0332). Once the incident is closed, the attachment no longer acts.
 */
async function refuseOpenIncident(ctx: ActionContext): Promise<void> {
  const incidentId = ctx.complaint.incidentId;
  if (!incidentId) return;
  const incident = await ctx.em.findOne(
    Incident,
    { id: incidentId, companyId: ctx.complaint.companyId },
    { filters: false },
  );
  if (!incident || incident.status !== 'active') return;
  throw new DomainError(
    'BUSINESS_RULE_VIOLATED',
    `${ctx.complaint.number} 已关联处理中的事件 ${incident.number}，不能合并：事件关闭时将一并处理，或待事件关闭后再合并`,
    { field: 'id', incidentId: incident.id, incidentNumber: incident.number },
  );
}

/**
 * CMP-4, CMP-16: the merged entry's open call-back leaves the desk's list with it, in the merge's
 * transaction; the entry that stays carries the handling, and its own escalations call the customer
 * (decision 0298).
 */
async function closeCallBack(ctx: ActionContext, into: Complaint): Promise<void> {
  const open = await ctx.em.findOne(
    CallBack,
    { complaintId: ctx.complaint.id, status: 'open' },
    { filters: false },
  );
  if (!open) return;
  Object.assign(open, {
    status: 'merged',
    outcome: `登记已合并至 ${into.number}`,
    doneAt: ctx.now,
    doneById: ctx.actor.sub,
    doneByName: ctx.actor.name,
    updatedAt: ctx.now,
  });
  archiveRecord(ctx.em, CALL_BACK_RECORD, open, {
    action: 'merged',
    changes: { status: { from: 'open', to: 'merged' }, intoId: into.id, intoNumber: into.number },
    at: ctx.now,
  });
}
