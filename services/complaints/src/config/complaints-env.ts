import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { ServiceEnv } from '@pcs/platform';

export class ComplaintsEnv extends ServiceEnv {
  /** How often the scheduler looks for deadlines to warn about and escalate (CMP-4, CMP-14). */
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  DEADLINE_SCAN_INTERVAL_MS: number = 30_000;

  /**
   * Development and end-to-end tests only: a file holding an ISO instant the service's clock is set
   * to (and runs on from), so a test can let deadlines pass. Never set in production.
   */
  @IsOptional()
  @IsString()
  CLOCK_FILE?: string;
}

export const COMPLAINTS_DEVELOPMENT_ENV = {
  PORT: '3101',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/pcs_complaints',
};
