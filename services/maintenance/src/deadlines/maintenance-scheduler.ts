import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Clock, LOGGER, PROCESS_ENV } from '@pcs/platform';
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
  private timer?: NodeJS.Timeout;
  private round?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly monitor: RepairDeadlineMonitor,
    private readonly draws: FundDraws,
    private readonly clock: Clock,
    @Inject(PROCESS_ENV) private readonly env: MaintenanceEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.timer && !this.stopped) this.next();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.round;
  }

  private next(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.round = this.monitor
        .runOnce(this.clock.now())
        .then(() => this.draws.retryPending())
        .catch((err: unknown) => this.logger.warn({ err }, 'maintenance round failed; the next one retries'))
        .finally(() => this.next());
    }, this.env.MAINTENANCE_SCAN_INTERVAL_MS);
    this.timer.unref();
  }
}
