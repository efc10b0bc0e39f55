import { Inject, Injectable, Optional } from '@nestjs/common';
import { CalendarUpdated, ResidentsBus } from '@pcs/contracts';
import { ConsumesEvents, type EventSubscriber } from '../inbox/consumes-events.js';
import { onEvent, type EventHandler } from '../inbox/event-consumer.js';
import { CALENDAR_CHANGE_LISTENER, calendarLockKey, type CalendarChangeListener } from './calendar-change.js';

/** Keeps the local calendar replica current (GEN-1): the newest version of each year wins. */
@Injectable()
@ConsumesEvents({
  name: 'calendar',
  stream: ResidentsBus.stream,
  filterSubject: ResidentsBus.events.calendarUpdated,
})
export class CalendarReplicaSubscriber implements EventSubscriber {
  constructor(
    @Optional() @Inject(CALENDAR_CHANGE_LISTENER) private readonly listener?: CalendarChangeListener,
  ) {}

  handlers(): EventHandler[] {
    return [
      onEvent(CalendarUpdated, async (event, em) => {
        const { year, holidays, makeUpWorkdays, version, updatedAt } = event.data;
        const changed: unknown[] = await em.execute(
          `insert into calendar_year_replica (company_id, year, holidays, make_up_workdays, version, updated_at)
           values (?, ?, ?, ?, ?, ?)
           on conflict (company_id, year) do update
             set holidays = excluded.holidays, make_up_workdays = excluded.make_up_workdays,
                 version = excluded.version, updated_at = excluded.updated_at
           where calendar_year_replica.version < excluded.version
           returning year`,
          [
            event.companyid,
            year,
            JSON.stringify(holidays),
            JSON.stringify(makeUpWorkdays),
            version,
            updatedAt,
          ],
        );
        if (changed.length === 0 || !this.listener) return;
        // Exclusive (decision 0242): a clock being computed on the old calendar commits first, and is
        // then seen here; one computed after this waits and reads the new calendar.
        await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [
          calendarLockKey(event.companyid),
        ]);
        await this.listener.calendarChanged(em, event.companyid, year);
      }),
    ];
  }
}
