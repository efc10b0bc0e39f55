import type { Metric, MetricValueWithName, Registry } from 'prom-client';

/** One method on one route template: its responses counted by status, and timed. */
export class HttpSeries {
  private readonly bucketCounts: number[];
  private readonly statusCounts = new Map<number, number>();
  private sum = 0;
  private count = 0;

  constructor(
    readonly method: string,
    readonly route: string,
    private readonly upperBounds: readonly number[],
  ) {
    this.bucketCounts = upperBounds.map(() => 0);
  }

  /** A response sent: its status, and the seconds from the request's arrival to it. */
  record(status: number, seconds: number): void {
    this.statusCounts.set(status, (this.statusCounts.get(status) ?? 0) + 1);
    this.sum += seconds;
    this.count += 1;
    let i = 0;
    for (const bound of this.upperBounds) {
      if (seconds <= bound) {
        this.bucketCounts[i] = (this.bucketCounts[i] ?? 0) + 1;
        return;
      }
      i += 1;
    }
  }

  countsByStatus(): MetricValueWithName<string>[] {
    return [...this.statusCounts].map(([status, value]) => ({
      labels: { method: this.method, route: this.route, status: String(status) },
      value,
    }));
  }

  latency(name: string): MetricValueWithName<string>[] {
    const labels = { method: this.method, route: this.route };
    let cumulative = 0;
    const buckets = this.upperBounds.map((le, i) => {
      cumulative += this.bucketCounts[i] ?? 0;
      return { metricName: `${name}_bucket`, labels: { le, ...labels }, value: cumulative };
    });
    return [
      ...buckets,
      { metricName: `${name}_bucket`, labels: { le: '+Inf', ...labels }, value: this.count },
      { metricName: `${name}_sum`, labels, value: this.sum },
      { metricName: `${name}_count`, labels, value: this.count },
    ];
  }

  reset(): void {
    this.bucketCounts.fill(0);
    this.statusCounts.clear();
    this.sum = 0;
    this.count = 0;
  }
}

/**
 * The HTTP edge's requests by method, route template and status, and their latency, exposed as a
 * counter and a histogram in prom-client's format. Recorded here rather than through prom-client's
 * `inc`/`observe` because every request passes this way: those validate and hash the labels on each
 * call, ~2 µs a request in the gateway under load (bench S2), while a route's hooks can find its
 * series once, when the route is registered, and then only add to it. prom-client reads the series
 * when scraped (the registry takes any metric that answers `get`); a test holds the exposition equal
 * to prom-client's own for the same observations.
 */
export class HttpTraffic {
  private readonly series = new Map<string, HttpSeries>();

  constructor(
    registry: Registry,
    private readonly names: { requests: string; duration: string },
    private readonly upperBounds: readonly number[],
  ) {
    const all = () => [...this.series.values()];
    const reset = () => all().forEach((s) => s.reset());
    registry.registerMetric(
      collector(
        names.requests,
        'HTTP requests by method, route and status',
        'counter',
        () => all().flatMap((s) => s.countsByStatus()),
        reset,
      ),
    );
    registry.registerMetric(
      collector(
        names.duration,
        'HTTP request latency',
        'histogram',
        () => all().flatMap((s) => s.latency(names.duration)),
        reset,
      ),
    );
  }

  /** The series of a method on a route template (`unmatched` for requests no route matched). */
  seriesOf(method: string, route: string): HttpSeries {
    const key = `${method} ${route}`;
    let found = this.series.get(key);
    if (!found) {
      found = new HttpSeries(method, route, this.upperBounds);
      this.series.set(key, found);
    }
    return found;
  }
}

/**
 * What prom-client's registry asks of a metric it exposes: a name, and values when scraped. Its
 * typings admit only its own classes (and type a metric's `type` as an enum it never uses at run
 * time), hence the one cast.
 */
function collector(
  name: string,
  help: string,
  type: 'counter' | 'histogram',
  values: () => MetricValueWithName<string>[],
  reset: () => void,
): Metric {
  const metric = {
    name,
    help,
    type,
    aggregator: 'sum' as const,
    get: () => Promise.resolve({ name, help, type, aggregator: 'sum' as const, values: values() }),
    reset,
  };
  return metric as unknown as Metric;
}
