import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { CALENDAR_CHANGE_LISTENER, type CalendarChangeListener } from './calendar-change.js';
import { CalendarReplicaSubscriber } from './calendar-replica.subscriber.js';
import { CompanyCalendars } from './company-calendars.js';

/**
 * For services that count working days (complaints, maintenance): keeps the company calendars from
 * the residents service's events and provides them. List `CalendarYearReplica` among the service's
 * entities and `Migration20261123100000_CalendarReplica` among its migrations.
 */
@Module({ providers: [CalendarReplicaSubscriber, CompanyCalendars], exports: [CompanyCalendars] })
export class CalendarReplicaModule {
  /** The same, with `listener` (whose own dependencies `imports` provide) told of every change in the transaction that applied it. */
  static withListener(
    listener: Type<CalendarChangeListener>,
    imports: DynamicModule['imports'] = [],
  ): DynamicModule {
    return {
      module: CalendarReplicaModule,
      imports,
      providers: [listener, { provide: CALENDAR_CHANGE_LISTENER, useExisting: listener }],
    };
  }
}
