import { Inject, Injectable } from '@nestjs/common';
import { Clock, LOGGER, PROCESS_ENV, RepeatingRound, ScheduledRound } from '@pcs/platform';
import type { Logger } from 'pino';
import type { ComplaintsEnv } from '../config/complaints-env.js';
import { ReportDeliveries } from './report-deliveries.js';

/**
 * CMP-12: a round of scheduled reports every DEADLINE_SCAN_INTERVAL_MS, with the deadline rounds'
 * cadence: a report is due once a week or quarter, so minutes of delay do not matter, and rounds
 * that find everything produced cost one small query per subscription.
 */
@Injectable()
export class ReportScheduler extends ScheduledRound {
  constructor(
    deliveries: ReportDeliveries,
    clock: Clock,
    @Inject(PROCESS_ENV) env: ComplaintsEnv,
    @Inject(LOGGER) logger: Logger,
  ) {
    super(
      new RepeatingRound({
        name: 'report',
        intervalMs: env.DEADLINE_SCAN_INTERVAL_MS,
        run: () => deliveries.runOnce(clock.now()),
        logger,
      }),
    );
  }
}
