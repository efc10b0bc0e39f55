import {
  ComplaintCategory,
  ComplaintKind,
  ComplaintStatus,
  EscalationLevel,
  type ComplaintSummaryView,
} from '@pcs/contracts';
import type { Complaint } from './complaint.entity.js';

/** The fields a summary reads: lists that show many entries load only these. */
export const SUMMARY_FIELDS = [
  'id',
  'number',
  'companyId',
  'communityId',
  'kind',
  'status',
  'category',
  'receivedAt',
  'handlerId',
  'handlerName',
  'acknowledgedAt',
  'promisedAt',
  'escalationLevel',
  'major',
  'overdueSince',
] as const satisfies readonly (keyof Complaint)[];

/** An entry as loaded with only the summary's fields. */
export type SummarisedComplaint = Pick<Complaint, (typeof SUMMARY_FIELDS)[number]>;

/** An entry at a glance (CMP-6, DESK-1): codes with their labels, no customer details (GEN-4). */
export function toComplaintSummary(c: SummarisedComplaint): ComplaintSummaryView {
  const level = EscalationLevel.codes[c.escalationLevel] ?? 'handler';
  return {
    complaintId: c.id,
    number: c.number,
    kind: c.kind,
    kindLabel: ComplaintKind.label(c.kind),
    status: c.status,
    statusLabel: ComplaintStatus.label(c.status),
    ...(c.category ? { category: c.category, categoryLabel: ComplaintCategory.label(c.category) } : {}),
    receivedAt: c.receivedAt.toISOString(),
    ...(c.handlerId ? { handler: { staffId: c.handlerId, name: c.handlerName ?? '' } } : {}),
    ...(c.promisedAt ? { promisedAt: c.promisedAt.toISOString() } : {}),
    escalationLevel: level,
    escalationLevelLabel: EscalationLevel.label(level),
    major: c.major,
    ...(c.overdueSince ? { overdueSince: c.overdueSince.toISOString() } : {}),
  };
}
