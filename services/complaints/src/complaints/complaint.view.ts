import {
  ComplainantIntent,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintKind,
  ComplaintStatus,
  maskPhone,
  type ComplaintView,
} from '@pcs/contracts';
import type { Complaint } from './complaint.entity.js';

/** The staff view of a complaint: codes with their Chinese labels, the phone masked (GEN-4). */
export function toComplaintView(c: Complaint): ComplaintView {
  return {
    id: c.id,
    number: c.number,
    companyId: c.companyId,
    communityId: c.communityId,
    kind: c.kind,
    kindLabel: ComplaintKind.label(c.kind),
    channel: c.channel,
    channelLabel: ComplaintChannel.label(c.channel),
    status: c.status,
    statusLabel: ComplaintStatus.label(c.status),
    customer: {
      anonymous: c.customerAnonymous,
      ...(c.customerSurname ? { surname: c.customerSurname } : {}),
      ...(c.customerPhone ? { phone: maskPhone(c.customerPhone) } : {}),
    },
    ...(c.unitId ? { unitId: c.unitId } : {}),
    ...(c.location ? { location: c.location } : {}),
    description: c.description,
    demand: c.demand,
    ...(c.category ? { category: c.category, categoryLabel: ComplaintCategory.label(c.category) } : {}),
    ...(c.intent ? { intent: c.intent, intentLabel: ComplainantIntent.label(c.intent) } : {}),
    receivedAt: c.receivedAt.toISOString(),
    receivedBy: { staffId: c.receivedById, name: c.receivedByName },
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}
