import {
  Migration20261122000000_PlatformTables,
  Migration20261202000000_PlatformHardening,
} from '@pcs/platform';
import { PROCEDURES_MIGRATIONS } from '../procedures.js';
import { REGISTRY_MIGRATIONS } from '../registry.js';
import { Migration20261123000000_ResidentsCore } from './Migration20261123000000_ResidentsCore.js';

/**
 * Applied in this order: the platform's tables, the shared records, then the registry's and the
 * procedures' own tables. New migrations get a later timestamp than every one before them.
 */
export const RESIDENTS_MIGRATIONS = [
  Migration20261122000000_PlatformTables,
  Migration20261123000000_ResidentsCore,
  ...REGISTRY_MIGRATIONS,
  ...PROCEDURES_MIGRATIONS,
  Migration20261202000000_PlatformHardening,
];
