#!/usr/bin/env node
/*
 * The SQL each technician step (arrival, work, finish) issues, for reading S7's gap: a scratch
 * database with `log_statement = 'all'`, the built maintenance service and gateway, one order taken
 * through the three steps to warm caches, then a second whose statements are printed, step by step.
 * Reads the PostgreSQL server log (PG_LOG, default the Debian path), as S1's capture does.
 *   node bench/src/s7/capture-sql.mjs
 */
import { readFileSync, statSync } from 'node:fs';
import { freePort } from '../harness.mjs';
import {
  createDatabase,
  deleteBusResources,
  dropDatabase,
  JWT_SECRET,
  query,
  seedReferenceData,
  staffToken,
  startBuilt,
} from '../s1/stack.mjs';
import { client } from '../s5/billing-stack.mjs';
import { COMMUNITY, copyOrders, dispatchedOrder, STEPS, TECHNICIAN } from './work-orders.mjs';

const LOG = process.env.PG_LOG ?? '/var/log/postgresql/postgresql-15-main.log';
const runId = `${process.pid}-${Date.now().toString(36)}`;
const name = `bench_s7_sql_${runId.replace(/-/g, '_')}`;
const prefix = `bench-sql-${runId}`;
const url = await createDatabase(name);
const procs = [];
try {
  await query(url, `alter database "${name}" set log_statement = 'all'`);
  const [maintenancePort, gatewayPort] = [await freePort(), await freePort()];
  procs.push(
    ...(await Promise.all([
      startBuilt('maintenance', {
        prefix,
        port: maintenancePort,
        env: { DATABASE_URL: url, MIGRATE_ON_START: 'true' },
      }),
      startBuilt('gateway', { prefix, port: gatewayPort, env: { AUTH_JWT_SECRET: JWT_SECRET } }),
    ])),
  );
  await seedReferenceData(url, [COMMUNITY]);
  const template = await dispatchedOrder(gatewayPort);
  const db = await client(name);
  const [warm, shown] = await copyOrders(db, template, 2, 'sql', 100_000);
  await db.end();
  const token = staffToken(TECHNICIAN);
  const step = async (id, s) => {
    const res = await fetch(`http://127.0.0.1:${gatewayPort}/api/v1/work-orders/${id}/${s.route}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(s.body()),
    });
    if (res.status !== 200) throw new Error(`${s.route} answered ${res.status} ${await res.text()}`);
  };
  for (const s of STEPS) await step(warm, s);
  for (const s of STEPS) {
    const offset = statSync(LOG).size;
    await step(shown, s);
    await new Promise((r) => setTimeout(r, 300));
    // The offset counts bytes; the log holds Chinese text, so slice the bytes, then decode.
    const text = readFileSync(LOG).subarray(offset).toString('utf8');
    console.log(`\n== ${s.route}`);
    let keep = false;
    let n = 0;
    for (const line of text.split('\n')) {
      // A statement's continuation lines carry no prefix; they go with their statement.
      const head = /^\S+ \S+ \S+ \[\d+\] (\S*)/.exec(line);
      if (head) {
        keep = head[1] === `postgres@${name}`;
        if (keep && /LOG: {2}(statement|execute)/.test(line)) n += 1;
      }
      if (keep) console.log(line.replace(/^\S+ \S+ \S+ \[\d+\] \S+ /, '').slice(0, 200));
    }
    console.log(`-- ${n} statements`);
  }
} finally {
  await Promise.all(procs.map((p) => p.stop()));
  await dropDatabase(name);
  await deleteBusResources(prefix).catch(() => undefined);
}
