import { Module } from '@nestjs/common';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import {
  CalendarReplicaModule,
  CalendarYearReplica,
  Migration20261122000000_PlatformTables,
  Migration20261123100000_CalendarReplica,
  Migration20261124000000_RecordHistory,
  Migration20261202000000_PlatformHardening,
} from '@pcs/platform';

/**
 * The maintenance service: repair requests, site surveys, warranty, work orders, approvals,
 * settlements. So far only the company calendar replicated for working-day deadlines (GEN-1).
 */
@Module({
  imports: [CalendarReplicaModule],
})
export class AppModule {}

/** Every entity the service maps, listed explicitly: nothing is discovered from folders. */
export const MAINTENANCE_ENTITIES: Constructor[] = [CalendarYearReplica];

/** Applied in this order; the platform's tables come first in every service. */
export const MAINTENANCE_MIGRATIONS: Constructor<Migration>[] = [
  Migration20261122000000_PlatformTables,
  Migration20261123100000_CalendarReplica,
  Migration20261124000000_RecordHistory,
  Migration20261202000000_PlatformHardening,
];
