/** A named check that must pass for the process to take traffic. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<boolean>;
}

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

  async report(): Promise<{ ready: boolean; checks: Record<string, 'up' | 'down'> }> {
    const results = await Promise.all(
      this.checks.map(async (c) => [c.name, await c.check().catch(() => false)] as const),
    );
    const checks: Record<string, 'up' | 'down'> = {};
    for (const [name, ok] of results) checks[name] = ok ? 'up' : 'down';
    checks['lifecycle'] = this.started && !this.stopping ? 'up' : 'down';
    return { ready: Object.values(checks).every((c) => c === 'up'), checks };
  }
}
