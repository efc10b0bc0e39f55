/*
 * S8 the desk's reads on a large register: the complaint queue (one status of a community, newest
 * first), the overdue list and the queue's counts per status, through the built gateway and complaints
 * service, against the same SQL issued directly over node-pg (the statements captured from the
 * service with log_statement = all, written below). Two register sizes, 1 M and 10 M complaints (quick
 * mode: 5,000 and 10,000), each loaded by SQL into a database the service migrated (s8/seed.mjs).
 *
 * Targets: each route's p99 <= 3x the direct SQL's p99, and its p99 at 10 M <= 1.5x its p99 at 1 M.
 * Correctness: every request answered 200 (any other status counts as a failure), each route's first
 * answer checked by hand to be a page with entries, the counts route's open total equal to what was
 * loaded, and every direct request's main statement answering rows.
 */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { compare, httpLoad, root } from '../harness.mjs';
import { seedComplaints } from '../s8/seed.mjs';
import { sqlArm } from '../s8/sql-arm.mjs';
import {
  communityCodes,
  createDatabase,
  deleteBusResources,
  dropDatabase,
  migrate,
  query,
  seedReferenceData,
  staffToken,
  startComplaintsBehindGateway,
} from '../s1/stack.mjs';

export const id = 'S8';
export const title =
  'Complaint queue, overdue list and counts per status at 1 M and 10 M complaints: gateway → complaints vs the same SQL directly';
export const targets = "p99 <= 3x the same SQL's p99; p99 at 10 M <= 1.5x p99 at 1 M";

const COMMUNITIES = 50;
const COMMUNITY = 'BN07';
// The queue of a property company is a steady backlog; the history is what grows (decision 0138).
const OPEN = 5_000;
const CONNECTIONS = 8;
const SIZES = { full: [1_000_000, 10_000_000], quick: [5_000, 10_000] };
const label = (n) => (n >= 1_000_000 ? `${n / 1_000_000} M` : `${n / 1_000} k`);

const listSql = (where) =>
  `select "c0".* from "complaint" as "c0" where "c0"."company_id" = 'HRX' and "c0"."community_id" = $1 and ${where} order by "c0"."id" desc limit 21`;

/** An instant as the service reads a clock's: epoch milliseconds (complaint.view.ts). */
const epochMs = (column) => `floor(extract(epoch from ${column}) * 1000)::float8 as ${column}`;
const CLOCK_COLUMNS = ['opened_at', 'due_at', 'warn_at', 'paused_since', 'met_at', 'cancelled_at'];

/**
 * What the service runs for a page: the page, then its entries' clocks and merged duplicates, the
 * last two as the service sends them (plain SQL with the ids inlined, as MikroORM's `execute` does).
 */
async function pageOf(client, sql, params) {
  const { rows } = await client.query(sql, params);
  const ids = rows.slice(0, 20).map((r) => `'${r.id}'`);
  if (ids.length === 0) return 0;
  await Promise.all([
    client.query(
      `select id, complaint_id, kind, level, ${CLOCK_COLUMNS.map(epochMs).join(', ')} from complaint_deadline where complaint_id in (${ids.join(', ')}) order by opened_at asc, id asc`,
    ),
    client.query(
      `select id, merged_into_id from complaint where merged_into_id in (${ids.join(', ')}) order by id asc`,
    ),
  ]);
  return rows.length;
}

export const ROUTES = [
  {
    name: 'queue',
    path: `/api/v1/complaints?communityId=${COMMUNITY}&status=assigned&limit=20`,
    work: (client) => pageOf(client, listSql(`"c0"."status" = $2`), [COMMUNITY, 'assigned']),
  },
  {
    name: 'overdue list',
    path: `/api/v1/complaints?communityId=${COMMUNITY}&overdue=true&limit=20`,
    work: (client) => pageOf(client, listSql(`"c0"."overdue_since" is not null`), [COMMUNITY]),
  },
  {
    name: 'counts per status',
    path: `/api/v1/complaints/counts?communityId=${COMMUNITY}`,
    async work(client) {
      await client.query(
        `select "c0".* from "community_replica" as "c0" where "c0"."company_id" = 'HRX' and "c0"."community_id" = $1 limit 1`,
        [COMMUNITY],
      );
      const { rows } = await client.query(
        `select status, count(*)::int as n,
                (count(*) filter (where overdue_since is not null))::int as overdue,
                (count(*) filter (where escalation_level > 0))::int as escalated,
                (count(*) filter (where major))::int as major
           from complaint
          where company_id = 'HRX' and status not in ('closed', 'explained', 'answered', 'merged') and community_id = $1
          group by status`,
        [COMMUNITY],
      );
      return rows.length;
    },
  },
];

export function build(log) {
  log('  building (tsc -b tsconfig.build.json) so the services run as deployed…');
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('build failed');
}

function httpArm(url, token, rss) {
  return {
    label: 'gateway→complaints',
    peakRssMiB: rss,
    run: (durationMs) =>
      httpLoad({ url, connections: CONNECTIONS, durationMs, headers: { authorization: `Bearer ${token}` } }),
  };
}

export async function run({ mode, log, runId }) {
  build(log);
  const prefix = `bench-${runId}`;
  const name = `pcs_bench_${runId.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_s8`;
  const comparisons = [];
  const p99At = {};
  try {
    for (const total of SIZES[mode]) {
      const open = Math.min(OPEN, total / 10);
      log(`  loading ${total} complaints (${open} open) in ${COMMUNITIES} communities…`);
      await dropDatabase(name);
      const url = await createDatabase(name);
      migrate('complaints', url);
      await seedReferenceData(url, communityCodes(COMMUNITIES));
      const started = Date.now();
      const loaded = await seedComplaints(url, { total, open, communities: COMMUNITIES });
      log(`  loaded in ${((Date.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(loaded)}`);
      if (loaded.total !== total || loaded.open !== open) throw new Error(`loaded ${JSON.stringify(loaded)}`);

      const stack = await startComplaintsBehindGateway({ prefix: `${prefix}-${total}`, databaseUrl: url });
      try {
        const token = staffToken();
        const base = `http://127.0.0.1:${stack.gatewayPort}`;
        const counts = await (
          await fetch(`${base}/api/v1/complaints/counts`, { headers: { authorization: `Bearer ${token}` } })
        ).json();
        if (counts.open !== open) throw new Error(`counts say ${counts.open} open, ${open} were loaded`);
        const rss = () => {
          const values = [stack.gateway.peakRssMiB(), stack.complaints.peakRssMiB()];
          return values.every((v) => v != null) ? Math.round((values[0] + values[1]) * 10) / 10 : null;
        };
        for (const route of ROUTES) {
          const first = await fetch(`${base}${route.path}`, {
            headers: { authorization: `Bearer ${token}` },
          });
          const body = await first.json();
          if (first.status !== 200 || (body.items && body.items.length === 0))
            throw new Error(`${route.path} answered ${first.status} ${JSON.stringify(body).slice(0, 300)}`);
          const direct = sqlArm({
            label: 'the same SQL directly',
            url,
            connections: CONNECTIONS,
            work: route.work,
          });
          try {
            const result = await compare({
              name: `S8 ${route.name}, ${label(total)}`,
              candidate: httpArm(`${base}${route.path}`, token, rss),
              baseline: direct,
              mode,
              log,
            });
            const before = p99At[route.name];
            p99At[route.name] = result.candidate.p99Ms;
            comparisons.push({
              ...result,
              load: `GET ${route.path.replace(/\?.*/, '')}, ${CONNECTIONS} connections, ${label(total)} complaints`,
              target: {
                maxP99Factor: 3,
                ...(before != null
                  ? { maxP99Of: { ms: before, factor: 1.5, what: 'the smaller register' } }
                  : {}),
              },
            });
          } finally {
            await direct.close();
          }
        }
      } finally {
        await Promise.all([stack.gateway.stop(), stack.complaints.stop()]);
        await deleteBusResources(`${prefix}-${total}`).catch(() => undefined);
      }
    }
    return comparisons;
  } finally {
    await dropDatabase(name);
  }
}
