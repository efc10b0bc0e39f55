import { MaintenanceBus } from '@pcs/contracts';
import type { ServiceSpec } from '@pcs/platform';
import { AppModule, MAINTENANCE_ENTITIES, MAINTENANCE_MIGRATIONS } from './app.module.js';
import { MAINTENANCE_DEVELOPMENT_ENV, MaintenanceEnv } from './config/maintenance-env.js';

/** Maintenance service: repair requests, site surveys, warranty, work orders, approvals, settlements. */
export const maintenanceService: ServiceSpec<MaintenanceEnv> = {
  name: MaintenanceBus.service,
  env: MaintenanceEnv,
  developmentEnv: MAINTENANCE_DEVELOPMENT_ENV,
  imports: [AppModule],
  entities: MAINTENANCE_ENTITIES,
  migrations: MAINTENANCE_MIGRATIONS,
  stream: MaintenanceBus,
};
