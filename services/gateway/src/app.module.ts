import { Module } from '@nestjs/common';
import { AuthModule } from './auth/auth.module.js';
import { BillingModule } from './billing/billing.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { CommunitiesModule } from './communities/communities.module.js';
import { ComplaintsModule } from './complaints/complaints.module.js';
import { DecorationsModule } from './decorations/decorations.module.js';
import { DeskModule } from './desk/desk.module.js';
import { FileAccessModule } from './file-access/file-access.module.js';
import { HandoverModule } from './handover/handover.module.js';
import { HttpModule } from './http/http.module.js';
import { IncidentsModule } from './incidents/incidents.module.js';
import { MaintenanceModule } from './maintenance/maintenance.module.js';
import { MoveInsModule } from './move-ins/move-ins.module.js';
import { MoveOutsModule } from './move-outs/move-outs.module.js';
import { OccupanciesModule } from './occupancies/occupancies.module.js';
import { OpsModule } from './ops/ops.module.js';
import { PeopleModule } from './people/people.module.js';
import { ShiftHandoversModule } from './shift-handovers/shift-handovers.module.js';
import { UnitsModule } from './units/units.module.js';

/**
 * The gateway: authentication and the permission table, problem details and validation, and one
 * module of routes per area, each forwarding to the service that owns it (operators' routes too).
 * No database.
 */
@Module({
  imports: [
    AuthModule,
    BillingModule,
    CalendarModule,
    CommunitiesModule,
    ComplaintsModule,
    DecorationsModule,
    DeskModule,
    FileAccessModule,
    HandoverModule,
    HttpModule,
    IncidentsModule,
    MaintenanceModule,
    MoveInsModule,
    MoveOutsModule,
    OccupanciesModule,
    OpsModule,
    PeopleModule,
    ShiftHandoversModule,
    UnitsModule,
  ],
})
export class AppModule {}
