import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Clock, LOGGER, PROCESS_ENV, RepeatingRound } from '@pcs/platform';
import type { Logger } from 'pino';
import type { MaintenanceEnv } from '../config/maintenance-env.js';
import { FundDraws } from '../work-orders/fund-draws.js';
import { RepairDeadlineMonitor } from './repair-deadline-monitor.js';

/**
 * Every MAINTENANCE_SCAN_INTERVAL_MS: marks overdue repair requests (MNT-1, MNT-2) and asks billing
 * again for the revolving-fund draws it has not answered (MNT-13). Rounds never overlap in a process.
 */
@Injectable()
export class MaintenanceScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly rounds: RepeatingRound;

  constructor(
    monitor: RepairDeadlineMonitor,
    draws: FundDraws,
    clock: Clock,
    @Inject(PROCESS_ENV) env: MaintenanceEnv,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.rounds = new RepeatingRound({
      name: 'maintenance',
      intervalMs: env.MAINTENANCE_SCAN_INTERVAL_MS,
      run: async () => {
        await monitor.runOnce(clock.now());
        await draws.retryPending();
      },
      logger,
    });
  }

  onApplicationBootstrap(): void {
    this.rounds.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.rounds.stop();
  }
}
