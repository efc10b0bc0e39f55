import type {
  ComplainantIntent,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintKind,
  ComplaintStatus,
} from './complaint-codes.js';

/** A complaint as staff see it. The phone is masked (GEN-4). */
export interface ComplaintView {
  id: string;
  number: string;
  companyId: string;
  communityId: string;
  kind: ComplaintKind;
  kindLabel: string;
  channel: ComplaintChannel;
  channelLabel: string;
  status: ComplaintStatus;
  statusLabel: string;
  customer: { anonymous: boolean; surname?: string; phone?: string };
  unitId?: string;
  location?: string;
  description: string;
  demand: string;
  category?: ComplaintCategory;
  categoryLabel?: string;
  intent?: ComplainantIntent;
  intentLabel?: string;
  receivedAt: string;
  receivedBy: { staffId: string; name: string };
  createdAt: string;
  updatedAt: string;
  version: number;
}
