import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { ServiceEnv } from '@pcs/platform';

export class MaintenanceEnv extends ServiceEnv {
  /** How often overdue requests are marked and unanswered fund draws retried (MNT-1, MNT-13). */
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  MAINTENANCE_SCAN_INTERVAL_MS: number = 30_000;

  /**
   * Development and end-to-end tests only: a file holding an ISO instant the service's clock is set
   * to (and runs on from). Never set in production.
   */
  @IsOptional()
  @IsString()
  CLOCK_FILE?: string;
}

export const MAINTENANCE_DEVELOPMENT_ENV = {
  PORT: '3102',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/pcs_maintenance',
};
