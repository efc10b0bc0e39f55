import { Module } from '@nestjs/common';
import { CalendarReplicaSubscriber } from './calendar-replica.subscriber.js';
import { CompanyCalendars } from './company-calendars.js';

/**
 * For services that count working days (complaints, maintenance): keeps the company calendars from
 * the residents service's events and provides them. List `CalendarYearReplica` among the service's
 * entities and `Migration20261123100000_CalendarReplica` among its migrations.
 */
@Module({ providers: [CalendarReplicaSubscriber, CompanyCalendars], exports: [CompanyCalendars] })
export class CalendarReplicaModule {}
