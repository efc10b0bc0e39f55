/*
 * S1's load: autocannon POSTing registrations, each with a tag of its own in its description, so that
 * a run can tell which registrations were answered 201 and find exactly those rows in the database.
 */
import autocannon from 'autocannon';
import { query } from './stack.mjs';
import { registration, TAG_PREFIX } from './registration.mjs';

/**
 * One arm of S1: `run(durationMs)` sends registrations to `url` over `connections`, spread round-robin
 * over `communities`, then checks its database: every 201 answer's row is there (`lost` otherwise)
 * and every answer carried a number no other answer carried (`duplicateNumbers`).
 */
export function registrationArm({ label, key, url, databaseUrl, token, connections, communities, rss }) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`load stays on loopback, not ${url}`);
  let runs = 0;
  const totals = { answered: 0, sent: 0, runs: 0 };
  /** Per run (tag prefix): how many were answered 201, for the account at the end (accountFor). */
  const answeredByPrefix = new Map();
  return {
    label,
    totals,
    answeredByPrefix,
    connections,
    peakRssMiB: rss,
    async run(durationMs) {
      const prefix = `${key}-${++runs}-`;
      totals.runs = runs;
      const receivedAt = new Date(Date.now() - 60_000).toISOString();
      const answered = new Map();
      const refused = new Map();
      let seq = 0;
      const result = await autocannon({
        url,
        connections,
        pipelining: 1,
        duration: durationMs / 1000,
        requests: [
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            // One request in flight per connection: its context knows the tag of the one answered.
            setupRequest(request, context) {
              const n = seq++;
              context.tag = `${prefix}${n}`;
              const body = registration(communities[n % communities.length], context.tag, receivedAt);
              return { ...request, body: JSON.stringify(body) };
            },
            onResponse(status, body, context) {
              if (status !== 201) {
                refused.set(context.tag, status);
                return;
              }
              const tag = new RegExp(`${TAG_PREFIX}(${prefix}\\d+)`).exec(body)?.[1];
              const number = /"number":"([^"]+)"/.exec(body)?.[1];
              answered.set(tag ?? `unrecognised-${answered.size}`, number);
            },
          },
        ],
      });
      const rows = await query(
        databaseUrl,
        `select substring(description from '${TAG_PREFIX}(\\S+)') as tag from complaint where description like $1`,
        [`%${TAG_PREFIX}${prefix}%`],
      );
      const stored = new Set(rows.map((r) => r.tag));
      const lost = [...answered.keys()].filter((tag) => !stored.has(tag)).length;
      const numbers = [...answered.values()];
      const duplicateNumbers = numbers.length - new Set(numbers).size;
      const missingNumbers = numbers.filter((n) => !n).length;
      answeredByPrefix.set(prefix.slice(0, -1), { answered: answered.size, refused });
      totals.answered += answered.size;
      totals.sent += seq;
      return {
        requests: result.requests.total,
        throughput: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        answered: answered.size,
        stored: stored.size,
        failures: {
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          lost,
          duplicateNumbers,
          missingNumbers,
        },
      };
    },
  };
}

/**
 * The account of a database after all runs, per run: no registration stored twice (one tag, two
 * rows), and no more rows beyond the 201s and the error answers that committed anyway than the
 * requests a timed run cut off in flight (at most one per connection: their commits raced the stop).
 * Returns what is wrong (`problems`, empty when all is well) and what is worth knowing (`findings`).
 */
export async function accountFor(databaseUrl, arms) {
  const tagOf = `substring(description from '${TAG_PREFIX}(\\S+)')`;
  const rows = await query(
    databaseUrl,
    `select regexp_replace(t.tag, '-[0-9]+$', '') as prefix, count(*)::int as rows,
            count(distinct t.tag)::int as tags
       from (select ${tagOf} as tag from complaint) t
      where t.tag is not null
      group by 1`,
  );
  const byPrefix = new Map(rows.map((r) => [r.prefix, r]));
  const problems = [];
  const findings = [];
  for (const arm of arms) {
    for (const [prefix, { answered, refused }] of arm.answeredByPrefix) {
      const found = byPrefix.get(prefix) ?? { rows: 0, tags: 0 };
      if (found.rows > found.tags)
        problems.push(`${prefix}: ${found.rows - found.tags} registrations stored twice`);
      if (found.tags < answered)
        problems.push(`${prefix}: ${answered - found.tags} answered registrations have no row`);
      // A request answered with an error (a 504 when the reply came after the gateway's timeout) may
      // still have committed: not a loss, but its caller was told it failed. Counted (the error
      // answers already fail the run), and kept out of the in-flight allowance.
      let refusedStored = 0;
      if (refused.size) {
        const [{ n }] = await query(
          databaseUrl,
          `select count(*)::int as n from complaint where ${tagOf} = any($1)`,
          [[...refused.keys()]],
        );
        refusedStored = n;
        const statuses = [...new Set(refused.values())].join(', ');
        findings.push(
          `${prefix}: ${refused.size} answered ${statuses}, of which ${n} were committed all the same`,
        );
      }
      const unexplained = found.tags - answered - refusedStored;
      if (unexplained > arm.connections) {
        problems.push(
          `${prefix}: ${unexplained} rows nobody was answered for, more than the ${arm.connections} connections could have had in flight`,
        );
      }
    }
  }
  return { problems, findings };
}
