import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  BillReminderDue,
  canAccessCommunity,
  DomainError,
  SendReminders,
  type RemindersSentView,
  type SendRemindersV1,
} from '@pcs/contracts';
import { CallContext, CommunityTimeZones, newId, Outbox, runCommand } from '@pcs/platform';
import { daysBetween, localDateOf } from '@pcs/work-calendar';
import { Clock } from '../clock/clock.js';
import { reminderStage, stagesFrom } from './reminder-stage.rules.js';

/**
 * BIL-4: unpaid bills past due are reminded at 15, 30 and 60 days: each bill's stage on the day is
 * recorded once and announced as `bill.reminder-due` (the owner app, SMS and letters act on it). A
 * bill first seen late gets its current stage only. Never as of a day after today in the community's
 * time zone: a reminder announced ahead of its day would be recorded as sent and never sent on it
 * (as late fees, decision 0196).
 */
@Injectable()
export class ReminderService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly timeZones: CommunityTimeZones,
  ) {}

  send(command: SendRemindersV1): Promise<RemindersSentView> {
    return runCommand(this.em, SendReminders, command, {
      change: async (em) => {
        const actor = CallContext.actor();
        if (!canAccessCommunity(actor, command.communityId))
          throw DomainError.notFound('COMMUNITY_NOT_FOUND');
        const timeZone = await this.timeZones.timeZoneOf(em, actor.companyId, command.communityId);
        const today = localDateOf(this.clock.now(), timeZone);
        if (command.asOf > today)
          throw DomainError.validation([{ field: 'asOf', message: `asOf cannot be after today (${today})` }]);
        const bills = await em.execute<
          {
            id: string;
            number: string;
            unit_id: string;
            payer_person_id: string | null;
            due_date: string;
            outstanding: string;
          }[]
        >(
          `select id, number, unit_id, payer_person_id, to_char(due_date, 'YYYY-MM-DD') as due_date,
                  (amount_fen - paid_fen - credited_fen)::text as outstanding
           from bill where company_id = ? and community_id = ? and status = 'open' and due_date < ?
             and (issued_at at time zone ?)::date <= ?::date
           order by due_date, number`,
          // Decision 0253: a bill issued after asOf did not exist then, and is not reminded as of it.
          [actor.companyId, command.communityId, command.asOf, timeZone, command.asOf],
        );
        let sent = 0;
        for (const bill of bills) {
          const daysOverdue = daysBetween(bill.due_date, command.asOf);
          const stage = reminderStage(daysOverdue);
          if (stage === 'none') continue;
          // Once per bill and stage, and never a stage below one already announced (decision 0253).
          const recorded = await em.execute<{ id: string }[]>(
            `insert into bill_reminder (id, company_id, bill_id, stage, as_of, sent_at)
             select ?, ?, ?, ?, ?, ?
              where not exists (select 1 from bill_reminder where bill_id = ? and stage in (?))
             on conflict (bill_id, stage) do nothing returning id`,
            [
              newId(),
              actor.companyId,
              bill.id,
              stage,
              command.asOf,
              this.clock.now(),
              bill.id,
              stagesFrom(stage),
            ],
          );
          if (recorded.length === 0) continue;
          sent += 1;
          await this.outbox.stage(em, BillReminderDue, {
            aggregateId: bill.id,
            companyId: actor.companyId,
            communityId: command.communityId,
            data: {
              billId: bill.id,
              number: bill.number,
              unitId: bill.unit_id,
              ...(bill.payer_person_id ? { payerPersonId: bill.payer_person_id } : {}),
              stage,
              daysOverdue,
              outstandingFen: Number(bill.outstanding),
            },
          });
        }
        return { communityId: command.communityId, asOf: command.asOf, sent };
      },
      view: (_em, view) => view,
    });
  }
}
