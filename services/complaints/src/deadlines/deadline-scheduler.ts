import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { LOGGER, PROCESS_ENV, Clock } from '@pcs/platform';
import type { Logger } from 'pino';
import type { ComplaintsEnv } from '../config/complaints-env.js';
import { DeadlineMonitor } from './deadline-monitor.js';

/**
 * CMP-4: runs a monitor round every DEADLINE_SCAN_INTERVAL_MS, so escalations happen on time with no
 * request arriving. Rounds never overlap in one process; several processes may run them at once.
 */
@Injectable()
export class DeadlineScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly monitor: DeadlineMonitor,
    private readonly clock: Clock,
    @Inject(PROCESS_ENV) private readonly env: ComplaintsEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    // Nest bootstraps again when the bus server starts: a second timer would outlive the shutdown.
    if (this.timer || this.stopped) return;
    this.schedule();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.monitor
        .runOnce(this.clock.now())
        .catch((err: unknown) => this.logger.warn({ err }, 'deadline round failed; the next one retries'))
        .finally(() => this.schedule());
    }, this.env.DEADLINE_SCAN_INTERVAL_MS);
    this.timer.unref();
  }
}
