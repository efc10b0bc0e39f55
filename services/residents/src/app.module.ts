import { Module } from '@nestjs/common';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import {
  Migration20261122000000_PlatformTables,
  Migration20261202000000_PlatformHardening,
  RecordHistory,
} from '@pcs/platform';
import { BillingBridgeModule } from './billing/billing-bridge.module.js';
import { ChargeRequest } from './billing/charge-request.entity.js';
import { CalendarYearRevision } from './calendar/calendar-year-revision.entity.js';
import { CalendarYear } from './calendar/calendar-year.entity.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { Building } from './communities/building.entity.js';
import { CommunitiesModule } from './communities/communities.module.js';
import { Community } from './communities/community.entity.js';
import { Company } from './communities/company.entity.js';
import { ConfidentialityModule } from './confidentiality/confidentiality.module.js';
import { PersonalDataAccess } from './confidentiality/personal-data-access.entity.js';
import { Decoration } from './decorations/decoration.entity.js';
import { DecorationsModule } from './decorations/decorations.module.js';
import { FileAccessRequest } from './file-access/file-access-request.entity.js';
import { FileAccessModule } from './file-access/file-access.module.js';
import { HandoverInspection } from './handover/handover-inspection.entity.js';
import { HandoverModule } from './handover/handover.module.js';
import { HistoryModule } from './history/history.module.js';
import { Migration20261123000000_ResidentsCore } from './migrations/Migration20261123000000_ResidentsCore.js';
import { Migration20261123010000_Registry } from './migrations/Migration20261123010000_Registry.js';
import { Migration20261123020000_Procedures } from './migrations/Migration20261123020000_Procedures.js';
import { Migration20261202120000_FrontDesk } from './migrations/Migration20261202120000_FrontDesk.js';
import { Migration20261207000000_StepTimes } from './migrations/Migration20261207000000_StepTimes.js';
import { Migration20261207100000_MoveOutVacancy } from './migrations/Migration20261207100000_MoveOutVacancy.js';
import { Migration20261208100000_TenantPaysFees } from './migrations/Migration20261208100000_TenantPaysFees.js';
import { Migration20261209100000_PhoneLookups } from './migrations/Migration20261209100000_PhoneLookups.js';
import { MoveIn } from './move-ins/move-in.entity.js';
import { MoveInsModule } from './move-ins/move-ins.module.js';
import { MoveOut } from './move-outs/move-out.entity.js';
import { MoveOutsModule } from './move-outs/move-outs.module.js';
import { OccupanciesModule } from './occupancies/occupancies.module.js';
import { Occupancy } from './occupancies/occupancy.entity.js';
import { PeopleModule } from './people/people.module.js';
import { Person } from './people/person.entity.js';
import { UnitsModule } from './units/units.module.js';
import { Unit } from './units/unit.entity.js';

/**
 * The residents service: property structure, people and occupancy, confidentiality and file access,
 * handover, move-in, decoration, move-out, the company calendar (RES-1 to RES-8, GEN-1 data, GEN-4,
 * GEN-5), and the billing bridge the procedures ask and listen to.
 */
@Module({
  imports: [
    BillingBridgeModule,
    CalendarModule,
    CommunitiesModule,
    ConfidentialityModule,
    DecorationsModule,
    FileAccessModule,
    HandoverModule,
    HistoryModule,
    MoveInsModule,
    MoveOutsModule,
    OccupanciesModule,
    PeopleModule,
    UnitsModule,
  ],
})
export class AppModule {}

/** Every entity the service maps, listed explicitly: nothing is discovered from folders. */
export const RESIDENTS_ENTITIES: Constructor[] = [
  Building,
  CalendarYear,
  CalendarYearRevision,
  ChargeRequest,
  Community,
  Company,
  Decoration,
  FileAccessRequest,
  HandoverInspection,
  MoveIn,
  MoveOut,
  Occupancy,
  Person,
  PersonalDataAccess,
  RecordHistory,
  Unit,
];

/**
 * Applied in this order: the platform's tables, the shared records, then the registry's and the
 * procedures' own tables. A new migration gets a later timestamp than every one before it.
 */
export const RESIDENTS_MIGRATIONS: Constructor<Migration>[] = [
  Migration20261122000000_PlatformTables,
  Migration20261123000000_ResidentsCore,
  Migration20261123010000_Registry,
  Migration20261123020000_Procedures,
  Migration20261202000000_PlatformHardening,
  Migration20261202120000_FrontDesk,
  Migration20261207000000_StepTimes,
  Migration20261207100000_MoveOutVacancy,
  Migration20261208100000_TenantPaysFees,
  Migration20261209100000_PhoneLookups,
];
