import { Module } from '@nestjs/common';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { CalendarYearRevision } from './calendar/calendar-year-revision.entity.js';
import { CalendarYear } from './calendar/calendar-year.entity.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { CommunitiesModule } from './communities/communities.module.js';
import { ConfidentialityModule } from './confidentiality/confidentiality.module.js';
import { PersonalDataAccess } from './confidentiality/personal-data-access.entity.js';
import { FileAccessRequest } from './file-access/file-access-request.entity.js';
import { FileAccessModule } from './file-access/file-access.module.js';
import { HandoverInspection } from './handover/handover-inspection.entity.js';
import { HandoverModule } from './handover/handover.module.js';
import { Migration20261123010000_Registry } from './migrations/Migration20261123010000_Registry.js';
import { OccupanciesModule } from './occupancies/occupancies.module.js';
import { PeopleModule } from './people/people.module.js';
import { UnitsModule } from './units/units.module.js';

/**
 * The resident registry: property structure, people and occupancy, confidentiality (reveal, access
 * log, search), preferences, file access, the company calendar and handover inspections
 * (RES-1, RES-2, RES-3, RES-7, RES-8, GEN-1 data, GEN-4, GEN-5).
 */
@Module({
  imports: [
    CommunitiesModule,
    UnitsModule,
    PeopleModule,
    OccupanciesModule,
    ConfidentialityModule,
    FileAccessModule,
    CalendarModule,
    HandoverModule,
  ],
})
export class RegistryModule {}

export const REGISTRY_ENTITIES: Constructor[] = [
  CalendarYear,
  CalendarYearRevision,
  FileAccessRequest,
  HandoverInspection,
  PersonalDataAccess,
];
export const REGISTRY_MIGRATIONS: Constructor<Migration>[] = [Migration20261123010000_Registry];
