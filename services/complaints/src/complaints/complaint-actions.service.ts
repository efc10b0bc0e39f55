import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  COMPLAINT_ACTION_COMMANDS,
  ComplaintEscalated,
  ComplaintStatusChanged,
  EscalationLevel,
  type Actor,
  type ComplaintAction,
  type ComplaintView,
  type CommandDefinition,
} from '@pcs/contracts';
import {
  archiveRecord,
  CallContext,
  CommunityTimeZones,
  CompanyCalendars,
  lockRecord,
  Outbox,
  runCommand,
  Clock,
  ResidentPreference,
} from '@pcs/platform';
import type { WorkCalendar } from '@pcs/work-calendar';
import { putOnCallBackList } from '../call-backs/call-back-book.js';
import type { ComplaintDeadline } from '../deadlines/complaint-deadline.entity.js';
import { applyDeadlineOps, openClocks } from '../deadlines/deadline-book.js';
import { COMPLAINT_POLICY } from './complaint-policy.js';
import { decide, type ComplaintCommand, type Decision } from './complaint.rules.js';
import { Complaint } from './complaint.entity.js';
import { COMPLAINT_RECORD, complaintView } from './complaint.view.js';
import { escalationNotice } from './escalation-notice.js';

/** What a command needs to know besides the entry, read in its transaction. */
export interface ActionContext {
  em: EntityManager;
  complaint: Complaint;
  actor: Actor;
  now: Date;
  /** RES-7, CMP-10: the resident refused return visits. */
  refusesVisits: () => Promise<boolean>;
  /** When the entry's resolution is due now, if a clock runs for it. */
  resolveDue: () => Promise<Date | undefined>;
  /** The resolution clock open now, if there is one (paused or running). */
  resolveClock: () => Promise<ComplaintDeadline | undefined>;
  /** GEN-1: the company's working calendar in the entry's community's time zone. */
  calendar: () => Promise<WorkCalendar>;
}

/** A payload of an action route: the entry's id and the action's fields. */
type ActionPayload = { complaintId: string; reason?: string; note?: string };

/**
 * CMP-2 … CMP-10, CMP-13, CMP-16: every action on an entry, one way: lock the entry, let the pure
 * rules decide, apply the decision and its clocks, archive it (GEN-3) and publish it, all in one
 * idempotent transaction (`runCommand`).
 */
@Injectable()
export class ComplaintActionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly calendars: CompanyCalendars,
    private readonly communities: CommunityTimeZones,
    private readonly clock: Clock,
  ) {}

  take<P extends ActionPayload>(
    action: ComplaintAction,
    payload: P,
    toCommand: (payload: P, context: ActionContext) => Promise<ComplaintCommand> | ComplaintCommand,
    before?: (payload: P, context: ActionContext) => Promise<void>,
  ): Promise<ComplaintView> {
    const definition = COMPLAINT_ACTION_COMMANDS[action] as unknown as CommandDefinition<P, ComplaintView>;
    return runCommand(this.em, definition, payload, {
      // Locked before the key is claimed: a caller who no longer sees the entry gets 404, not a replay.
      load: (em) => lockComplaint(em, payload.complaintId),
      change: async (em, complaint) => {
        const actor = CallContext.actor();
        const now = this.clock.now();
        const context: ActionContext = {
          em,
          complaint,
          actor,
          now,
          refusesVisits: () => refusesVisits(em, complaint),
          resolveDue: async () =>
            (await openClocks(em, complaint.id)).find((d) => d.kind === 'resolve')?.dueAt,
          resolveClock: async () => (await openClocks(em, complaint.id)).find((d) => d.kind === 'resolve'),
          calendar: async () =>
            this.calendars.forCompany(
              em,
              complaint.companyId,
              await this.communities.timeZoneOf(em, complaint.companyId, complaint.communityId),
            ),
        };
        await before?.(payload, context);
        const command = await toCommand(payload, context);
        const decision = decide(complaint, command, now, COMPLAINT_POLICY);
        await this.apply(em, complaint, action, decision, now, payload.reason ?? payload.note);
        return complaint;
      },
      view: (em, complaint) => complaintView(em, complaint, this.clock.now()),
    });
  }

  /** Applies a decision: fields, clocks, archive entry, status event and, when it rose, the escalation. */
  async apply(
    em: EntityManager,
    complaint: Complaint,
    action: string,
    decision: Decision,
    now: Date,
    reason?: string,
    escalation: { cause: 'manual' | 'major' | 'overdue'; overdueStep?: string } = {
      cause: action === 'flag-major' ? 'major' : 'manual',
    },
  ): Promise<void> {
    const from = complaint.status;
    Object.assign(complaint, decision.changes, { updatedAt: now });
    const timeZone = await this.communities.timeZoneOf(em, complaint.companyId, complaint.communityId);
    const calendar = await this.calendars.forCompany(em, complaint.companyId, timeZone);
    const open = await applyDeadlineOps(em, calendar, complaint, decision.deadlines, now);
    // The overdue list shows what still has an overdue clock; meeting or cancelling the last one clears it.
    if (complaint.overdueSince && !open.some((d) => d.escalatedAt)) complaint.overdueSince = null;
    archiveRecord(em, COMPLAINT_RECORD, complaint, {
      action,
      changes: { ...archivedChanges(decision), ...decision.recorded },
      reason,
      at: now,
    });
    await this.outbox.stage(em, ComplaintStatusChanged, {
      aggregateId: complaint.id,
      companyId: complaint.companyId,
      communityId: complaint.communityId,
      time: now,
      data: {
        complaintId: complaint.id,
        number: complaint.number,
        kind: complaint.kind,
        action: action as ComplaintAction,
        from,
        to: complaint.status,
        department: complaint.department,
        handlerId: complaint.handlerId,
        escalationLevel: complaint.escalationLevel,
        at: now.toISOString(),
      },
    });
    if (decision.escalatedTo !== undefined) {
      const notice = await escalationNotice(em, complaint);
      await this.outbox.stage(em, ComplaintEscalated, {
        aggregateId: complaint.id,
        companyId: complaint.companyId,
        communityId: complaint.communityId,
        time: now,
        data: {
          complaintId: complaint.id,
          number: complaint.number,
          level: EscalationLevel.codes[decision.escalatedTo],
          cause: escalation.cause,
          ...(escalation.overdueStep ? { overdueStep: escalation.overdueStep as never } : {}),
          ...(reason ? { reason } : {}),
          ...notice,
          at: now.toISOString(),
        },
      });
      // CMP-4: besides the automatic notice, the desk calls the customer back.
      if (notice.notifyCustomer) await putOnCallBackList(em, calendar, complaint, notice, now);
    }
  }
}

/** The entry, locked for the rest of the transaction; 404 when the caller's scope does not cover it. */
export async function lockComplaint(em: EntityManager, id: string): Promise<Complaint> {
  return lockRecord(em, Complaint, id, 'COMPLAINT_NOT_FOUND');
}

export async function refusesVisits(em: EntityManager, complaint: Complaint): Promise<boolean> {
  if (!complaint.personId) return false;
  const preference = await em.findOne(
    ResidentPreference,
    { companyId: complaint.companyId, personId: complaint.personId },
    { filters: false },
  );
  return preference?.refuseReturnVisits ?? false;
}

/** GEN-3: what changed, as plain values (instants as ISO strings). */
function archivedChanges(decision: Decision): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(decision.changes).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
  );
}
