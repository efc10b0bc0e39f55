import type { EntityManager } from '@mikro-orm/postgresql';
import { EscalationLevel, type ContactChannel } from '@pcs/contracts';
import { archiveRecord, newId } from '@pcs/platform';
import type { WorkCalendar } from '@pcs/work-calendar';
import type { Complaint } from '../complaints/complaint.entity.js';
import { callBackDue } from './call-back-due.js';
import { CallBack } from './call-back.entity.js';

export const CALL_BACK_RECORD = 'call-back';

/** Whom to call and how, as the escalation notice decided (CMP-4, RES-7). */
export interface CallBackNotice {
  customerChannel?: ContactChannel;
  personId?: string;
}

/**
 * CMP-4: an escalation that tells the customer also puts them on the desk's call-back list, in the
 * escalation's transaction. An entry already waiting on the list is raised to the new level instead:
 * one call tells the customer where their complaint now stands, by the time first promised.
 */
export async function putOnCallBackList(
  em: EntityManager,
  calendar: WorkCalendar,
  complaint: Complaint,
  notice: CallBackNotice,
  now: Date,
): Promise<CallBack> {
  const waiting = await em.findOne(
    CallBack,
    { complaintId: complaint.id, status: 'open' },
    { filters: false },
  );
  const level = EscalationLevel.codes[complaint.escalationLevel];
  if (waiting) {
    waiting.escalationLevel = complaint.escalationLevel;
    waiting.channel = notice.customerChannel ?? waiting.channel;
    waiting.updatedAt = now;
    archiveRecord(em, CALL_BACK_RECORD, waiting, {
      action: 'raised',
      changes: { escalationLevel: level },
      at: now,
    });
    return waiting;
  }
  const callBack = em.create(CallBack, {
    id: newId(),
    companyId: complaint.companyId,
    communityId: complaint.communityId,
    complaintId: complaint.id,
    reason: 'escalated',
    escalationLevel: complaint.escalationLevel,
    channel: notice.customerChannel,
    personId: notice.personId,
    dueAt: callBackDue(calendar, now),
    status: 'open',
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  archiveRecord(em, CALL_BACK_RECORD, callBack, {
    action: 'listed',
    changes: {
      status: 'open',
      complaintId: complaint.id,
      escalationLevel: level,
      dueAt: callBack.dueAt.toISOString(),
    },
    at: now,
  });
  return callBack;
}
