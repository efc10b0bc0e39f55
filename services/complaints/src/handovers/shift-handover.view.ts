import { ShiftHandoverStatus, type ShiftHandoverView } from '@pcs/contracts';
import type { ShiftHandover } from './shift-handover.entity.js';

/** DESK-1: a handover as staff see it; the snapshot as it was when handed over. */
export function toShiftHandoverView(h: ShiftHandover): ShiftHandoverView {
  return {
    id: h.id,
    companyId: h.companyId,
    communityId: h.communityId,
    status: h.status,
    statusLabel: ShiftHandoverStatus.label(h.status),
    from: { staffId: h.fromId, name: h.fromName },
    to: { staffId: h.toId, name: h.toName },
    handedOverAt: h.createdAt.toISOString(),
    ...(h.shiftEndsAt ? { shiftEndsAt: h.shiftEndsAt.toISOString() } : {}),
    summary: h.summary,
    ...(h.notes ? { notes: h.notes } : {}),
    snapshot: h.snapshot,
    ...(h.acceptedAt ? { acceptedAt: h.acceptedAt.toISOString() } : {}),
    ...(h.acceptanceNote ? { acceptanceNote: h.acceptanceNote } : {}),
    ...(h.refusedAt ? { refusedAt: h.refusedAt.toISOString() } : {}),
    ...(h.refusalReason ? { refusalReason: h.refusalReason } : {}),
    ...(h.reviewedAt
      ? {
          review: {
            by: { staffId: h.reviewedById ?? '', name: h.reviewedByName ?? '' },
            at: h.reviewedAt.toISOString(),
            note: h.reviewNote ?? '',
          },
        }
      : {}),
    updatedAt: h.updatedAt.toISOString(),
    version: h.version,
  };
}
