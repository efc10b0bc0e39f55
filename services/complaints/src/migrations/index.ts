import {
  Migration20261122000000_PlatformTables,
  Migration20261123100000_CalendarReplica,
  Migration20261124000000_RecordHistory,
  Migration20261202000000_PlatformHardening,
  Migration20261202010000_CommunityReplica,
} from '@pcs/platform';
import { Migration20261122010000_Complaints } from './Migration20261122010000_Complaints.js';
import { Migration20261124010000_ComplaintsArchive } from './Migration20261124010000_ComplaintsArchive.js';

/** Applied in this order; the platform's tables come first in every service. */
export const COMPLAINTS_MIGRATIONS = [
  Migration20261122000000_PlatformTables,
  Migration20261122010000_Complaints,
  Migration20261123100000_CalendarReplica,
  Migration20261124000000_RecordHistory,
  Migration20261124010000_ComplaintsArchive,
  Migration20261202000000_PlatformHardening,
  Migration20261202010000_CommunityReplica,
];
