import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CallBackReason,
  CallBackStatus,
  ContactChannel,
  EscalationLevel,
  maskPhone,
  type CallBackView,
} from '@pcs/contracts';
import { Complaint } from '../complaints/complaint.entity.js';
import type { CallBack } from './call-back.entity.js';

type Customer = Pick<Complaint, 'id' | 'number' | 'customerAnonymous' | 'customerSurname' | 'customerPhone'>;

export function toCallBackView(c: CallBack, entry: Customer | undefined, now: Date): CallBackView {
  const level = EscalationLevel.codes[c.escalationLevel] ?? 'handler';
  return {
    id: c.id,
    communityId: c.communityId,
    complaintId: c.complaintId,
    number: entry?.number ?? '',
    reason: c.reason,
    reasonLabel: CallBackReason.label(c.reason),
    escalationLevel: level,
    escalationLevelLabel: EscalationLevel.label(level),
    ...(c.channel ? { channel: c.channel, channelLabel: ContactChannel.label(c.channel) } : {}),
    customer: {
      anonymous: entry?.customerAnonymous ?? false,
      ...(entry?.customerSurname ? { surname: entry.customerSurname } : {}),
      // GEN-4: the desk sees the number masked, like everywhere else; the full one needs a reveal.
      ...(entry?.customerPhone ? { phone: maskPhone(entry.customerPhone) } : {}),
    },
    ...(c.personId ? { personId: c.personId } : {}),
    dueAt: c.dueAt.toISOString(),
    overdue: c.status === 'open' && c.dueAt <= now,
    status: c.status,
    statusLabel: CallBackStatus.label(c.status),
    ...(c.outcome ? { outcome: c.outcome } : {}),
    ...(c.doneAt ? { doneAt: c.doneAt.toISOString() } : {}),
    ...(c.doneById ? { doneBy: { staffId: c.doneById, name: c.doneByName ?? '' } } : {}),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}

/** Views of a page of call-backs, with their entries' numbers and customers in one query. */
export async function callBackViews(
  em: EntityManager,
  rows: readonly CallBack[],
  now: Date,
): Promise<CallBackView[]> {
  if (rows.length === 0) return [];
  const entries = await em.find(
    Complaint,
    { id: { $in: rows.map((r) => r.complaintId) } },
    {
      filters: false,
      fields: ['id', 'number', 'customerAnonymous', 'customerSurname', 'customerPhone'],
    },
  );
  const byId = new Map(entries.map((e) => [e.id, e]));
  return rows.map((r) => toCallBackView(r, byId.get(r.complaintId), now));
}

export async function callBackView(em: EntityManager, row: CallBack, now: Date): Promise<CallBackView> {
  const [view] = await callBackViews(em, [row], now);
  if (!view) throw new Error(`no view of call-back ${row.id}`);
  return view;
}
