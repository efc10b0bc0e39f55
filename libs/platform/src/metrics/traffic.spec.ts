import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Counter, Histogram, Registry } from 'prom-client';
import { Traffic, type TrafficShape } from './traffic.js';

const BUCKETS = [0.001, 0.01, 0.1, 1];

const HTTP: TrafficShape = {
  requests: { name: 'http_requests_total', help: 'HTTP requests by method, route and status' },
  duration: { name: 'http_request_duration_seconds', help: 'HTTP request latency' },
  labels: ['method', 'route'],
  outcome: 'status',
};

const BUS: TrafficShape = {
  requests: { name: 'rpc_served_total', help: 'Bus requests served' },
  duration: { name: 'rpc_served_duration_seconds', help: 'Latency of bus requests served' },
  labels: ['subject'],
  outcome: 'outcome',
};

/** Each sample line as a name, its labels sorted and its value: label order is not meaning. */
function samples(exposition: string): string[] {
  return exposition
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^([^{ ]+)(?:\{(.*)\})? (.+)$/.exec(line)!;
      const labels = (match[2] ?? '').match(/[a-z_]+="(?:[^"\\]|\\.)*"/g) ?? [];
      return `${match[1]}{${[...labels].sort().join(',')}} ${Number(match[3]).toPrecision(12)}`;
    })
    .sort();
}

interface Response {
  values: string[];
  outcome: string | number;
  seconds: number;
}

/** prom-client's own counter and histogram, fed the same responses: the reference exposition. */
function reference(shape: TrafficShape, responses: Response[]): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'gateway' });
  const requests = new Counter({
    ...shape.requests,
    labelNames: [...shape.labels, shape.outcome],
    registers: [registry],
  });
  const duration = new Histogram({
    ...shape.duration,
    labelNames: [...shape.labels],
    buckets: BUCKETS,
    registers: [registry],
  });
  for (const { values, outcome, seconds } of responses) {
    const labels = Object.fromEntries(shape.labels.map((name, i) => [name, values[i]!]));
    requests.inc({ ...labels, [shape.outcome]: String(outcome) });
    duration.observe(labels, seconds);
  }
  return registry;
}

// Bucket bounds themselves included: a response of exactly 0.01 s falls in `le="0.01"`.
const seconds = fc.oneof(fc.constantFrom(...BUCKETS), fc.double({ min: 0, max: 5, noNaN: true }));
const route = fc.constantFrom('/health/live', '/api/v1/complaints/:id', 'unmatched', '/a "quoted" \\ route');
const httpResponse = fc.record({
  values: fc.tuple(fc.constantFrom('GET', 'POST', 'HEAD'), route),
  outcome: fc.constantFrom(200, 201, 400, 404, 500),
  seconds,
});
const busResponse = fc.record({
  values: fc.tuple(fc.constantFrom('complaints.register', 'billing.payments.record')),
  outcome: fc.constantFrom('ok', 'VALIDATION_FAILED', 'INTERNAL'),
  seconds,
});

describe('Traffic', () => {
  for (const [name, shape, response] of [
    ['HTTP requests by method and route, by status', HTTP, httpResponse],
    ['bus requests by subject, by outcome', BUS, busResponse],
  ] as const) {
    it(`exposes what prom-client exposes for the same responses: ${name}`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(response as fc.Arbitrary<Response>, { maxLength: 40 }),
          async (responses) => {
            const registry = new Registry();
            registry.setDefaultLabels({ service: 'gateway' });
            const traffic = new Traffic(registry, shape, BUCKETS);
            for (const { values, outcome, seconds } of responses) {
              traffic.seriesOf(...values).record(outcome, seconds);
            }
            expect(samples(await registry.metrics())).toEqual(
              samples(await reference(shape, responses).metrics()),
            );
          },
        ),
      );
    });
  }

  it('finds one series per label values, and starts again from nothing when the registry resets', async () => {
    const registry = new Registry();
    const traffic = new Traffic(registry, HTTP, BUCKETS);
    expect(traffic.seriesOf('GET', '/a')).toBe(traffic.seriesOf('GET', '/a'));
    expect(traffic.seriesOf('GET', '/a')).not.toBe(traffic.seriesOf('HEAD', '/a'));
    traffic.seriesOf('GET', '/a').record(200, 0.002);
    expect(await registry.metrics()).toContain('http_requests_total{method="GET",route="/a",status="200"} 1');
    registry.resetMetrics();
    traffic.seriesOf('GET', '/a').record(404, 0.002);
    const after = await registry.metrics();
    expect(after).not.toContain('status="200"');
    expect(after).toContain('http_requests_total{method="GET",route="/a",status="404"} 1');
    expect(after).toContain('http_request_duration_seconds_count{method="GET",route="/a"} 1');
  });
});
