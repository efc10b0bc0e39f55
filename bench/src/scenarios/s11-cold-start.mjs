/*
 * S11 cold start: each service as deployed (built dist/main.js, its own database already migrated by
 * its migrate.js, its own bus prefix) from spawn to the first 200 from its readiness endpoint, against
 * the smallest Fastify program timed the same way (baselines/fastify-start.mjs). Starts alternate, a
 * Fastify start before each service start, never two at once; each figure is a median over the rounds.
 *
 * In the report a start is expressed as a rate (1000 / ms) so that the harness's ratio reads the
 * usual way: ratio = Fastify's start time ÷ the service's, and "≤ 3× a bare Fastify start" is a ratio
 * of at least 1/3 (0.334, rounded up so the check is no looser than the target).
 */
import { median } from '../harness.mjs';
import { timedStart } from '../s11/timed-start.mjs';
import {
  build,
  createDatabase,
  deleteBusResources,
  dropDatabase,
  JWT_SECRET,
  migrateAsync,
  NATS_URL,
} from '../s1/stack.mjs';

export const id = 'S11';
export const title = 'Cold start of each service (built, as deployed) to ready vs a bare Fastify start';
export const targets = 'start to ready <= 3x a bare Fastify start (ratio >= 0.334)';

const SERVICES = ['complaints', 'maintenance', 'billing', 'residents'];
/*
 * Full: every service and the gateway, 5 rounds. Quick (CI, correctness only): one start of the
 * gateway beside one bare Fastify start. The gateway needs no database, so quick mode creates and
 * migrates none; each of those costs a Node start of its own (~77 s for all five on 2 cores). The
 * services' starts are proven by the e2e suite, which starts every one of them.
 */
const PLAN = {
  full: { rounds: 5, services: SERVICES },
  quick: { rounds: 1, services: [] },
};

export async function run({ mode, log, runId }) {
  build(log);
  const { rounds, services } = PLAN[mode];
  const prefix = `bench-${runId}`;
  const dbBase = `pcs_bench_${runId.replace(/[^a-z0-9]/gi, '_').toLowerCase()}`;
  const names = Object.fromEntries(services.map((s) => [s, `${dbBase}_${s}`]));
  try {
    const urls = {};
    if (services.length > 0) {
      log(`  creating and migrating ${services.length} databases (each service's own migrate.js)…`);
      for (const service of services) urls[service] = await createDatabase(names[service]);
      await Promise.all(services.map((service) => migrateAsync(service, urls[service])));
    }

    const env = {
      NODE_ENV: 'development',
      NATS_URL,
      BUS_PREFIX: prefix,
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    };
    const targets = [
      ...services.map((service) => ({
        name: service,
        script: `services/${service}/dist/main.js`,
        env: { ...env, DATABASE_URL: urls[service] },
      })),
      {
        name: 'gateway',
        script: 'services/gateway/dist/main.js',
        env: { ...env, AUTH_JWT_SECRET: JWT_SECRET },
      },
    ];
    const fastify = () =>
      timedStart('bare Fastify', 'bench/baselines/fastify-start.mjs', { args: (port) => [String(port)] });

    if (mode === 'full') {
      // A first start creates the streams and durable consumers, and fills the file cache: a
      // deployment's restart finds both. Not measured.
      log('  priming: one unmeasured start of each');
      await fastify();
      for (const t of targets) await timedStart(t.name, t.script, { env: t.env });
    }
    const samples = Object.fromEntries(targets.map((t) => [t.name, []]));
    for (let round = 1; round <= rounds; round++) {
      for (const t of targets) {
        const base = await fastify();
        const start = await timedStart(t.name, t.script, { env: t.env });
        samples[t.name].push({ base, start });
        log(
          `  S11 round ${round}: ${t.name} ${start.ms.toFixed(0)} ms, ${start.cpuMs} ms CPU (peak RSS ${start.peakRssMiB} MiB) | bare Fastify ${base.ms.toFixed(0)} ms, ${base.cpuMs} ms CPU | ${(start.ms / base.ms).toFixed(2)}×`,
        );
      }
    }
    return targets.map((t) => comparison(t.name, samples[t.name]));
  } finally {
    await Promise.all(Object.values(names).map(dropDatabase));
    await deleteBusResources(prefix).catch(() => undefined);
  }
}

/** A start as the harness's arm figures: rate 1000/ms, p50 the median time, p99 the slowest. */
function arm(label, starts) {
  const ms = starts.map((s) => s.ms);
  return {
    label,
    throughput: 1000 / median(ms),
    p50Ms: median(ms),
    p99Ms: Math.max(...ms),
    requests: starts.length,
    failures: 0,
    peakRssMiB: Math.max(...starts.map((s) => s.peakRssMiB ?? 0)) || null,
    // CPU to ready: the figure a busy machine distorts least (written to the JSON, not the table).
    medianCpuMs: starts.every((s) => s.cpuMs !== null) ? median(starts.map((s) => s.cpuMs)) : null,
  };
}

function comparison(name, samples) {
  const round = (s) => ({ throughput: 1000 / s.ms, p50Ms: s.ms, p99Ms: s.ms, requests: 1, failures: {} });
  const candidate = arm(
    name,
    samples.map((s) => s.start),
  );
  const baseline = arm(
    'bare Fastify',
    samples.map((s) => s.base),
  );
  return {
    name: `S11 ${name} cold start`,
    candidate,
    baseline,
    medianRatio: median(samples.map((s) => s.base.ms / s.start.ms)),
    rounds: samples.map((s, i) => ({
      round: i + 1,
      candidate: round(s.start),
      baseline: round(s.base),
      ratio: s.base.ms / s.start.ms,
    })),
    load: `spawn to the first 200 from /health/ready, ${samples.length} alternating starts; p50 = median ms, p99 = slowest; ratio = Fastify ms ÷ service ms (≥ 0.334 is ≤ 3×)`,
    target: { minRatio: 0.334 },
  };
}
