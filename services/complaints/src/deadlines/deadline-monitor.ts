import { LockMode } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ComplaintDeadlineApproaching, EscalationLevel, type Actor } from '@pcs/contracts';
import { CallContext, LOGGER, Outbox } from '@pcs/platform';
import type { Logger } from 'pino';
import { COMPLAINT_POLICY } from '../complaints/complaint-policy.js';
import { ComplaintActionsService } from '../complaints/complaint-actions.service.js';
import { decide, escalation, TOP_LEVEL } from '../complaints/complaint.rules.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { ComplaintDeadline } from './complaint-deadline.entity.js';

/** Who acts when the scheduler escalates: the system, named as such in the archive (GEN-3). */
export const SCHEDULER_ACTOR = (companyId: string): Actor => ({
  sub: 'system:deadline-scheduler',
  name: '系统(时限监控)',
  companyId,
  roles: ['admin'],
  communities: ['*'],
});

/** How many clocks one transaction handles; the rest wait for the next round. */
const BATCH = 100;

export interface MonitorRound {
  warned: number;
  escalated: number;
  /** CMP-10: return visits exempted because the resident refused visits after the resolution. */
  exempted: number;
}

/**
 * CMP-4, CMP-14: warns handlers before deadlines and escalates overdue steps one level. Each clock is
 * claimed with `FOR UPDATE SKIP LOCKED` and marked in the same transaction that escalates it, so any
 * number of replicas running rounds at once escalate each step exactly once; a round needs no request
 * to arrive, only the scheduler's tick, and takes its time from the injectable clock.
 */
@Injectable()
export class DeadlineMonitor {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly actions: ComplaintActionsService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** One round at `now`: everything due by then is warned about or escalated. */
  async runOnce(now: Date): Promise<MonitorRound> {
    const round = { warned: 0, escalated: 0, exempted: 0 };
    for (;;) {
      const exempted = await this.exemptRefusedBatch(now);
      round.exempted += exempted;
      if (exempted < BATCH) break;
    }
    for (;;) {
      const warned = await this.warnBatch(now);
      round.warned += warned;
      if (warned < BATCH) break;
    }
    for (;;) {
      const escalated = await this.escalateBatch(now);
      round.escalated += escalated;
      if (escalated < BATCH) break;
    }
    return round;
  }

  private claim(em: EntityManager, column: 'due_at' | 'warn_at', now: Date): Promise<{ id: string }[]> {
    const marker = column === 'due_at' ? 'escalated_at' : 'warned_at';
    return em.execute(
      `select id from complaint_deadline
        where ${column} <= ? and met_at is null and cancelled_at is null and ${marker} is null and paused_since is null
        order by ${column}
        limit ${BATCH}
        for update skip locked`,
      [now],
    );
  }

  private warnBatch(now: Date): Promise<number> {
    return this.em.fork().transactional(async (em) => {
      const ids = (await this.claim(em, 'warn_at', now)).map((r) => r.id);
      if (ids.length === 0) return 0;
      const clocks = await em.find(ComplaintDeadline, { id: { $in: ids } }, { filters: false });
      const owners = await em.find(
        Complaint,
        { id: { $in: clocks.map((c) => c.complaintId) } },
        { filters: false },
      );
      for (const clock of clocks) {
        clock.warnedAt = now;
        const owner = owners.find((o) => o.id === clock.complaintId);
        if (!owner || clock.dueAt <= now) continue; // already due: the escalation says it louder
        await this.outbox.stage(em, ComplaintDeadlineApproaching, {
          aggregateId: owner.id,
          companyId: owner.companyId,
          communityId: owner.communityId,
          time: now,
          data: {
            complaintId: owner.id,
            number: owner.number,
            step: clock.kind,
            ...(clock.kind === 'escalation-acknowledge' ? { level: EscalationLevel.codes[clock.level] } : {}),
            dueAt: clock.dueAt.toISOString(),
            ...(owner.handlerId ? { handlerId: owner.handlerId } : {}),
          },
        });
      }
      return ids.length;
    });
  }

  /**
   * CMP-10, RES-7: a resident who refused return visits after the resolution is not visited: the
   * visit still due is exempted with that reason, before its clock can go overdue (decision 0297, as
   * decision 0212 does for maintenance). The preference is read as it stands: the newest version decides.
   */
  private exemptRefusedBatch(now: Date): Promise<number> {
    return this.em.fork().transactional(async (em) => {
      const rows: { id: string }[] = await em.execute(
        `select c.id from complaint c
           join resident_preference p
             on p.company_id = c.company_id and p.person_id = c.person_id and p.refuse_return_visits
          where c.status = 'resolved' and c.return_visit_status = 'due'
          order by c.id
          limit ${BATCH}
          for update of c skip locked`,
      );
      if (rows.length === 0) return 0;
      const owners = await em.find(
        Complaint,
        { id: { $in: rows.map((r) => r.id) } },
        { filters: false, refresh: true },
      );
      for (const owner of owners) {
        await CallContext.run(
          { actor: SCHEDULER_ACTOR(owner.companyId), correlationId: `refused-visits:${owner.id}` },
          () =>
            this.actions.apply(
              em,
              owner,
              'exempt-visit',
              decide(owner, { action: 'exempt-visit', exemption: 'refused-visits' }, now, COMPLAINT_POLICY),
              now,
              '客户已拒绝回访(RES-7)',
            ),
        );
      }
      this.logger.info({ exempted: owners.length }, 'return visits exempted for residents who refuse them');
      return rows.length;
    });
  }

  private escalateBatch(now: Date): Promise<number> {
    return this.em.fork().transactional(async (em) => {
      const ids = (await this.claim(em, 'due_at', now)).map((r) => r.id);
      if (ids.length === 0) return 0;
      const clocks = await em.find(
        ComplaintDeadline,
        { id: { $in: ids } },
        { filters: false, orderBy: { dueAt: 'asc' } },
      );
      for (const clock of clocks) {
        clock.escalatedAt = now;
        // The entry is locked like any command locks it, so a command and the scheduler queue.
        const owner = await em.findOne(
          Complaint,
          { id: clock.complaintId },
          { filters: false, lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
        );
        if (!owner) continue;
        owner.overdueSince ??= clock.dueAt;
        owner.updatedAt = now;
        // CMP-4: one level above where the entry stands, or above the level that failed to acknowledge.
        const from = Math.max(
          owner.escalationLevel,
          clock.kind === 'escalation-acknowledge' ? clock.level : 0,
        );
        if (from >= TOP_LEVEL) continue; // the general manager has it: it stays on the overdue list
        await CallContext.run(
          { actor: SCHEDULER_ACTOR(owner.companyId), correlationId: `deadline:${clock.id}` },
          () =>
            this.actions.apply(
              em,
              owner,
              'escalate',
              escalation(owner.escalationLevel, from + 1, now, COMPLAINT_POLICY),
              now,
              `${clock.kind} overdue since ${clock.dueAt.toISOString()}`,
              { cause: 'overdue', overdueStep: clock.kind },
            ),
        );
      }
      this.logger.info({ escalated: clocks.length }, 'overdue complaint deadlines escalated');
      return ids.length;
    });
  }
}
