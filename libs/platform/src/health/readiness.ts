/** A named check that must pass for the process to take traffic. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<boolean>;
}

/** A check that takes longer than this counts as failed (probes time out at 1 s by default). */
const CHECK_TIMEOUT_MS = 800;

/** Ready once started, while every check passes, and never again once shutdown began. */
export class Readiness {
  private started = false;
  private stopping = false;
  private readonly checks: ReadinessCheck[] = [];

  add(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  markStarted(): void {
    this.started = true;
  }

  markStopping(): void {
    this.stopping = true;
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  /**
   * Answers at once when not started or stopping, without running the checks: a probe must never
   * wait, and a stopping process may have every database connection busy finishing its work.
   */
  async report(): Promise<{ ready: boolean; checks: Record<string, 'up' | 'down'> }> {
    if (!this.started || this.stopping) return { ready: false, checks: { lifecycle: 'down' } };
    const results = await Promise.all(
      this.checks.map(async (c) => [c.name, await withTimeout(c.check())] as const),
    );
    const checks: Record<string, 'up' | 'down'> = {};
    for (const [name, ok] of results) checks[name] = ok ? 'up' : 'down';
    checks['lifecycle'] = 'up';
    return { ready: Object.values(checks).every((c) => c === 'up'), checks };
  }
}

function withTimeout(check: Promise<boolean>): Promise<boolean> {
  return Promise.race([
    check.catch(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), CHECK_TIMEOUT_MS).unref()),
  ]);
}
