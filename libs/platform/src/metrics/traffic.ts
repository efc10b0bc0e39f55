import type { Metric, MetricValueWithName, Registry } from 'prom-client';

/** The names of a traffic's two metrics, its series' labels, and the label its outcomes go under. */
export interface TrafficShape {
  /** The counter of requests, by the series' labels and the outcome. */
  requests: { name: string; help: string };
  /** The histogram of their latency, by the series' labels. */
  duration: { name: string; help: string };
  labels: readonly string[];
  outcome: string;
}

/** One series of a traffic (a method on a route template, a subject): its outcomes counted, and timed. */
export class TrafficSeries {
  private readonly bucketCounts: number[];
  private readonly outcomeCounts = new Map<string | number, number>();
  private sum = 0;
  private count = 0;

  constructor(
    private readonly labels: Readonly<Record<string, string>>,
    private readonly outcomeLabel: string,
    private readonly upperBounds: readonly number[],
  ) {
    this.bucketCounts = upperBounds.map(() => 0);
  }

  /** A request answered: its outcome (a status, `ok` or an error code), and the seconds it took. */
  record(outcome: string | number, seconds: number): void {
    this.outcomeCounts.set(outcome, (this.outcomeCounts.get(outcome) ?? 0) + 1);
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

  countsByOutcome(): MetricValueWithName<string>[] {
    return [...this.outcomeCounts].map(([outcome, value]) => ({
      labels: { ...this.labels, [this.outcomeLabel]: String(outcome) },
      value,
    }));
  }

  latency(name: string): MetricValueWithName<string>[] {
    const { labels } = this;
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
    this.outcomeCounts.clear();
    this.sum = 0;
    this.count = 0;
  }
}

/**
 * Requests counted by outcome and timed, per series (HTTP: method and route template, by status;
 * the bus: subject, by outcome), exposed as a counter and a histogram in prom-client's format.
 * Recorded here rather than through prom-client's `inc`/`observe`/`startTimer` because every
 * request passes this way: those validate and hash the labels on each call, ~2 µs a request in the
 * gateway under load (bench S2), while the caller can find its series once (a route's hooks when
 * the route is registered, a handler when it subscribes) and then only add to it. prom-client reads
 * the series when scraped (its registry takes any metric that answers `get`); a test holds the
 * exposition equal to prom-client's own for the same observations.
 */
export class Traffic {
  private readonly series = new Map<string, TrafficSeries>();

  constructor(
    registry: Registry,
    private readonly shape: TrafficShape,
    private readonly upperBounds: readonly number[],
  ) {
    const all = () => [...this.series.values()];
    const reset = () => all().forEach((s) => s.reset());
    const { requests, duration } = shape;
    registry.registerMetric(
      collector(requests, 'counter', () => all().flatMap((s) => s.countsByOutcome()), reset),
    );
    registry.registerMetric(
      collector(duration, 'histogram', () => all().flatMap((s) => s.latency(duration.name)), reset),
    );
  }

  /** The series of these label values, in the order of the shape's labels. */
  seriesOf(...values: string[]): TrafficSeries {
    const key = values.length === 1 ? (values[0] ?? '') : values.join('\u0000');
    let found = this.series.get(key);
    if (!found) {
      const labels = Object.fromEntries(this.shape.labels.map((name, i) => [name, values[i] ?? '']));
      found = new TrafficSeries(labels, this.shape.outcome, this.upperBounds);
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
  { name, help }: { name: string; help: string },
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
