import { Inject, Injectable } from '@nestjs/common';
import { Clock, LOGGER, PROCESS_ENV, RepeatingRound, ScheduledRound } from '@pcs/platform';
import type { Logger } from 'pino';
import type { ResidentsEnv } from '../config/residents-env.js';
import { MoveOutVacancies } from './move-out-vacancies.js';

/**
 * Every RESIDENTS_SCAN_INTERVAL_MS: the move-outs completed ahead of their date whose day has come
 * make their units vacant (RES-6, decision 220). Rounds never overlap in a process.
 */
@Injectable()
export class MoveOutScheduler extends ScheduledRound {
  constructor(
    vacancies: MoveOutVacancies,
    clock: Clock,
    @Inject(PROCESS_ENV) env: ResidentsEnv,
    @Inject(LOGGER) logger: Logger,
  ) {
    super(
      new RepeatingRound({
        name: 'move-out-day',
        intervalMs: env.RESIDENTS_SCAN_INTERVAL_MS,
        run: () => vacancies.runOnce(clock.now()),
        logger,
      }),
    );
  }
}
