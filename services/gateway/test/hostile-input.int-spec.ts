import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  budgetMs,
  byScale,
  changedTables,
  createBusPrefix,
  DatabaseFingerprints,
  startTestEdge,
  TestBus,
  type Fingerprint,
} from '@pcs/testing';
import { configureGateway, gateway } from '../src/gateway.js';
import { SECRET } from './gateway-harness.js';
import {
  edgeCases,
  operationName,
  refusedCases,
  type HostileCase,
  type OperationBase,
} from './hostile/hostile-cases.js';
import { describeFailure, verdictOf } from './hostile/hostile-verdict.js';
import { contractAccepts, knownBodies, operationBases } from './hostile/operation-bases.js';
import { operationsOf, SchemaResolver, type Operation } from './hostile/openapi-operations.js';
import { rawHttp, type RawResponse } from './hostile/raw-http.js';
import { startRealStack, type RealStack } from './hostile/real-stack.js';
import type { SampleContext } from './hostile/schema-samples.js';
import { callerWith, seedRecords } from './hostile/seed-records.js';

/*
 * Hostile input never gets a 5xx, on every route, present and future: the requests are generated
 * from the gateway's own OpenAPI document, so a route added later is covered without anyone
 * remembering. They go through the gateway to the real residents and complaints services.
 *
 * Phase one sends what must be refused (bad paths, queries, cursors, headers, media types, bodies,
 * every field of every body spoilt in every way) and proves that no database changed. Phase two
 * sends well-formed bodies with extreme content, which may be accepted; a refusal there must also
 * change nothing. Deterministic: PCS_FUZZ_SEED picks another seed; `npm test -- --full` sends all.
 */

const SEED = Number(process.env['PCS_FUZZ_SEED'] ?? 20_261_122);
/** Generous: what a loaded 2-core machine needs for a request and its share of fingerprinting. */
const PER_REQUEST_MS = 250;

/** The document, built by the gateway's own code: booted alone for a moment before the tests are declared. */
async function gatewayDocument(): Promise<any> {
  const api = await startTestEdge(
    gateway,
    { prefix: createBusPrefix(), env: { AUTH_JWT_SECRET: SECRET } },
    configureGateway,
  );
  try {
    return (await rawHttp(api.url, { method: 'GET', path: '/api/docs-json', headers: {} })).json;
  } finally {
    await api.close();
  }
}

const document = await gatewayDocument();
const operations = operationsOf(document).filter((op) => op.roles.length > 0);
const resolver = new SchemaResolver(document);

/** Quick: a deterministic share of the refusals and a few edge values per operation; full: all. */
const REFUSED_SHARE = byScale(0.35, 1);
const EDGE_PER_OPERATION = byScale(12, Infinity);
const RANDOM_PER_OPERATION = byScale(3, 25);

/** Every n-th case, n chosen so that about `share` of them are kept, starting at a seeded offset. */
function share<T>(items: T[], fraction: number): T[] {
  if (fraction >= 1) return items;
  const step = Math.max(1, Math.round(1 / fraction));
  return items.filter((_item, i) => (i + SEED) % step === 0);
}

function pick<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  const step = items.length / count;
  return Array.from({ length: count }, (_v, i) => items[Math.floor(i * step + (SEED % step))]!);
}

/** The cases of each phase with placeholder ids, to size the time limit of each test up front. */
const planContext: SampleContext = {
  records: {},
  knownBodies: knownBodies(),
  resolver,
  seed: SEED,
};
const planBase = (op: Operation): OperationBase => ({
  op,
  pathValues: Object.fromEntries(op.path.map((p) => [p.name, 'placeholder'])),
  query: {},
  ...(op.body ? { body: {}, bodySchema: op.body } : {}),
});
const plannedRefused = (op: Operation) =>
  share(refusedCases(planBase(op), planContext), REFUSED_SHARE).length + 20;
const plannedEdge = (op: Operation) =>
  Math.min(
    edgeCases(planBase(op), planContext, RANDOM_PER_OPERATION).length + 20,
    EDGE_PER_OPERATION + RANDOM_PER_OPERATION,
  );

describe('hostile input, on every operation of the OpenAPI document', () => {
  let stack: RealStack;
  let fingerprints: DatabaseFingerprints;
  let bus: TestBus;
  let bases: Map<Operation, OperationBase>;
  let ctx: SampleContext;
  /** The databases as the last test left them. */
  let current: Fingerprint;
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (op: Operation) => {
    const role = op.roles[0]!;
    if (!tokens.has(role)) tokens.set(role, callerWith(role));
    return tokens.get(role)!;
  };
  const tally = { sent: 0, byStatus: new Map<number, number>() };

  async function send(c: HostileCase, n: number): Promise<RawResponse> {
    const headers = {
      authorization: `Bearer ${await tokenFor(operations.find((op) => operationName(op) === c.operation)!)}`,
      'x-correlation-id': `hostile-${SEED}-${n}`,
      ...c.request.headers,
    };
    const res = await rawHttp(stack.gateway.url, { ...c.request, headers });
    tally.sent += 1;
    tally.byStatus.set(res.status, (tally.byStatus.get(res.status) ?? 0) + 1);
    return res;
  }

  beforeAll(
    async () => {
      stack = await startRealStack();
      const records = await seedRecords(stack.gateway.url);
      ctx = { records, knownBodies: knownBodies(), resolver, seed: SEED };
      bases = await operationBases(stack.gateway.url, operations, ctx, tokenFor);
      fingerprints = await DatabaseFingerprints.open(
        Object.fromEntries(Object.entries(stack.services).map(([name, s]) => [name, s.database.url])),
      );
      bus = await TestBus.connect(stack.prefix);
      current = await fingerprints.atRest(30_000, () => bus.consumersIdle());
    },
    budgetMs(60, 1_000),
  );

  afterAll(async () => {
    const statuses = [...tally.byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
    process.stdout.write(`hostile input (seed ${SEED}): ${tally.sent} requests; ${statuses.join(' ')}\n`);
    await fingerprints?.close();
    await bus?.close();
    await stack?.close();
  });

  it('documents every schema the document refers to, so that every body can be generated', () => {
    expect(resolver.danglingRefs()).toEqual([]);
    expect(operations.length).toBeGreaterThan(40);
  });

  it('starts from valid bodies: the base of each operation is what its contract accepts', () => {
    const invalid = operations
      .filter((op) => op.bodySchemaName && contractAccepts(op.bodySchemaName, bases.get(op)!.body) === false)
      .map(operationName);
    expect(invalid).toEqual([]);
  });

  describe('phase one: refused with problem details, and nothing changes', () => {
    for (const op of operations) {
      it(
        operationName(op),
        async () => {
          const cases = share(refusedCases(bases.get(op)!, ctx), REFUSED_SHARE);
          const failures: string[] = [];
          let next = 0;
          // A few at a time: nothing may change, so their order does not matter.
          await Promise.all(
            Array.from({ length: 4 }, async () => {
              while (next < cases.length) {
                const n = next++;
                const c = cases[n]!;
                const res = await send(c, n).catch((error: Error) => error);
                if (res instanceof Error) failures.push(describeFailure(c, undefined, res.message));
                else {
                  const why = verdictOf(c, res);
                  if (why) failures.push(describeFailure(c, res, why));
                }
              }
            }),
          );
          const after = await fingerprints.take();
          const changed = changedTables(current, after);
          current = after;
          if (changed.length > 0) failures.push(`✗ the refused requests changed ${changed.join(', ')}`);
          expect({ requests: cases.length, failures }).toEqual({ requests: cases.length, failures: [] });
        },
        budgetMs(plannedRefused(op), PER_REQUEST_MS, 10_000),
      );
    }
  });

  describe('phase two: extreme but well-formed bodies break nothing, and a refusal changes nothing', () => {
    for (const op of operations.filter((o) => o.method !== 'GET' && o.body)) {
      it(
        operationName(op),
        async () => {
          const all = edgeCases(bases.get(op)!, ctx, RANDOM_PER_OPERATION);
          const random = all.filter((c) => c.label.includes(': random '));
          const cases = [
            ...pick(
              all.filter((c) => !random.includes(c)),
              EDGE_PER_OPERATION,
            ),
            ...random,
          ];
          const failures: string[] = [];
          for (const [n, c] of cases.entries()) {
            const res = await send(c, 100_000 + n).catch((error: Error) => error);
            if (res instanceof Error) {
              failures.push(describeFailure(c, undefined, res.message));
              continue;
            }
            const why = verdictOf(c, res);
            if (why) failures.push(describeFailure(c, res, why));
            if (res.status >= 400) {
              const after = await fingerprints.take();
              const changed = changedTables(current, after);
              if (changed.length > 0)
                failures.push(describeFailure(c, res, `refused, yet changed ${changed.join(', ')}`));
              current = after;
            } else {
              // Accepted: its events may still be on their way to consumers.
              current = await fingerprints.atRest(30_000, () => bus.consumersIdle());
            }
          }
          expect({ requests: cases.length, failures }).toEqual({ requests: cases.length, failures: [] });
        },
        budgetMs(plannedEdge(op), PER_REQUEST_MS * 4, 10_000),
      );
    }
  });
});
