import { parseArgs } from 'node:util';
import { signStaffToken } from '@pcs/platform/staff-token';
import { DEVELOPMENT_JWT_SECRET } from '../config/development-secret.js';

/*
 * `npm run ops -- <service> <action> …`: what an operator does about events that did not flow, through
 * the gateway's admin routes (so every action is authorised, audited and archived like any other).
 * In a pod: `kubectl exec deploy/gateway -- node dist/cli/ops.js …` with PCS_TOKEN set to an admin's
 * token. Outside production, without a token, it signs a development admin token itself.
 */
const USAGE = `Usage: npm run ops -- <service> <action> [options]
  <service>                 complaints | maintenance | billing | residents
Actions:
  dead-letters              list dead letters (--status open|replayed|discarded, --consumer NAME)
  replay <id> --reason …    apply a dead letter's event now, once at most
  discard <id> --reason …   give up on a dead letter for good
  outbox                    list outbox events (--status parked|pending|skipped|sent; parked by default)
  retry <id> --reason …     publish a parked event again
  skip <id> --reason …      never publish a parked event; its aggregate's later events flow
Options:
  --url URL                 the gateway (PCS_GATEWAY_URL; default http://127.0.0.1:$PORT or :3000)
  --token JWT               an admin's bearer token (PCS_TOKEN; development: made here if absent)
  --company ID              the company of the development token (default HRX)
  --limit N, --cursor C     paging of lists
  --json                    print the API's JSON answer as it is`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    status: { type: 'string' },
    consumer: { type: 'string' },
    reason: { type: 'string' },
    url: { type: 'string' },
    token: { type: 'string' },
    company: { type: 'string', default: 'HRX' },
    limit: { type: 'string' },
    cursor: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

const [service, action, id] = positionals;
const ACTIONS: Record<string, { method: 'GET' | 'POST'; path: (id?: string) => string; needsId?: boolean }> =
  {
    'dead-letters': { method: 'GET', path: () => 'dead-letters' },
    replay: { method: 'POST', path: (i) => `dead-letters/${i}/replay`, needsId: true },
    discard: { method: 'POST', path: (i) => `dead-letters/${i}/discard`, needsId: true },
    outbox: { method: 'GET', path: () => 'outbox-events' },
    retry: { method: 'POST', path: (i) => `outbox-events/${i}/retry`, needsId: true },
    skip: { method: 'POST', path: (i) => `outbox-events/${i}/skip`, needsId: true },
  };
const spec = action ? ACTIONS[action] : undefined;
if (values.help || !service || !spec || (spec.needsId && (!id || !values.reason))) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}

const base =
  values.url ?? process.env['PCS_GATEWAY_URL'] ?? `http://127.0.0.1:${process.env['PORT'] ?? 3000}`;
const url = new URL(`/api/v1/ops/${encodeURIComponent(service)}/${spec.path(id)}`, base);
for (const key of ['status', 'consumer', 'limit', 'cursor'] as const) {
  if (spec.method === 'GET' && values[key] !== undefined) url.searchParams.set(key, values[key]);
}

const response = await fetch(url, {
  method: spec.method,
  headers: {
    authorization: `Bearer ${await token()}`,
    ...(spec.method === 'POST' ? { 'content-type': 'application/json' } : {}),
  },
  ...(spec.method === 'POST' ? { body: JSON.stringify({ reason: values.reason }) } : {}),
}).catch((error: unknown) => {
  process.stderr.write(`cannot reach the gateway at ${base}: ${(error as Error).message}\n`);
  process.exit(1);
});
const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
if (!response.ok) {
  process.stderr.write(
    `${response.status} ${String(answer['code'] ?? '')}: ${String(answer['detail'] ?? answer['title'] ?? '')}\n`,
  );
  process.exit(1);
}
process.stdout.write(values.json ? `${JSON.stringify(answer, null, 2)}\n` : `${describe(answer)}\n`);

async function token(): Promise<string> {
  const given = values.token ?? process.env['PCS_TOKEN'];
  if (given) return given;
  if (process.env['NODE_ENV'] === 'production') {
    process.stderr.write('an admin token is needed: --token or PCS_TOKEN\n');
    process.exit(2);
  }
  return signStaffToken(
    { sub: 'ops-cli', name: '运维', company: values.company, roles: ['admin'], communities: ['*'] },
    process.env['AUTH_JWT_SECRET'] ?? DEVELOPMENT_JWT_SECRET,
    { ttlSeconds: 300 },
  );
}

/** One line per record: the columns an operator reads first. */
function describe(answer: Record<string, unknown>): string {
  const items = Array.isArray(answer['items']) ? (answer['items'] as Record<string, unknown>[]) : [answer];
  const lines = items.map((r) =>
    [
      r['id'],
      r['statusLabel'],
      r['consumer'] ?? r['subject'],
      r['eventType'] ?? r['type'],
      r['error'] ?? r['lastError'] ?? '',
    ]
      .map((v) => String(v ?? ''))
      .join('  '),
  );
  if (Array.isArray(answer['items'])) {
    lines.push(
      items.length === 0
        ? '（无）'
        : `${items.length} 条${answer['nextCursor'] ? `，更多：--cursor ${String(answer['nextCursor'])}` : ''}`,
    );
  }
  return lines.join('\n');
}
