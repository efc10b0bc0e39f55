#!/usr/bin/env node
/*
 * Captures the SQL one complaint registration issues, for the same-SQL baseline of S1
 * (baselines/s1-same-sql-responder.mjs writes these statements down). A scratch database with
 * `log_statement = 'all'`, the built complaints service and gateway, a few registrations through the
 * gateway, then the server log's statements from that database's connections are printed, one
 * registration apart. Needs to read the PostgreSQL server log (PG_LOG, default the Debian path).
 *   node bench/src/s1/capture-sql.mjs
 */
import { readFileSync, statSync } from 'node:fs';
import { registration } from './registration.mjs';
import { withComplaintsStack } from './scratch-stack.mjs';
import { communityCodes, query, staffToken } from './stack.mjs';

const LOG = process.env.PG_LOG ?? '/var/log/postgresql/postgresql-15-main.log';
await withComplaintsStack(
  {
    label: 'sql',
    communities: communityCodes(2),
    prepare: (url, name) => query(url, `alter database "${name}" set log_statement = 'all'`),
  },
  async ({ gatewayPort, url, name }) => {
    const token = staffToken();
    const send = async (i) => {
      const res = await fetch(`http://127.0.0.1:${gatewayPort}/api/v1/complaints`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(registration('BN01', `capture-${i}`)),
      });
      const text = await res.text();
      if (res.status !== 201) throw new Error(`registration answered ${res.status} ${text}`);
      return text;
    };
    await send(0); // the first one warms caches: not what a steady registration issues
    const offset = statSync(LOG).size;
    for (let i = 1; i <= 3; i++) {
      const answer = await send(i);
      if (i === 1) console.log(`answer: ${answer}\n`);
    }
    const pids = new Set(
      (await query(url, 'select pid from pg_stat_activity where datname = $1', [name])).map((r) =>
        String(r.pid),
      ),
    );
    const text = readFileSync(LOG, 'utf8').slice(offset);
    // A statement's continuation lines carry no timestamp prefix; keep them with their statement.
    let keep = false;
    for (const line of text.split('\n')) {
      const head = /^\S+ \S+ \S+ \[(\d+)\] /.exec(line);
      if (head) keep = pids.has(head[1]) && !line.includes('pg_stat_activity');
      if (keep) console.log(line.replace(/^\S+ \S+ \S+ /, ''));
    }
  },
);
