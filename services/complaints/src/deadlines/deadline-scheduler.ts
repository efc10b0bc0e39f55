import { Inject, Injectable } from '@nestjs/common';
import { Clock, LOGGER, PROCESS_ENV, RepeatingRound, ScheduledRound } from '@pcs/platform';
import type { Logger } from 'pino';
import type { ComplaintsEnv } from '../config/complaints-env.js';
import { DeadlineMonitor } from './deadline-monitor.js';

/**
 * CMP-4: runs a monitor round every DEADLINE_SCAN_INTERVAL_MS, so escalations happen on time with no
 * request arriving. Rounds never overlap in one process; several processes may run them at once.
 */
@Injectable()
export class DeadlineScheduler extends ScheduledRound {
  constructor(
    monitor: DeadlineMonitor,
    clock: Clock,
    @Inject(PROCESS_ENV) env: ComplaintsEnv,
    @Inject(LOGGER) logger: Logger,
  ) {
    super(
      new RepeatingRound({
        name: 'deadline',
        intervalMs: env.DEADLINE_SCAN_INTERVAL_MS,
        run: () => monitor.runOnce(clock.now()),
        logger,
      }),
    );
  }
}
