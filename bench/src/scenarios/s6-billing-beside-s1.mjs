/*
 * S6 the monthly billing run while complaint registration (S1) goes on at 20 % of its maximum: the
 * built gateway → complaints stack of S1 and the built billing service of S5, each on a database and
 * a bus prefix of its own, all on this machine's cores and PostgreSQL, as in production.
 *
 * First S1's maximum is measured in the same run (8 connections over 16 communities, unpaced); then,
 * per round: the billing run alone; S1 at 20 % of that maximum (autocannon's `overallRate`) while a
 * billing run of another month goes on, until it ends; S1 alone at the same rate for as long. Each
 * run bills a month of its own (November backwards), so every one writes all its bills.
 *
 * Reported: S1's p99 during the billing run against its p99 alone (target ≤ 2×), and the billing
 * run's duration beside S1 against alone. Checked: every registration answered 201 and stored once
 * with a number of its own (S1's account), every billing run billed every unit for its month with
 * the total the seed implies.
 */
import { freePorts, median } from '../harness.mjs';
import { accountFor, registrationArm } from '../s1/load.mjs';
import {
  communityCodes,
  createDatabase as createComplaintsDatabase,
  deleteBusResources,
  dropDatabase as dropComplaintsDatabase,
  JWT_SECRET,
  query,
  seedReferenceData,
  staffToken,
  startBuilt,
} from '../s1/stack.mjs';
import { pacedRegistrations } from '../s6/paced-registrations.mjs';
import {
  build,
  busCaller,
  client,
  COMMUNITY,
  COMPANY,
  createDatabase,
  dropDatabase,
  startService,
} from '../s5/billing-stack.mjs';
import { expectedBilling, seedBilling } from '../s5/seed.mjs';

export const id = 'S6';
export const title = 'Monthly billing run while S1 registers complaints at 20 % of its maximum';
export const targets =
  "S1 p99 during the billing run <= 2x S1's p99 alone; the billing run's time beside S1 reported (research: <= 1.5x alone)";

const SHARE = 0.2;
const CONNECTIONS = 8;
const COMMUNITIES = communityCodes(16);
const SETTINGS = {
  quick: { units: 200, rounds: 1, warmupMs: 1_000, maxMs: 2_000 },
  full: { units: 10_000, rounds: 3, warmupMs: 5_000, maxMs: 10_000 },
};
const RUN_TIMEOUT_MS = 30 * 60_000;

/** The months billed, one per run: November, then backwards. */
function period(n) {
  const d = new Date(Date.UTC(2026, 10 - n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export async function run({ mode, log, runId }) {
  build(log);
  const settings = SETTINGS[mode];
  const tag = runId.replace(/[^a-z0-9]/gi, '_').toLowerCase();
  const complaintsDb = `bench_s6_${tag}_complaints`;
  const billingDb = `bench_s6_${tag}_billing`;
  const prefix = `bench-${runId}-s6`;
  const started = [];
  let bus;
  let billingClient;
  try {
    // Every service migrates its database as it starts (MIGRATE_ON_START, as the e2e stack does): one
    // process loading MikroORM per service instead of two; then the seeds, before any load.
    const complaintsUrl = await createComplaintsDatabase(complaintsDb);
    await createDatabase(billingDb);
    // Every process on a port of its own, chosen together (a PORT=0 process could take one of them).
    const [complaintsPort, gatewayPort, billingPort] = await freePorts(3);
    const settled = await Promise.allSettled([
      startBuilt('complaints', {
        prefix: `${prefix}-c`,
        port: complaintsPort,
        env: { DATABASE_URL: complaintsUrl, MIGRATE_ON_START: 'true' },
      }),
      startBuilt('gateway', {
        prefix: `${prefix}-c`,
        port: gatewayPort,
        env: { AUTH_JWT_SECRET: JWT_SECRET },
      }),
      startService('billing', {
        prefix: `${prefix}-b`,
        database: billingDb,
        env: { MIGRATE_ON_START: 'true', PORT: String(billingPort) },
      }).then((s) => s.proc),
    ]);
    for (const s of settled) if (s.status === 'fulfilled') started.push(s.value);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    const [complaints, gateway, billing] = settled.map((s) => s.value);
    log(`  seeding: complaints' reference data, ${settings.units} units × 3 fee items for billing…`);
    await seedReferenceData(complaintsUrl, COMMUNITIES);
    billingClient = await client(billingDb);
    await seedBilling(billingClient, settings.units);
    const expected = await expectedBilling(billingClient);
    bus = await busCaller(`${prefix}-b`, {
      sub: 'staff-bench',
      name: '基准',
      companyId: COMPANY,
      roles: ['finance'],
      communities: [COMMUNITY],
    });
    const token = staffToken();
    const url = `http://127.0.0.1:${gatewayPort}/api/v1/complaints`;

    // S1's maximum, in this run, on this machine as it is now.
    const unpaced = registrationArm({
      label: 'S1 unpaced',
      key: 'max',
      url,
      databaseUrl: complaintsUrl,
      token,
      connections: CONNECTIONS,
      communities: COMMUNITIES,
    });
    await unpaced.run(settings.warmupMs);
    const max = await unpaced.run(settings.maxMs);
    if (!(max.throughput > 0) || Object.values(max.failures).some((n) => n > 0))
      throw new Error(`S1 unpaced: ${max.requests} answered, failures ${JSON.stringify(max.failures)}`);
    const rate = Math.max(1, Math.round(max.throughput * SHARE));
    log(
      `  S1 maximum: ${max.throughput.toFixed(0)} registrations/s (p99 ${max.p99Ms} ms); paced at ${rate}/s`,
    );
    const paced = pacedRegistrations({
      key: 'paced',
      url,
      databaseUrl: complaintsUrl,
      token,
      connections: CONNECTIONS,
      communities: COMMUNITIES,
      rate,
    });

    let runs = 0;
    const billingProblems = [];
    /** One billing run of the next month, checked against what the seed implies. */
    const billingRun = async () => {
      const month = period(runs++);
      const t0 = process.hrtime.bigint();
      const reply = await bus.request(
        'billing.billing-runs.run',
        { communityId: COMMUNITY, period: month },
        { timeoutMs: RUN_TIMEOUT_MS },
      );
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const [stored] = (
        await billingClient.query(
          `select count(*)::int as bills, coalesce(sum(amount_fen), 0)::bigint as total
             from bill where source = 'periodic' and source_key like $1`,
          [`${month}:%`],
        )
      ).rows;
      const problems = [];
      const check = (what, got, want) => {
        if (String(got) !== String(want)) problems.push(`${month} ${what}: ${got}, expected ${want}`);
      };
      check('reply status', reply.status, 'completed');
      check('reply billsIssued', reply.billsIssued, expected.bills);
      check('reply totalFen', reply.totalFen, expected.totalFen);
      check('bills stored', stored.bills, expected.bills);
      check('total stored (fen)', stored.total, expected.totalFen);
      billingProblems.push(...problems);
      return { month, ms, problems };
    };

    const rounds = [];
    for (let round = 1; round <= settings.rounds; round++) {
      const alone = await billingRun();
      const during = billingRun();
      const beside = await paced.run({ until: during });
      const run = await during;
      const s1Alone = await paced.run({ durationMs: beside.ms });
      rounds.push({ round, alone, run, beside, s1Alone });
      log(
        `  round ${round}: billing ${alone.month} alone ${(alone.ms / 1000).toFixed(2)} s, ${run.month} beside S1 ${(run.ms / 1000).toFixed(2)} s | ` +
          `S1 at ${rate}/s: during p50 ${beside.p50Ms} p99 ${beside.p99Ms} ms (${beside.requests} requests), ` +
          `alone p50 ${s1Alone.p50Ms} p99 ${s1Alone.p99Ms} ms (${s1Alone.requests}) | p99 ratio ${(beside.p99Ms / s1Alone.p99Ms).toFixed(2)}` +
          (run.problems.length || alone.problems.length
            ? `; PROBLEMS: ${[...alone.problems, ...run.problems].join('; ')}`
            : ''),
      );
    }

    // S1's account: every 201 stored, none twice, every number its own.
    const { problems: s1Problems, findings } = await accountFor(complaintsUrl, [paced, unpaced]);
    for (const f of findings) log(`  complaints database: ${f}`);
    const [{ rows, numbers }] = await query(
      complaintsUrl,
      'select count(*)::int as rows, count(distinct (company_id, number))::int as numbers from complaint',
    );
    if (rows !== numbers) s1Problems.push(`${rows - numbers} complaint numbers given twice`);
    for (const p of s1Problems) log(`  FAILED complaints database: ${p}`);

    const failuresOf = (r) => Object.values(r.failures).reduce((a, b) => a + b, 0);
    const side = (label, runsOf, rss) => ({
      label,
      throughput: median(runsOf.map((r) => r.throughput)),
      p50Ms: median(runsOf.map((r) => r.p50Ms)),
      p99Ms: median(runsOf.map((r) => r.p99Ms)),
      requests: runsOf.reduce((s, r) => s + r.requests, 0),
      failures: runsOf.reduce((s, r) => s + r.failures, 0),
      peakRssMiB: rss,
    });
    const s1Round = (x) => ({
      requests: x.requests,
      throughput: x.throughput,
      p50Ms: x.p50Ms,
      p99Ms: x.p99Ms,
      failures: failuresOf(x),
    });
    const s1Rounds = rounds.map((r) => {
      const candidate = s1Round(r.beside);
      const baseline = s1Round(r.s1Alone);
      return { round: r.round, candidate, baseline, ratio: candidate.throughput / baseline.throughput };
    });
    // The billing run as a timed arm: throughput = bills per second, p50/p99 = its wall time.
    const billed = (x) => ({
      requests: expected.bills,
      throughput: (expected.bills / x.ms) * 1000,
      p50Ms: x.ms,
      p99Ms: x.ms,
      failures: x.problems.length,
    });
    const billingRounds = rounds.map((r) => {
      const candidate = billed(r.run);
      const baseline = billed(r.alone);
      return { round: r.round, candidate, baseline, ratio: candidate.throughput / baseline.throughput };
    });
    const s1Rss = Math.round((gateway.peakRssMiB() + complaints.peakRssMiB()) * 10) / 10;
    const s1Comparison = {
      name: 'S6 S1 during the billing run vs alone',
      load: `POST /api/v1/complaints at ${rate}/s (${SHARE * 100} % of the ${max.throughput.toFixed(0)}/s measured unpaced, ${CONNECTIONS} connections, 16 communities), while billing ${settings.units} units × 3 fee items, then alone for as long; ratio = throughput (paced, so about 1)`,
      target: { maxP99Factor: 2 },
      candidate: side(
        'S1 during the billing run',
        s1Rounds.map((r) => r.candidate),
        s1Rss,
      ),
      baseline: side(
        'S1 alone',
        s1Rounds.map((r) => r.baseline),
        s1Rss,
      ),
      medianRatio: median(s1Rounds.map((r) => r.ratio)),
      rounds: s1Rounds,
      s1Maximum: { throughput: max.throughput, p50Ms: max.p50Ms, p99Ms: max.p99Ms, rate },
    };
    s1Comparison.candidate.failures += s1Problems.length;
    if (s1Problems.length) s1Comparison.candidate.databaseProblems = s1Problems;
    const billingComparison = {
      name: `S6 billing run beside S1 vs alone, ${settings.units.toLocaleString('en')} units`,
      load: `one billing run per month (${rounds.map((r) => `${r.alone.month} alone, ${r.run.month} beside S1`).join('; ')}); throughput = bills per second, p50/p99 = the run's wall time`,
      target: { minRatio: 1 / 1.5 },
      candidate: side(
        'billing beside S1',
        billingRounds.map((r) => r.candidate),
        billing.peakRssMiB(),
      ),
      baseline: side(
        'billing alone',
        billingRounds.map((r) => r.baseline),
        billing.peakRssMiB(),
      ),
      medianRatio: median(billingRounds.map((r) => r.ratio)),
      rounds: billingRounds,
      billingProblems,
    };
    return [s1Comparison, billingComparison];
  } finally {
    await billingClient?.end().catch(() => undefined);
    await bus?.close().catch(() => undefined);
    await Promise.all(started.map((p) => p.stop()));
    await deleteBusResources(`${prefix}-c`).catch(() => undefined);
    await deleteBusResources(`${prefix}-b`).catch(() => undefined);
    await Promise.all([dropComplaintsDatabase(complaintsDb), dropDatabase(billingDb)]).catch(() => undefined);
  }
}
