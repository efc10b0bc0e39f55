/*
 * S1 complaint registration end to end: `POST /api/v1/complaints` through the built gateway → NATS →
 * the built complaints service → MikroORM → its own migrated PostgreSQL database, against the same
 * topology without our frameworks (Fastify → NATS.js request → raw responder → node-pg) in two forms:
 * issuing exactly the SQL our registration transaction issues (what the frameworks cost), and one
 * insert (what the design costs). 8 and 50 connections; all in one community (GEN-2 numbering
 * serialises a community) and spread over sixteen.
 *
 * Correctness, checked on every run: every registration answered 201, the row of every 201 in the
 * database (none lost), every answer's number its own; at the end, the rows written beyond the 201s
 * are at most the requests still in flight when a timed run stopped.
 */
import { compare, freePort, startProcess, waitForLine } from '../harness.mjs';
import { accountFor, registrationArm } from '../s1/load.mjs';
import {
  build,
  communityCodes,
  createDatabase,
  deleteBusResources,
  dropDatabase,
  migrate,
  NATS_URL,
  query,
  seedReferenceData,
  staffToken,
  startComplaintsBehindGateway,
} from '../s1/stack.mjs';

export const id = 'S1';
export const title =
  'Complaint registration end to end: gateway → complaints (MikroORM) vs Fastify → NATS.js → node-pg (same SQL; one insert)';
export const targets = 'median ratio >= 0.60 of the same-SQL baseline; p99 <= 2x its p99';

const COMMUNITIES = communityCodes(16);
const LOADS = [
  { connections: 8, communities: COMMUNITIES.slice(0, 1), spread: 'one community' },
  { connections: 8, communities: COMMUNITIES, spread: '16 communities' },
  { connections: 50, communities: COMMUNITIES.slice(0, 1), spread: 'one community' },
  { connections: 50, communities: COMMUNITIES, spread: '16 communities' },
];

/**
 * Three databases: the first migrated by the complaints service and given the reference data
 * registration reads, the others copies of it (a template copy takes a fraction of a migration).
 */
async function complaintsDatabases(names) {
  const [first, ...others] = Object.values(names);
  const urls = [await createDatabase(first)];
  migrate('complaints', urls[0]);
  await seedReferenceData(urls[0], COMMUNITIES);
  for (const name of others) urls.push(await createDatabase(name, first));
  return Object.fromEntries(Object.keys(names).map((arm, i) => [arm, urls[i]]));
}

export async function run({ mode, log, runId }) {
  build(log);
  const prefix = `bench-${runId}`;
  const dbBase = `pcs_bench_${runId.replace(/[^a-z0-9]/gi, '_').toLowerCase()}`;
  const names = { candidate: `${dbBase}_cand`, same: `${dbBase}_same`, single: `${dbBase}_single` };
  const started = [];
  try {
    log('  creating and migrating three databases (candidate, same-SQL baseline, single-insert baseline)…');
    const urls = await complaintsDatabases(names);

    const stack = await startComplaintsBehindGateway({ prefix, databaseUrl: urls.candidate });
    started.push(stack.gateway, stack.complaints);
    const baselines = {};
    for (const arm of ['same', 'single']) {
      const subject = `${prefix}.bench.s1.${arm}`;
      const responder = startProcess(`${arm} responder`, 'bench/baselines/s1-pg-responder.mjs', {
        env: { NATS_URL, DATABASE_URL: urls[arm] },
        args: [subject, arm === 'same' ? 'same-sql' : 'single-insert'],
      });
      const port = await freePort();
      const front = startProcess(`${arm} front`, 'bench/baselines/s1-http-front.mjs', {
        env: { NATS_URL },
        args: [String(port), subject],
      });
      started.push(responder, front);
      await Promise.all([waitForLine(responder, /^ready$/m), waitForLine(front, /listening (\d+)/)]);
      baselines[arm] = { port, rss: () => sumRss(front, responder) };
    }

    const token = staffToken();
    const arms = [];
    const arm = (key, label, port, url, rss, load, withToken) => {
      const a = registrationArm({
        label,
        // Unique per arm: a run's rows are found by this key and the run's number.
        key: `${key}${arms.length}`,
        url: `http://127.0.0.1:${port}/api/v1/complaints`,
        databaseUrl: url,
        token: withToken ? token : undefined,
        connections: load.connections,
        communities: load.communities,
        rss,
      });
      arms.push({ arm: a, databaseUrl: url, connections: load.connections });
      return a;
    };
    const candidateRss = () => sumRss(stack.gateway, stack.complaints);
    // Quick mode proves both baselines and both spreads work: two comparisons instead of eight.
    const loads = mode === 'quick' ? [LOADS[1], LOADS[0]] : LOADS;
    const comparisons = [];
    for (const load of loads) {
      const what = `${load.connections} connections, ${load.spread}`;
      const pairs = [];
      if (mode === 'full' || load === loads[0])
        pairs.push(['same', 'same SQL', { minRatio: 0.6, maxP99Factor: 2 }]);
      if (mode === 'full' || load === loads[1]) pairs.push(['single', 'one insert', {}]);
      for (const [key, baselineLabel, target] of pairs) {
        const result = await compare({
          name: `S1 ${what} vs ${baselineLabel}`,
          candidate: arm(
            'c',
            'gateway→complaints',
            stack.gatewayPort,
            urls.candidate,
            candidateRss,
            load,
            true,
          ),
          baseline: arm(
            key,
            `Fastify→NATS.js→pg (${baselineLabel})`,
            baselines[key].port,
            urls[key],
            baselines[key].rss,
            load,
            false,
          ),
          mode,
          log,
        });
        const comparison = { ...result, load: `POST /api/v1/complaints, ${what}`, target };
        // The two arms just made: the account at the end reports on this comparison's sides.
        arms.at(-2).side = comparison.candidate;
        arms.at(-1).side = comparison.baseline;
        comparisons.push(comparison);
      }
    }
    // The account at the end (commits of requests cut off in flight have landed by now), per arm: a
    // problem fails the comparison side it concerns, keeping the measurements in the results.
    for (const [key, url] of Object.entries(urls)) {
      const mine = arms.filter((a) => a.databaseUrl === url);
      const [{ rows, numbers }] = await query(
        url,
        'select count(*)::int as rows, count(distinct (company_id, number))::int as numbers from complaint',
      );
      const answered = mine.reduce((s, a) => s + a.arm.totals.answered, 0);
      log(`  ${key} database: ${rows} rows, ${answered} answered 201, ${numbers} distinct numbers`);
      if (numbers !== rows) {
        log(`  FAILED ${key} database: ${rows - numbers} numbers given twice`);
        for (const a of mine) a.side.failures += 1;
      }
      for (const a of mine) {
        const { problems, findings } = await accountFor(url, [a.arm]);
        for (const finding of findings) log(`  ${key} database: ${finding}`);
        for (const problem of problems) log(`  FAILED ${key} database: ${problem}`);
        if (findings.length) a.side.databaseFindings = findings;
        if (problems.length) {
          a.side.failures += problems.length;
          a.side.databaseProblems = problems;
        }
      }
    }
    return comparisons;
  } finally {
    await Promise.all(started.map((p) => p.stop()));
    await Promise.all(Object.values(names).map(dropDatabase));
    await deleteBusResources(prefix).catch(() => undefined);
  }
}

function sumRss(...procs) {
  const values = procs.map((p) => p.peakRssMiB());
  return values.every((v) => v != null) ? Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10 : null;
}
