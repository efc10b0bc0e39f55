import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommunityTimeZones, CompanyCalendars, type CalendarChangeListener, Clock } from '@pcs/platform';
import type { WorkCalendar } from '@pcs/work-calendar';
import { ComplaintDeadline } from './complaint-deadline.entity.js';
import { schedule } from './deadline-book.js';

const BATCH = 500;

/**
 * CMP-14: open deadlines follow the company calendar. When a year changes (a holiday added, a make-up
 * day moved), every open working-day clock of the company is recomputed from its rule and pauses, in
 * the transaction that applied the change. Clocks already escalated stay escalated: what happened,
 * happened (GEN-3); one that moves later is warned about again.
 */
@Injectable()
export class DeadlineRecompute implements CalendarChangeListener {
  constructor(
    private readonly calendars: CompanyCalendars,
    private readonly communities: CommunityTimeZones,
    private readonly clock: Clock,
  ) {}

  async calendarChanged(em: EntityManager, companyId: string): Promise<void> {
    const now = this.clock.now();
    const byZone = new Map<string, WorkCalendar>();
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const clocks = await em.find(
        ComplaintDeadline,
        { companyId, metAt: null, cancelledAt: null, id: { $gt: after } },
        { filters: false, orderBy: { id: 'asc' }, limit: BATCH },
      );
      for (const clock of clocks) {
        if (clock.rule.unit !== 'working-days' && clock.pauses.length === 0) continue;
        const zone = await this.communities.timeZoneOf(em, companyId, clock.communityId);
        let calendar = byZone.get(zone);
        if (!calendar) {
          calendar = await this.calendars.forCompany(em, companyId, zone);
          byZone.set(zone, calendar);
        }
        schedule(calendar, clock, now);
      }
      await em.flush();
      if (clocks.length < BATCH) return;
      after = clocks[clocks.length - 1].id;
    }
  }
}
