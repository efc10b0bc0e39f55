import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@pcs/contracts';
import { archiveRecord, CallContext, Outbox, TENANT_FILTER } from '@pcs/platform';
import { changeUnitStatusAfterWorks } from '../decorations/unit-status-after-works.js';
import { findUnit } from '../units/unit-lock.js';
import { remainingResidents } from './move-out-effect.js';
import { MoveOut } from './move-out.entity.js';
import { MOVE_OUT_RECORD } from './move-out.view.js';

/** Who acts when a move-out's date comes: the residents service, named as such in the archive (GEN-3). */
export const MOVE_OUT_DAY_ACTOR = (companyId: string): Actor => ({
  sub: 'service:residents',
  name: '系统（迁出日到期）',
  companyId,
  roles: ['admin'],
  communities: ['*'],
});

/** How many move-outs one round reads at a time; each is changed in its own short transaction. */
const BATCH = 100;

/**
 * RES-6, decision 220: a move-out completed ahead of its date makes the unit vacant on that day, in the
 * community's calendar, unless someone has come to live there meanwhile. Each move-out is claimed with
 * SKIP LOCKED and its due day emptied in the transaction that changes the unit, so several processes
 * running rounds at once change each unit once.
 */
@Injectable()
export class MoveOutVacancies {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  /** One round at `now`; returns how many move-outs took effect on their unit. */
  async runOnce(now: Date): Promise<number> {
    let done = 0;
    for (;;) {
      const due = await this.em.fork().execute<{ id: string; company_id: string }[]>(
        `select m.id, m.company_id from move_out m
           join community c on c.company_id = m.company_id and c.id = m.community_id
          where m.vacancy_due_on is not null
            and m.vacancy_due_on <= (cast(? as timestamptz) at time zone c.time_zone)::date
          order by m.vacancy_due_on, m.id limit ?`,
        [now, BATCH],
      );
      let changed = 0;
      for (const row of due) if (await this.takeEffect(row.id, row.company_id, now)) changed += 1;
      done += changed;
      // A full batch of which none changed is held by other processes: they finish it.
      if (due.length < BATCH || changed === 0) return done;
    }
  }

  private takeEffect(id: string, companyId: string, now: Date): Promise<boolean> {
    const em = this.em.fork();
    em.setFilterParams(TENANT_FILTER, { companyId });
    return CallContext.run(
      { correlationId: CallContext.newCorrelationId(), actor: MOVE_OUT_DAY_ACTOR(companyId) },
      () =>
        em.transactional(async (tx) => {
          const m = await tx.findOne(
            MoveOut,
            { id, vacancyDueOn: { $ne: null } },
            { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, refresh: true },
          );
          if (!m?.vacancyDueOn) return false;
          const dueOn = m.vacancyDueOn;
          // Someone who came to live there meanwhile keeps the unit occupied (decision 31).
          const unitStatus =
            (await remainingResidents(tx, m, dueOn)).length === 0
              ? await changeUnitStatusAfterWorks(
                  tx,
                  this.outbox,
                  m.unitId,
                  'vacant',
                  `迁出日已到：${m.reason}`,
                )
              : (await findUnit(tx, m.unitId)).status;
          m.vacancyDueOn = undefined;
          m.unitStatusAfter = unitStatus;
          m.updatedAt = now;
          archiveRecord(tx, MOVE_OUT_RECORD, m, {
            action: 'took-effect',
            changes: { unitStatus, vacancyDueOn: { from: dueOn, to: null } },
            at: now,
          });
          return true;
        }),
    );
  }
}
