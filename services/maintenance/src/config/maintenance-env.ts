import { ServiceEnv } from '@pcs/platform';

export class MaintenanceEnv extends ServiceEnv {}

export const MAINTENANCE_DEVELOPMENT_ENV = {
  PORT: '3102',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/pcs_maintenance',
};
