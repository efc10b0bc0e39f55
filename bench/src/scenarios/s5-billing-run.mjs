/*
 * S5 the monthly billing run (BIL-2) of the real billing service, built and started as deployed, on a
 * database and a bus prefix of its own: N units × 3 fee items, started by the bus command the
 * gateway's `POST /billing-runs` sends (`billing.billing-runs.run`), then run again for the same month.
 * Baseline: COPY of exactly the rows the run wrote, into the same tables of a scratch database migrated
 * the same way (`baselines/copy-rows.mjs`). Each round starts from fresh databases, so both arms write
 * into empty tables with the same indexes: candidate, then baseline (A B A B).
 *
 * Checked in every round: the reply's bills and total, the bills and lines in the database and their
 * sum in fen equal what the fee items × units imply (computed from the seed by SQL, not hard-coded);
 * the rerun writes no row and changes none; the COPY wrote as many rows as the run.
 *
 * BENCH_S5_ROUNDS_100K sets the rounds at 100,000 units (default 3; one round takes several minutes
 * on a loaded 2-core machine).
 */
import { mkdirSync, rmSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, startProcess, waitForLine } from '../harness.mjs';
import {
  build,
  busCaller,
  client,
  COMMUNITY,
  COMPANY,
  createDatabase,
  databaseUrl,
  deleteStreams,
  dropDatabase,
  migrate,
  startService,
  tableCounts,
} from '../s5/billing-stack.mjs';
import { expectedBilling, seedBilling, PERIOD, SEED_TABLES } from '../s5/seed.mjs';

export const id = 'S5';
export const title = 'Monthly billing run, N units × 3 fee items, vs COPY of the same rows';
export const targets =
  '<= 8x the COPY baseline (ratio >= 0.125); billing peak RSS <= 512 MiB; rerun writes nothing in <= 1.5x the first (ratio >= 0.667)';

const SIZES = {
  quick: [{ units: 500, rounds: 1 }],
  full: [
    { units: 10_000, rounds: 3 },
    { units: 100_000, rounds: Number(process.env.BENCH_S5_ROUNDS_100K ?? 3) },
  ],
};
const RUN_TIMEOUT_MS = 60 * 60_000;

/** One round: fresh databases, seed, the service, the run and its rerun, then the COPY of its rows. */
async function round({ units, roundNo, runId, log }) {
  const tag = `${runId.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${units}_${roundNo}`;
  const database = `bench_s5_${tag}`;
  const scratch = `bench_s5_${tag}_copy`;
  const prefix = `bench-${runId}-5${roundNo}`;
  const dir = path.join(os.tmpdir(), `bench-s5-${tag}`);
  const problems = [];
  let billing;
  let bus;
  try {
    await Promise.all([createDatabase(database), createDatabase(scratch)]);
    migrate('billing', database);
    migrate('billing', scratch);
    const db = await client(database);
    try {
      await seedBilling(db, units);
      const expected = await expectedBilling(db);
      ({ proc: billing } = await startService('billing', { prefix, database }));
      const rssAtStartMiB = billing.peakRssMiB();
      bus = await busCaller(prefix, {
        sub: 'staff-bench',
        name: '基准',
        companyId: COMPANY,
        roles: ['finance'],
        communities: [COMMUNITY],
      });
      const command = { communityId: COMMUNITY, period: PERIOD };
      const before = await tableCounts(db);
      let started = process.hrtime.bigint();
      const first = await bus.request('billing.billing-runs.run', command, { timeoutMs: RUN_TIMEOUT_MS });
      const firstMs = Number(process.hrtime.bigint() - started) / 1e6;
      const after = await tableCounts(db);
      const written = Object.keys(after).filter((t) => after[t] !== before[t]);
      const rowsWritten = written.reduce((sum, t) => sum + after[t] - before[t], 0);

      const [bills] = (
        await db.query(
          `select count(*)::int as bills, coalesce(sum(amount_fen), 0)::bigint as total,
                  (select count(*)::int from bill_line) as lines
           from bill where source = 'periodic' and source_key like $1`,
          [`${PERIOD}:%`],
        )
      ).rows;
      const check = (what, got, want) => {
        if (String(got) !== String(want)) problems.push(`${what}: ${got}, expected ${want}`);
      };
      check('reply status', first.status, 'completed');
      check('reply billsIssued', first.billsIssued, expected.bills);
      check('reply totalFen', first.totalFen, expected.totalFen);
      check('bills in the database', bills.bills, expected.bills);
      check('bill lines in the database', bills.lines, expected.lines);
      check('total billed in the database (fen)', bills.total, expected.totalFen);
      for (const t of written) {
        if (before[t] !== 0) problems.push(`${t} had ${before[t]} rows before the run (not a fresh table)`);
        if (SEED_TABLES.includes(t)) problems.push(`the run wrote into the seeded table ${t}`);
      }

      // The rerun: same month, same community; it must write nothing and change nothing.
      const runRow = async () =>
        JSON.stringify((await db.query(`select * from billing_run order by id`)).rows);
      const runBefore = await runRow();
      started = process.hrtime.bigint();
      const second = await bus.request('billing.billing-runs.run', command, { timeoutMs: RUN_TIMEOUT_MS });
      const rerunMs = Number(process.hrtime.bigint() - started) / 1e6;
      const afterRerun = await tableCounts(db);
      const rerunRows = Object.keys(afterRerun).reduce(
        (sum, t) => sum + Math.abs(afterRerun[t] - (after[t] ?? 0)),
        0,
      );
      check('rows the rerun wrote', rerunRows, 0);
      check('billing run row after the rerun', await runRow(), runBefore);
      check('rerun reply billsIssued', second.billsIssued, expected.bills);
      const peakRssMiB = billing.peakRssMiB();

      // The baseline: the rows the run wrote, taken out by the server, COPYed into the scratch database.
      mkdirSync(dir, { recursive: true });
      chmodSync(dir, 0o777);
      for (const t of written) await db.query(`copy "${t}" to '${path.join(dir, `${t}.copy`)}'`);
      const copy = startProcess('copy baseline', 'bench/baselines/copy-rows.mjs', {
        args: [databaseUrl(scratch), dir, ...written],
        stdin: true,
      });
      // VmHWM is read while the process lives: it prints its line, then waits for stdin to close.
      const copyResult = JSON.parse((await waitForLine(copy, /^\{.*\}$/m, RUN_TIMEOUT_MS))[0]);
      const copyRssMiB = copy.peakRssMiB();
      copy.child.stdin.end();
      await copy.exited;
      check('rows the COPY wrote', copyResult.rows, rowsWritten);

      log(
        `  ${units} units, round ${roundNo}: run ${(firstMs / 1000).toFixed(2)} s (${rowsWritten} rows in ${written.join(', ')}), ` +
          `rerun ${(rerunMs / 1000).toFixed(2)} s, COPY ${(copyResult.ms / 1000).toFixed(2)} s, ` +
          `ratio ${(copyResult.ms / firstMs).toFixed(3)} (${(firstMs / copyResult.ms).toFixed(1)}×), billing peak RSS ${peakRssMiB} MiB (${rssAtStartMiB} at start)` +
          (problems.length ? `; PROBLEMS: ${problems.join('; ')}` : ''),
      );
      return {
        firstMs,
        rerunMs,
        copyMs: copyResult.ms,
        rows: rowsWritten,
        tables: Object.fromEntries(written.map((t) => [t, after[t] - before[t]])),
        peakRssMiB,
        rssAtStartMiB,
        copyRssMiB,
        problems,
      };
    } finally {
      await db.end();
    }
  } finally {
    await bus?.close().catch(() => undefined);
    await billing?.stop();
    rmSync(dir, { recursive: true, force: true });
    await deleteStreams(prefix).catch(() => undefined);
    await Promise.all([dropDatabase(database), dropDatabase(scratch)]).catch(() => undefined);
  }
}

/** A timed arm of one round in the harness's shape: throughput is rows written per second. */
function armRun(ms, rows, failures) {
  return { requests: rows, throughput: (rows / ms) * 1000, p50Ms: ms, p99Ms: ms, failures };
}

function summarise(label, runs, peakRssMiB) {
  return {
    label,
    throughput: median(runs.map((r) => r.throughput)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    requests: runs.reduce((s, r) => s + r.requests, 0),
    failures: runs.reduce((s, r) => s + r.failures, 0),
    peakRssMiB,
  };
}

export async function run({ mode, log, runId }) {
  build(log);
  const comparisons = [];
  const perSize = [];
  for (const { units, rounds } of SIZES[mode]) {
    const results = [];
    for (let r = 1; r <= rounds; r++) results.push(await round({ units, roundNo: r, runId, log }));
    const peak = Math.max(...results.map((r) => r.peakRssMiB ?? 0));
    const perRound = results.map((r, i) => {
      const candidate = armRun(r.firstMs, r.rows, r.problems.length);
      const baseline = armRun(r.copyMs, r.rows, 0);
      return { round: i + 1, candidate, baseline, ratio: candidate.throughput / baseline.throughput };
    });
    comparisons.push({
      name: `S5 billing run, ${units.toLocaleString('en')} units`,
      load: `${units} units × 3 fee items, one run; rows written: ${JSON.stringify(results[0].tables)}; throughput = rows written per second, p50/p99 = the run's wall time`,
      target: { minRatio: 0.125, maxPeakRssMiB: 512 },
      candidate: summarise(
        'billing service (bus command)',
        perRound.map((r) => r.candidate),
        peak,
      ),
      baseline: summarise(
        'COPY of the same rows',
        perRound.map((r) => r.baseline),
        Math.max(...results.map((r) => r.copyRssMiB ?? 0)),
      ),
      medianRatio: median(perRound.map((r) => r.ratio)),
      rounds: perRound,
      details: results,
    });
    const rerunRounds = results.map((r, i) => {
      const candidate = armRun(r.rerunMs, 1, r.problems.length);
      const baseline = armRun(r.firstMs, 1, 0);
      return { round: i + 1, candidate, baseline, ratio: candidate.throughput / baseline.throughput };
    });
    comparisons.push({
      name: `S5 rerun of the same month, ${units.toLocaleString('en')} units`,
      load: 'the same command again: writes nothing; throughput = 1 run ÷ wall time, so the ratio is first ÷ rerun time',
      target: { minRatio: 1 / 1.5 },
      candidate: summarise(
        'rerun',
        rerunRounds.map((r) => r.candidate),
        peak,
      ),
      baseline: summarise(
        'first run',
        rerunRounds.map((r) => r.baseline),
        peak,
      ),
      medianRatio: median(rerunRounds.map((r) => r.ratio)),
      rounds: rerunRounds,
    });
    perSize.push({ units, rounds: perRound });
  }
  if (perSize.length === 2) {
    // Linear cost: the rate (rows/s) at the larger size against the smaller; 1.0 is exactly linear.
    const [small, large] = perSize;
    // Against the smaller size's median round: the sizes may have different numbers of rounds.
    const smallMedian = small.rounds.map((r) => r.candidate).sort((a, b) => a.throughput - b.throughput)[
      Math.floor((small.rounds.length - 1) / 2)
    ];
    const growth = large.rounds.map((r, i) => ({
      round: i + 1,
      candidate: r.candidate,
      baseline: smallMedian,
      ratio: r.candidate.throughput / smallMedian.throughput,
    }));
    comparisons.push({
      name: `S5 growth, ${large.units.toLocaleString('en')} vs ${small.units.toLocaleString('en')} units`,
      load: 'rows written per second of the billing run at each size: a ratio near 1 means the cost grows linearly',
      target: {},
      candidate: summarise(
        `${large.units} units`,
        growth.map((r) => r.candidate),
        null,
      ),
      baseline: summarise(
        `${small.units} units`,
        growth.map((r) => r.baseline),
        null,
      ),
      medianRatio: median(growth.map((r) => r.ratio)),
      rounds: growth,
    });
  }
  return comparisons;
}
