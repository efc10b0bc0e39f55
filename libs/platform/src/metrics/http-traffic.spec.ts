import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Counter, Histogram, Registry } from 'prom-client';
import { HttpTraffic } from './http-traffic.js';

const BUCKETS = [0.001, 0.01, 0.1, 1];
const NAMES = { requests: 'http_requests_total', duration: 'http_request_duration_seconds' };

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

/** prom-client's own counter and histogram, fed the same responses: the reference exposition. */
function reference(responses: Response[]): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'gateway' });
  const requests = new Counter({
    name: NAMES.requests,
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: NAMES.duration,
    help: 'HTTP request latency',
    labelNames: ['method', 'route'],
    buckets: BUCKETS,
    registers: [registry],
  });
  for (const { method, route, status, seconds } of responses) {
    requests.inc({ method, route, status: String(status) });
    duration.observe({ method, route }, seconds);
  }
  return registry;
}

interface Response {
  method: string;
  route: string;
  status: number;
  seconds: number;
}

const response = fc.record({
  method: fc.constantFrom('GET', 'POST', 'HEAD'),
  route: fc.constantFrom('/health/live', '/api/v1/complaints/:id', 'unmatched', '/a "quoted" \\ route'),
  status: fc.constantFrom(200, 201, 400, 404, 500),
  // Bucket bounds themselves included: a response of exactly 0.01 s falls in `le="0.01"`.
  seconds: fc.oneof(fc.constantFrom(...BUCKETS), fc.double({ min: 0, max: 5, noNaN: true })),
});

describe('HttpTraffic', () => {
  it('exposes what prom-client exposes for the same responses, counts and buckets alike', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(response, { maxLength: 40 }), async (responses) => {
        const registry = new Registry();
        registry.setDefaultLabels({ service: 'gateway' });
        const traffic = new HttpTraffic(registry, NAMES, BUCKETS);
        for (const { method, route, status, seconds } of responses) {
          traffic.seriesOf(method, route).record(status, seconds);
        }
        expect(samples(await registry.metrics())).toEqual(samples(await reference(responses).metrics()));
      }),
    );
  });

  it('finds one series per method and route, and starts again from nothing when the registry resets', async () => {
    const registry = new Registry();
    const traffic = new HttpTraffic(registry, NAMES, BUCKETS);
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
