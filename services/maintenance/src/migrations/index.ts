import {
  Migration20261122000000_PlatformTables,
  Migration20261123100000_CalendarReplica,
} from '@pcs/platform';

/** Applied in this order; the platform's tables come first in every service. */
export const MAINTENANCE_MIGRATIONS = [
  Migration20261122000000_PlatformTables,
  Migration20261123100000_CalendarReplica,
];
