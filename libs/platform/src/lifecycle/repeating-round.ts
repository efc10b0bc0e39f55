import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';

export interface RepeatingRoundOptions {
  /** What a round does, for the log line of a failed one (`deadline`, `report`). */
  name: string;
  /** The pause between the end of one round and the start of the next. */
  intervalMs: number;
  /** One round; a failure is logged and the next round runs as usual. */
  run: () => Promise<unknown>;
  logger: Logger;
}

/**
 * Runs a round of background work every `intervalMs` without a request arriving: deadline monitors,
 * scheduled reports. Rounds never overlap in one process (the next is timed from the end of the last);
 * several processes may run them at once, so a round claims its rows itself. `stop` waits for the
 * round in progress, so a shutdown never cuts one in half.
 */
export class RepeatingRound {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(private readonly options: RepeatingRoundOptions) {}

  /** Idempotent: Nest bootstraps again when the bus server starts, and a second timer would outlive `stop`. */
  start(): void {
    if (this.timer || this.stopped) return;
    this.next();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private next(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.options
        .run()
        .catch((err: unknown) =>
          this.options.logger.warn({ err }, `${this.options.name} round failed; the next one retries`),
        )
        .finally(() => this.next());
    }, this.options.intervalMs);
    this.timer.unref();
  }
}

/**
 * A provider whose round runs from the application's start to its shutdown: a service's scheduler
 * says only what its round does (`super(new RepeatingRound({ … }))`).
 */
export abstract class ScheduledRound implements OnApplicationBootstrap, BeforeApplicationShutdown {
  protected constructor(private readonly round: RepeatingRound) {}

  onApplicationBootstrap(): void {
    this.round.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.round.stop();
  }
}
