/*
 * S4 event fan-out: events committed with the platform's Outbox (a MikroORM transaction each), relayed
 * by its OutboxRelay to JetStream, and applied by three of its EventConsumers (durable, each with its
 * inbox), at 1,000 events/s open loop for 30 s. Measured per event: from its commit to the last of
 * the three applying it. Beside it, in the same run, raw NATS.js request-reply (sequential, the S3
 * baseline's responder), whose p99 the fan-out's p99 must stay within 2 ms of.
 *
 * Correctness (both modes): every committed event applied by all three consumers (none lost), none
 * failed to commit. Full mode also reports whether the lag was gone within 1 s of the last commit.
 * The harness's own verdicts know ratios; this scenario's targets are absolute, so it judges them
 * itself and hands them over as `scenarioVerdicts`; its figures stay in the comparison's `s4` field.
 */
import { createInterface } from 'node:readline';
import { connect } from '@nats-io/transport-node';
import { isAnswerLine, median, percentile, startProcess, waitForLine } from '../harness.mjs';
import { CONSUMERS } from '../s4/event.mjs';
import { build, createDatabase, deleteBusResources, dropDatabase, migrate, NATS_URL } from '../s1/stack.mjs';

export const id = 'S4';
export const title =
  'Event fan-out: Outbox → OutboxRelay → JetStream → three EventConsumers vs raw NATS.js request-reply p99';
export const targets =
  'p99 commit → last consumer <= raw request-reply p99 + 2 ms; none lost; lag gone <= 1 s';

const SETTINGS = {
  full: { rate: 1_000, durationMs: 30_000, rrMs: 10_000 },
  quick: { rate: 200, durationMs: 3_000, rrMs: 1_000 },
};
/**
 * How long the consumers may take after the last commit before what is still missing counts as lost
 * (not applied by then). Long, so that a consumer far behind shows as lag rather than as loss.
 */
const GRACE_MS = 60_000;

/** Sends one JSON command to a child and resolves with its next JSON line. */
function driver(proc) {
  const waiting = [];
  createInterface({ input: proc.child.stdout }).on('line', (line) => {
    if (isAnswerLine(line)) waiting.shift()?.(JSON.parse(line));
  });
  return (command) =>
    new Promise((resolve, reject) => {
      waiting.push(resolve);
      proc.exited.then(() => reject(new Error(`${proc.name} exited:\n${proc.output().slice(-4_000)}`)));
      proc.child.stdin.write(`${JSON.stringify(command)}\n`);
    });
}

/** Raw NATS.js request-reply, one in flight, for `durationMs`: the latency floor of the bus. */
async function requestReply(subject, durationMs) {
  const nc = await connect({ servers: NATS_URL.split(',') });
  try {
    const payload = JSON.stringify({ n: 1, text: 'x'.repeat(200) });
    const latencies = [];
    const end = performance.now() + durationMs;
    while (performance.now() < end) {
      const t = performance.now();
      await nc.request(subject, payload, { timeout: 5_000 });
      latencies.push(performance.now() - t);
    }
    latencies.sort((a, b) => a - b);
    return {
      requests: latencies.length,
      throughput: latencies.length / (durationMs / 1000),
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      failures: 0,
    };
  } finally {
    await nc.close();
  }
}

export async function run({ mode, log, runId }) {
  build(log);
  const { rate, durationMs, rrMs } = SETTINGS[mode];
  const prefix = `bench-${runId}`;
  const dbBase = `pcs_bench_${runId.replace(/[^a-z0-9]/gi, '_').toLowerCase()}`;
  // The producer's and the consumers' databases, as two services have two.
  const names = [`${dbBase}_s4prod`, `${dbBase}_s4cons`];
  const started = [];
  try {
    log('  two databases with the platform tables (migrated by the complaints service)…');
    const producerUrl = await createDatabase(names[0]);
    migrate('complaints', producerUrl);
    const consumersUrl = await createDatabase(names[1], names[0]);
    const env = { NATS_URL, BUS_PREFIX: prefix };
    const producer = startProcess('s4 producer', 'bench/src/s4/producer.mjs', {
      env: { ...env, DATABASE_URL: producerUrl },
      stdin: true,
    });
    started.push(producer);
    await waitForLine(producer, /^ready$/m); // it provisions the stream the consumers read
    const consumers = startProcess('s4 consumers', 'bench/src/s4/consumers.mjs', {
      env: { ...env, DATABASE_URL: consumersUrl },
      stdin: true,
    });
    const rawSubject = `${prefix}.bench.s4.raw-echo`;
    const responder = startProcess('raw responder', 'bench/baselines/nats-responder.mjs', {
      env,
      args: [rawSubject],
    });
    started.push(consumers, responder);
    await Promise.all([waitForLine(consumers, /^ready$/m), waitForLine(responder, /^ready$/m)]);
    const produce = driver(producer);
    const ask = driver(consumers);

    log(`  raw request-reply, ${rrMs / 1000} s`);
    const rrBefore = await requestReply(rawSubject, rrMs);
    log(`  fan-out: ${rate} events/s for ${durationMs / 1000} s`);
    const produced = await produce({ rate, durationMs });
    const total = produced.commits.length;
    const deadline = produced.finished + GRACE_MS;
    let counts;
    while (performance.timeOrigin + performance.now() < deadline) {
      ({ counts } = await ask({ count: true }));
      if (CONSUMERS.every((c) => counts[c] >= total - produced.failed)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { applied } = await ask({ report: true });
    log(`  raw request-reply again, ${rrMs / 1000} s`);
    const rrAfter = await requestReply(rawSubject, rrMs);

    const latencies = [];
    let lost = 0;
    let lastApplied = 0;
    for (let n = 0; n < total; n++) {
      const committed = produced.commits[n];
      if (committed == null) continue; // failed to commit: counted in produced.failed
      const times = CONSUMERS.map((c) => applied[c][n]);
      if (times.some((t) => t == null)) {
        lost++;
        continue;
      }
      const last = Math.max(...times);
      lastApplied = Math.max(lastApplied, last);
      latencies.push(last - committed);
    }
    latencies.sort((a, b) => a - b);
    const lastCommit = Math.max(...produced.commits.filter((t) => t != null));
    // With events still unapplied at the end of the grace, the lag was not gone at all.
    const lagGoneMs = lost ? GRACE_MS : lastApplied - lastCommit;
    const fanout = {
      label: 'Outbox→relay→3 EventConsumers',
      requests: latencies.length,
      throughput: (total - produced.failed) / ((lastCommit - produced.started) / 1000),
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      maxMs: latencies.at(-1) ?? null,
      failures: lost + produced.failed,
      peakRssMiB: producer.peakRssMiB(),
      consumersPeakRssMiB: consumers.peakRssMiB(),
    };
    const rrP99 = median([rrBefore.p99Ms, rrAfter.p99Ms]);
    const raw = {
      label: 'raw NATS.js request-reply',
      requests: rrBefore.requests + rrAfter.requests,
      throughput: median([rrBefore.throughput, rrAfter.throughput]),
      p50Ms: median([rrBefore.p50Ms, rrAfter.p50Ms]),
      p99Ms: rrP99,
      failures: 0,
      peakRssMiB: responder.peakRssMiB(),
    };
    const s4 = {
      planned: produced.planned ?? total,
      events: total,
      committed: total - produced.failed,
      commitFailures: produced.failed,
      commitErrors: produced.errors,
      lost,
      lagGoneMs: Math.round(lagGoneMs),
      p99AddedMs: fanout.p99Ms - rrP99,
      verdicts: [
        {
          what: `${rate} events/s committed`,
          measured: Math.round(fanout.throughput),
          met: total >= (produced.planned ?? total) && fanout.throughput >= rate * 0.98,
        },
        {
          what: 'p99 <= raw request-reply p99 + 2 ms',
          measured: Math.round((fanout.p99Ms - rrP99) * 100) / 100,
          met: fanout.p99Ms - rrP99 <= 2,
        },
        { what: 'none lost', measured: lost, met: lost === 0 && produced.failed === 0 },
        {
          what: 'lag gone within 1 s of the last commit',
          measured: Math.round(lagGoneMs),
          met: lagGoneMs <= 1_000,
        },
      ],
    };
    log(
      `  S4: ${fanout.requests}/${total} events (of ${s4.planned} planned) applied by all three, ${fanout.throughput.toFixed(0)} events/s committed; commit → last consumer p50 ${fanout.p50Ms?.toFixed(2)} p99 ${fanout.p99Ms?.toFixed(2)} max ${fanout.maxMs?.toFixed(2)} ms | raw request-reply p50 ${raw.p50Ms.toFixed(3)} p99 ${raw.p99Ms.toFixed(3)} ms | lost ${lost}, lag gone ${lost ? `not within ${GRACE_MS / 1000} s` : `${Math.round(lagGoneMs)} ms`} after the last commit`,
    );
    const roundOf = (a) => ({ ...a, failures: { lost: a.failures } });
    return [
      {
        name: 'S4 fan-out to three consumers',
        candidate: fanout,
        baseline: raw,
        medianRatio: null,
        rounds: [{ round: 1, candidate: roundOf(fanout), baseline: roundOf(raw), ratio: null }],
        load: `${rate} events/s on a schedule for ${durationMs / 1000} s (at most 32 transactions waiting), one transaction each; p50/p99 = commit → the last of three consumers applying it; baseline: sequential raw request-reply (${rrMs / 1000} s before and after)`,
        target: {},
        scenarioVerdicts: s4.verdicts,
        s4,
      },
    ];
  } finally {
    for (const p of started) p.child.stdin?.end();
    await Promise.all(started.map((p) => p.stop()));
    await Promise.all(names.map(dropDatabase));
    await deleteBusResources(prefix).catch(() => undefined);
  }
}
