import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { ServiceEnv } from '@pcs/platform';

export class ResidentsEnv extends ServiceEnv {
  /** How often move-outs completed ahead of their date are checked for their day (RES-6, decision 220). */
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  RESIDENTS_SCAN_INTERVAL_MS: number = 60_000;

  /**
   * Development and end-to-end tests only: a file holding an ISO instant the service's clock is set
   * to (and runs on from). Never set in production.
   */
  @IsOptional()
  @IsString()
  CLOCK_FILE?: string;
}

export const RESIDENTS_DEVELOPMENT_ENV = {
  PORT: '3104',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/pcs_residents',
};
