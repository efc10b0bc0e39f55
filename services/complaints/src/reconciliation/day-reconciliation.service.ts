import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  ComplaintDayReconciled,
  ComplaintKind,
  ComplaintStatus,
  DomainError,
  FINAL_COMPLAINT_STATUSES,
  hasAnyRole,
  ReconciliationGapKind,
  SignOffDay,
  type Actor,
  type DayReconciliationView,
  type GetDayReconciliationV1,
  type LabelledCountView,
  type ReconciliationGapView,
  type Role,
  type SignOffDayV1,
} from '@pcs/contracts';
import { archiveRecord, CallContext, newId, Outbox, runCommand, Clock, knownCommunity } from '@pcs/platform';
import {
  SUMMARY_FIELDS,
  toComplaintSummary,
  type SummarisedComplaint,
} from '../complaints/complaint-summary.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { communityDay, hasEnded, hasStarted, type CommunityDay } from './community-day.js';
import { DayReconciliation } from './day-reconciliation.entity.js';
import { countByCode, gapsOfDayEntry } from './reconciliation-gaps.js';
import { lockCommunityDay, signOffOf } from './signed-days.js';

export const RECONCILIATION_RECORD = 'day-reconciliation';

/** CMP-6: who signs a day. */
const SIGNERS: readonly Role[] = ['cs-supervisor', 'cs-manager'];

/**
 * The overdue gaps listed at most (oldest first); their count is always exact. A day's own entries
 * are few enough to list them all (decision 0086); the overdue list of a neglected community is not.
 */
const OVERDUE_LISTED = 500;

/** What the reconciliation found for a day, as of `asOf`. */
interface Findings {
  entries: SummarisedComplaint[];
  gaps: ReconciliationGapView[];
  gapCounts: LabelledCountView[];
  asOf: Date;
}

/** CMP-6: the daily reconciliation (日盘点) of a community's register, and its sign-off. */
@Injectable()
export class DayReconciliationService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async get(query: GetDayReconciliationV1): Promise<DayReconciliationView> {
    const actor = CallContext.actor();
    const day = await this.dayOf(this.em, actor, query.communityId, query.date);
    const findings = await this.find(this.em, day, this.clock.now());
    const signed = await signOffOf(this.em, actor.companyId, day.communityId, day.date);
    return toView(day, findings, signed);
  }

  /**
   * Records the day's reconciliation, signed by the caller, with the gaps as they stand: only for a
   * day that has ended, only once; from then on the day is locked (`refuseSignedDay`).
   */
  async signOff(command: SignOffDayV1): Promise<DayReconciliationView> {
    const actor = CallContext.actor();
    if (!hasAnyRole(actor, SIGNERS)) {
      throw new DomainError('FORBIDDEN', '只有客服主管或客服经理可以盘点签字');
    }
    return runCommand(this.em, SignOffDay, command, {
      load: (em) => this.dayOf(em, actor, command.communityId, command.date),
      change: async (em, day) => {
        const now = this.clock.now();
        if (!hasEnded(day, now)) {
          throw new DomainError('BUSINESS_RULE_VIOLATED', `${day.date} 尚未结束，只能盘点已结束的日子`, {
            field: 'date',
          });
        }
        await lockCommunityDay(em, actor.companyId, day.communityId, day.date, 'exclusive');
        const earlier = await signOffOf(em, actor.companyId, day.communityId, day.date);
        if (earlier) {
          throw new DomainError('DAY_SIGNED_OFF', `${day.date} 已由${earlier.signedByName}盘点签字`, {
            field: 'date',
            signedAt: earlier.signedAt.toISOString(),
          });
        }
        const findings = await this.find(em, day, now);
        const signed = em.create(DayReconciliation, {
          id: newId(),
          companyId: actor.companyId,
          communityId: day.communityId,
          date: day.date,
          timeZone: day.timeZone,
          signedById: actor.sub,
          signedByName: actor.name,
          signedAt: now,
          note: command.note,
          entryCount: findings.entries.length,
          gaps: findings.gaps,
          gapCounts: findings.gapCounts,
        });
        archiveRecord(em, RECONCILIATION_RECORD, signed, {
          action: 'signed-off',
          changes: {
            date: day.date,
            entryCount: signed.entryCount,
            gapCounts: Object.fromEntries(findings.gapCounts.map((c) => [c.code, c.count])),
          },
          reason: command.note,
          at: now,
        });
        await this.outbox.stage(em, ComplaintDayReconciled, {
          aggregateId: signed.id,
          companyId: signed.companyId,
          communityId: signed.communityId,
          time: now,
          data: {
            reconciliationId: signed.id,
            communityId: signed.communityId,
            date: signed.date,
            signedBy: actor.sub,
            signedAt: now.toISOString(),
            entryCount: signed.entryCount,
            gapCounts: findings.gapCounts,
          },
        });
        return { day, findings, signed };
      },
      view: (_em, { day, findings, signed }) => toView(day, findings, signed),
    });
  }

  /**
   * The day in the community's zone; an unknown community, or one the caller may not see, is 404. A
   * day after today in that zone has not started: nothing of it can be reconciled yet, and every
   * entry overdue now would be listed as its gap (decision 0333).
   */
  private async dayOf(
    em: EntityManager,
    actor: Actor,
    communityId: string,
    date: string,
  ): Promise<CommunityDay> {
    const community = await knownCommunity(em, actor, communityId);
    const day = communityDay(communityId, date, community.timeZone);
    if (!hasStarted(day, this.clock.now())) {
      throw DomainError.validation([
        {
          field: 'date',
          message: `date must not be after today in the community's time zone (${day.timeZone})`,
        },
      ]);
    }
    return day;
  }

  /**
   * The day's entries by the (company, community, received_at) index, and the community's overdue
   * entries by the overdue index (decision 0081), each checked by the pure rules.
   */
  private async find(em: EntityManager, day: CommunityDay, asOf: Date): Promise<Findings> {
    const entries = await em.find(
      Complaint,
      { communityId: day.communityId, receivedAt: { $gte: day.from, $lt: day.to } },
      { fields: SUMMARY_FIELDS, orderBy: { receivedAt: 'asc', id: 'asc' } },
    );
    const [overdue, overdueCount] = await em.findAndCount(
      Complaint,
      {
        communityId: day.communityId,
        overdueSince: { $ne: null, $lt: day.to },
        status: { $nin: [...FINAL_COMPLAINT_STATUSES] },
      },
      { fields: SUMMARY_FIELDS, orderBy: { overdueSince: 'asc', id: 'asc' }, limit: OVERDUE_LISTED },
    );
    const found: { kind: ReconciliationGapKind; entry: SummarisedComplaint }[] = [
      ...entries.flatMap((entry) => gapsOfDayEntry(entry).map((kind) => ({ kind, entry }))),
      ...overdue.map((entry) => ({ kind: 'overdue' as const, entry })),
    ];
    // Listed by kind in the order of the codes; the sort is stable, so each kind stays oldest first.
    const order = (kind: ReconciliationGapKind) => ReconciliationGapKind.codes.indexOf(kind);
    const gaps: ReconciliationGapView[] = found
      .sort((a, b) => order(a.kind) - order(b.kind))
      .map(({ kind, entry }) => ({
        kind,
        kindLabel: ReconciliationGapKind.label(kind),
        entry: toComplaintSummary(entry),
      }));
    return {
      entries,
      gaps,
      gapCounts: countByCode(
        ReconciliationGapKind,
        gaps.map((g) => g.kind),
        { overdue: overdueCount },
      ),
      asOf,
    };
  }
}

function toView(
  day: CommunityDay,
  findings: Findings,
  signed: DayReconciliation | null,
): DayReconciliationView {
  return {
    communityId: day.communityId,
    date: day.date,
    timeZone: day.timeZone,
    from: day.from.toISOString(),
    to: day.to.toISOString(),
    asOf: findings.asOf.toISOString(),
    ended: hasEnded(day, findings.asOf),
    entries: findings.entries.map(toComplaintSummary),
    gaps: findings.gaps,
    countsByKind: countByCode(
      ComplaintKind,
      findings.entries.map((e) => e.kind),
    ),
    countsByStatus: countByCode(
      ComplaintStatus,
      findings.entries.map((e) => e.status),
    ),
    gapCounts: findings.gapCounts,
    ...(signed
      ? {
          signOff: {
            id: signed.id,
            by: { staffId: signed.signedById, name: signed.signedByName },
            at: signed.signedAt.toISOString(),
            ...(signed.note ? { note: signed.note } : {}),
            entryCount: signed.entryCount,
            gaps: signed.gaps,
            gapCounts: signed.gapCounts,
          },
        }
      : {}),
  };
}
