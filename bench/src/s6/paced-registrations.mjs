/*
 * S6's interactive load: S1's registrations (`POST /api/v1/complaints`, each tagged) at a fixed rate
 * (autocannon's `overallRate`), for a given time or until something else finishes (the billing run).
 * Shaped like S1's `registrationArm` (answered and refused per run, `connections`), so S1's
 * `accountFor` audits its database the same way.
 */
import autocannon from 'autocannon';
import { query } from '../s1/stack.mjs';
import { registration, TAG_PREFIX } from '../s1/registration.mjs';

export function pacedRegistrations({ key, url, databaseUrl, token, connections, communities, rate }) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`load stays on loopback, not ${url}`);
  let runs = 0;
  const answeredByPrefix = new Map();
  return {
    connections,
    answeredByPrefix,
    /** One paced run: for `durationMs`, or (with `until`) from now until that promise settles. */
    async run({ durationMs, until }) {
      const prefix = `${key}-${++runs}-`;
      const receivedAt = new Date(Date.now() - 60_000).toISOString();
      const answered = new Map();
      const refused = new Map();
      let seq = 0;
      const started = Date.now();
      const result = await new Promise((resolve, reject) => {
        const instance = autocannon(
          {
            url,
            connections,
            pipelining: 1,
            overallRate: rate,
            // With `until`, a bound far beyond any billing run; the run's end stops it.
            duration: until ? 3_600 : durationMs / 1000,
            requests: [
              {
                method: 'POST',
                headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
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
                  answered.set(context.tag, /"number":"([^"]+)"/.exec(body)?.[1]);
                },
              },
            ],
          },
          (error, res) => (error ? reject(error) : resolve(res)),
        );
        until?.finally(() => instance.stop());
      });
      const ms = Date.now() - started;
      const rows = await query(
        databaseUrl,
        `select substring(description from '${TAG_PREFIX}(\\S+)') as tag from complaint where description like $1`,
        [`%${TAG_PREFIX}${prefix}%`],
      );
      const stored = new Set(rows.map((r) => r.tag));
      const lost = [...answered.keys()].filter((tag) => !stored.has(tag)).length;
      const numbers = [...answered.values()];
      answeredByPrefix.set(prefix.slice(0, -1), { answered: answered.size, refused });
      return {
        ms,
        requests: result.requests.total,
        throughput: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        failures: {
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          lost,
          duplicateNumbers: numbers.length - new Set(numbers).size,
          missingNumbers: numbers.filter((n) => !n).length,
        },
      };
    },
  };
}
