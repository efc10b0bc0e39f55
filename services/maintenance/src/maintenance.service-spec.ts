import { MaintenanceBus } from '@pcs/contracts';
import { CalendarReplicaModule, CalendarYearReplica, type ServiceSpec } from '@pcs/platform';
import { MAINTENANCE_DEVELOPMENT_ENV, MaintenanceEnv } from './config/maintenance-env.js';
import { MAINTENANCE_MIGRATIONS } from './migrations/index.js';

/** Maintenance service: repair requests, site surveys, warranty, work orders, approvals, settlements. */
export const maintenanceService: ServiceSpec<MaintenanceEnv> = {
  name: MaintenanceBus.service,
  env: MaintenanceEnv,
  developmentEnv: MAINTENANCE_DEVELOPMENT_ENV,
  imports: [CalendarReplicaModule],
  entities: [CalendarYearReplica],
  migrations: MAINTENANCE_MIGRATIONS,
  stream: MaintenanceBus,
};
