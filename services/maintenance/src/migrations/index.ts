import {
  Migration20261122000000_PlatformTables,
  Migration20261123100000_CalendarReplica,
  Migration20261124000000_RecordHistory,
  Migration20261202000000_PlatformHardening,
} from '@pcs/platform';

/** Applied in this order; the platform's tables come first in every service. */
export const MAINTENANCE_MIGRATIONS = [
  Migration20261122000000_PlatformTables,
  Migration20261123100000_CalendarReplica,
  Migration20261124000000_RecordHistory,
  Migration20261202000000_PlatformHardening,
];
