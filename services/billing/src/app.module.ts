import { Module } from '@nestjs/common';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import {
  Migration20261122000000_PlatformTables,
  Migration20261124000000_RecordHistory,
  Migration20261202000000_PlatformHardening,
} from '@pcs/platform';

/**
 * The billing service: fee items, billing runs, apportionment, payments, deposits, ledger,
 * clearance. No feature modules yet: it starts, migrates and reports ready.
 */
@Module({
  imports: [],
})
export class AppModule {}

/** Every entity the service maps, listed explicitly: nothing is discovered from folders. */
export const BILLING_ENTITIES: Constructor[] = [];

/** Applied in this order; the platform's tables come first in every service. */
export const BILLING_MIGRATIONS: Constructor<Migration>[] = [
  Migration20261122000000_PlatformTables,
  Migration20261124000000_RecordHistory,
  Migration20261202000000_PlatformHardening,
];
