import { Inject, Injectable } from '@nestjs/common';
import { Clock, LOGGER, PROCESS_ENV, RepeatingRound, ScheduledRound } from '@pcs/platform';
import type { Logger } from 'pino';
import type { MaintenanceEnv } from '../config/maintenance-env.js';
import { FundDraws } from '../work-orders/fund-draws.js';
import { ReturnVisitRefusals } from '../work-orders/return-visit-refusals.js';
import { RepairDeadlineMonitor } from './repair-deadline-monitor.js';

/**
 * Every MAINTENANCE_SCAN_INTERVAL_MS: marks overdue repair requests (MNT-1, MNT-2), asks billing
 * again for the revolving-fund draws it has not answered (MNT-13) and exempts the visits of residents
 * who refused them since (RES-7, MNT-10). Rounds never overlap in a process.
 */
@Injectable()
export class MaintenanceScheduler extends ScheduledRound {
  constructor(
    monitor: RepairDeadlineMonitor,
    draws: FundDraws,
    refusals: ReturnVisitRefusals,
    clock: Clock,
    @Inject(PROCESS_ENV) env: MaintenanceEnv,
    @Inject(LOGGER) logger: Logger,
  ) {
    super(
      new RepeatingRound({
        name: 'maintenance',
        intervalMs: env.MAINTENANCE_SCAN_INTERVAL_MS,
        run: async () => {
          await monitor.runOnce(clock.now());
          await draws.retryPending();
          await refusals.runOnce(clock.now());
        },
        logger,
      }),
    );
  }
}
