import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  ComplaintCategory,
  ComplaintStatus,
  DomainError,
  hasAnyRole,
  SetTypicalCase,
  type Role,
  type SetTypicalCaseV1,
  type TypicalCaseStateView,
} from '@pcs/contracts';
import { archiveRecord, CallContext, Clock, runCommand } from '@pcs/platform';
import { COMPLAINT_RECORD } from '../complaints/complaint.view.js';
import { lockComplaint } from '../complaints/complaint-actions.service.js';
import type { Complaint } from '../complaints/complaint.entity.js';
import { TypicalCase } from './typical-case.entity.js';

/** CMP-12: who picks the cases staff are trained on. */
const MARKERS: readonly Role[] = ['cs-supervisor', 'cs-manager', 'deputy-gm', 'gm'];

/** CMP-12: typical cases (典型案例) marked for training. */
@Injectable()
export class TypicalCaseService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /**
   * Sets the state; the state it already has is a no-op (no archive entry, no new time), so a retry
   * without a key changes nothing either. The archive of the complaint keeps every mark and unmark.
   */
  set(command: SetTypicalCaseV1): Promise<TypicalCaseStateView> {
    const actor = CallContext.actor();
    if (!hasAnyRole(actor, MARKERS)) {
      throw new DomainError('FORBIDDEN', '只有客服主管、客服经理或总经理可以标记典型案例');
    }
    return runCommand(this.em, SetTypicalCase, command, {
      load: (em) => lockComplaint(em, command.complaintId),
      change: async (em, complaint) => {
        if (complaint.kind !== 'complaint' || complaint.status === 'merged') {
          throw new DomainError('BUSINESS_RULE_VIOLATED', '只有投诉(未被合并)可以标记为典型案例', {
            field: 'complaintId',
          });
        }
        const now = this.clock.now();
        const current = await em.findOne(TypicalCase, { complaintId: complaint.id });
        if (command.marked && command.reason) {
          const reason = command.reason;
          if (current?.reason === reason) return { complaint, typical: current };
          const typical =
            current ??
            em.create(TypicalCase, {
              complaintId: complaint.id,
              companyId: complaint.companyId,
              communityId: complaint.communityId,
              reason,
              markedById: actor.sub,
              markedByName: actor.name,
              markedAt: now,
            });
          typical.reason = reason;
          archiveRecord(em, COMPLAINT_RECORD, complaint, {
            action: 'typical-case-marked',
            changes: { typicalCase: true },
            reason: command.reason,
            at: now,
          });
          return { complaint, typical };
        }
        if (!current) return { complaint, typical: null };
        em.remove(current);
        archiveRecord(em, COMPLAINT_RECORD, complaint, {
          action: 'typical-case-unmarked',
          changes: { typicalCase: false },
          reason: command.reason,
          at: now,
        });
        return { complaint, typical: null };
      },
      view: (_em, { complaint, typical }) => toState(complaint, typical),
    });
  }
}

function toState(complaint: Complaint, typical: TypicalCase | null): TypicalCaseStateView {
  if (!typical) return { complaintId: complaint.id, marked: false };
  return {
    complaintId: complaint.id,
    marked: true,
    typicalCase: {
      complaintId: complaint.id,
      number: complaint.number,
      communityId: complaint.communityId,
      ...(complaint.category
        ? { category: complaint.category, categoryLabel: ComplaintCategory.label(complaint.category) }
        : {}),
      status: complaint.status,
      statusLabel: ComplaintStatus.label(complaint.status),
      reason: typical.reason,
      markedBy: { staffId: typical.markedById, name: typical.markedByName },
      markedAt: typical.markedAt.toISOString(),
    },
  };
}
