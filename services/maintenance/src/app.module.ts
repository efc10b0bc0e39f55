import { Module } from '@nestjs/common';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import {
  CalendarReplicaModule,
  CalendarYearReplica,
  ClockModule,
  CommunityReplica,
  CommunityReplicaModule,
  Migration20261122000000_PlatformTables,
  Migration20261123100000_CalendarReplica,
  Migration20261124000000_RecordHistory,
  Migration20261202000000_PlatformHardening,
  Migration20261202010000_CommunityReplica,
  RecordHistory,
  ResidentPreference,
} from '@pcs/platform';
import { MaintenanceModule } from './maintenance.module.js';
import { Migration20261204100000_Maintenance } from './migrations/Migration20261204100000_Maintenance.js';
import { Migration20261205100000_RepairsByUnit } from './migrations/Migration20261205100000_RepairsByUnit.js';
import { Migration20261206100000_ProactiveVisits } from './migrations/Migration20261206100000_ProactiveVisits.js';
import { Migration20261207100000_UnitReplicaVersion } from './migrations/Migration20261207100000_UnitReplicaVersion.js';
import { Migration20261208100000_SettlementSubmitterAndReturns } from './migrations/Migration20261208100000_SettlementSubmitterAndReturns.js';
import { Migration20261209100000_RepairTeams } from './migrations/Migration20261209100000_RepairTeams.js';
import { Migration20261210100000_FundDrawMessage } from './migrations/Migration20261210100000_FundDrawMessage.js';
import { EquipmentReport } from './proactive-visits/equipment-report.entity.js';
import { ProactiveVisit } from './proactive-visits/proactive-visit.entity.js';
import { UnitReplica } from './replicas/unit-replica.entity.js';
import { RepairRequest } from './repair-requests/repair-request.entity.js';
import { RepairTeam } from './teams/repair-team.entity.js';
import { WarrantyPeriod } from './warranty/warranty-period.entity.js';
import { PaidServicePrice } from './work-orders/paid-service-price.entity.js';
import { WorkOrder } from './work-orders/work-order.entity.js';

/**
 * The maintenance service: repair requests, site surveys, warranty, work orders, approvals,
 * settlements, with the company calendar replicated for working-day deadlines (GEN-1) and the
 * communities for their time zones (GEN-2).
 */
@Module({
  imports: [CalendarReplicaModule, ClockModule, CommunityReplicaModule, MaintenanceModule],
})
export class AppModule {}

/** Every entity the service maps, listed explicitly: nothing is discovered from folders. */
export const MAINTENANCE_ENTITIES: Constructor[] = [
  CalendarYearReplica,
  CommunityReplica,
  EquipmentReport,
  PaidServicePrice,
  ProactiveVisit,
  RecordHistory,
  RepairRequest,
  RepairTeam,
  ResidentPreference,
  UnitReplica,
  WarrantyPeriod,
  WorkOrder,
];

/** Applied in this order; the platform's tables come first in every service. */
export const MAINTENANCE_MIGRATIONS: Constructor<Migration>[] = [
  Migration20261122000000_PlatformTables,
  Migration20261123100000_CalendarReplica,
  Migration20261124000000_RecordHistory,
  Migration20261202000000_PlatformHardening,
  Migration20261202010000_CommunityReplica,
  Migration20261204100000_Maintenance,
  Migration20261205100000_RepairsByUnit,
  Migration20261206100000_ProactiveVisits,
  Migration20261207100000_UnitReplicaVersion,
  Migration20261208100000_SettlementSubmitterAndReturns,
  Migration20261209100000_RepairTeams,
  Migration20261210100000_FundDrawMessage,
];
