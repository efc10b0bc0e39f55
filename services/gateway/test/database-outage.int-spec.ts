import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ComplaintsBus } from '@pcs/contracts';
import type { RunningProcess } from '@pcs/platform';
import {
  announceCommunities,
  answerAsPostgresStartingUp,
  budgetMs,
  byScale,
  complaintRegistration,
  createBusPrefix,
  createTestDatabase,
  deleteBusResources,
  eventually,
  httpCall,
  queryDatabase,
  startTestEdge,
  startTestService,
  TcpProxy,
  TestBus,
  type HttpResult,
  type TestDatabase,
  type TestService,
} from '@pcs/testing';
import { configureGateway, gateway } from '../src/gateway.js';
import { SECRET, staffToken } from './gateway-harness.js';
import { serviceSpec } from './hostile/real-stack.js';

const WORKERS = 4;
/** Answers each worker must get in a phase before the next phase starts: the faults last by work. */
const ANSWERS_PER_PHASE = byScale(5, 25);
/** Registrations each worker completes after the database is back. */
const AFTER_RECOVERY = byScale(5, 25);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Phase = 'up' | 'shutting-down' | 'starting-up' | 'recovered';

interface Answer {
  phase: Phase;
  key: string;
  status: number;
  code?: string;
  retryAfter: string | null;
}

/**
 * The database a service uses goes through a restart's phases while staff keep registering
 * complaints through the gateway: its connections are terminated as a shutdown does (57P01), then
 * connections are refused, then refused as by a server starting up (57P03), then it is back. The
 * machine's PostgreSQL is shared, so the service reaches it through a proxy that plays those phases.
 */
describe('the database restarts while complaints are registered through the gateway', () => {
  const prefix = createBusPrefix();
  let database: TestDatabase;
  let proxy: TcpProxy;
  let complaints: TestService;
  let api: RunningProcess;
  let bus: TestBus;

  beforeAll(async () => {
    database = await createTestDatabase();
    proxy = await TcpProxy.start({ host: '127.0.0.1', port: Number(new URL(database.url).port || 5432) });
    complaints = await startTestService(await serviceSpec('complaints', 'complaintsService'), {
      prefix,
      database,
      env: { DATABASE_URL: proxy.urlFor(database.url) },
    });
    // A slow machine must not turn a slow answer into a 504: this test is about 503s.
    api = await startTestEdge(
      gateway,
      { prefix, env: { AUTH_JWT_SECRET: SECRET, RPC_TIMEOUT_MS: '30000' } },
      configureGateway,
    );
    bus = await TestBus.connect(prefix);
    await announceCommunities(bus, database, ['GZ01']);
  });

  afterAll(async () => {
    await bus?.close();
    await api?.close();
    await complaints?.close();
    await proxy?.close();
    await database?.drop();
    await deleteBusResources(prefix);
  });

  it(
    'answers only 201 or 503 with Retry-After, and every registration retried with its key succeeds once',
    async () => {
      const token = await staffToken();
      const answers: Answer[] = [];
      const keys: string[] = [];
      const firstCreated = new Map<string, string>();
      let phase: Phase = 'up';

      const register = async (key: string, description: string): Promise<HttpResult> =>
        httpCall(api.url, 'POST', '/api/v1/complaints', {
          token,
          headers: { 'idempotency-key': key },
          body: complaintRegistration({ description }),
        });

      /** Registers complaints one after another, each retried with its own key until it is created. */
      const worker = async (w: number): Promise<void> => {
        let afterRecovery = 0;
        for (let i = 0; afterRecovery < AFTER_RECOVERY; i++) {
          const key = `outage-${w}-${i}`;
          keys.push(key);
          for (;;) {
            const sentIn = phase;
            const res = await register(key, `数据库重启期间登记的投诉 ${w}-${i}`);
            answers.push({
              phase: sentIn,
              key,
              status: res.status,
              code: res.json?.code,
              retryAfter: res.headers.get('retry-after'),
            });
            if (res.status === 201) {
              firstCreated.set(key, res.json.id);
              break;
            }
            if (res.status !== 503) return; // reported by the assertions below
            await sleep(20); // a client honouring Retry-After would wait longer; the test need not
          }
          if (phase === 'recovered') afterRecovery++;
        }
      };

      /** Waits until requests sent in phase `p` got their share of answers, whatever they are. */
      const answersInPhase = (p: Phase) => answers.filter((a) => a.phase === p).length;
      const untilAnswered = (p: Phase) =>
        eventually(
          () => expect(answersInPhase(p)).toBeGreaterThanOrEqual(WORKERS * ANSWERS_PER_PHASE),
          budgetMs(WORKERS * ANSWERS_PER_PHASE, 2_000),
          20,
        );

      const load = Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
      await untilAnswered('up');

      // A fast shutdown: every session is terminated (57P01), then nobody can connect.
      phase = 'shutting-down';
      await queryDatabase(
        database.url,
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [database.name],
      );
      proxy.disconnect();
      await untilAnswered('shutting-down');

      // Starting up: the server answers, but refuses every connection (57P03).
      phase = 'starting-up';
      proxy.impersonate(answerAsPostgresStartingUp);
      await untilAnswered('starting-up');

      phase = 'recovered';
      proxy.restore();
      await load;

      const unexpected = answers.filter((a) => a.status !== 201 && a.status !== 503);
      expect(unexpected).toEqual([]);
      const unavailable = answers.filter((a) => a.status === 503);
      expect(
        unavailable.every((a) => a.code === 'SERVICE_UNAVAILABLE' && /^[1-9]\d*$/.test(a.retryAfter ?? '')),
      ).toBe(true);
      // The faults were met, not slept through: both outage phases answered 503, the start-up one
      // with the longer wait the service asks for while its database starts.
      expect(unavailable.filter((a) => a.phase === 'shutting-down').length).toBeGreaterThan(0);
      expect(unavailable.some((a) => a.phase === 'starting-up' && a.retryAfter === '2')).toBe(true);

      // Every key created exactly one complaint, and nothing else was created.
      expect(firstCreated.size).toBe(keys.length);
      const counted = await queryDatabase<{ n: number; ids: number }>(
        database.url,
        `select count(*)::int as n, count(distinct id)::int as ids from complaint`,
      );
      expect(counted).toEqual([{ n: keys.length, ids: keys.length }]);
      expect(new Set(firstCreated.values()).size).toBe(keys.length);
      // A retry of one that was answered 503 replays the complaint it finally created.
      const retried = unavailable[0]!.key;
      const replay = await register(retried, '不同的描述不应被接受');
      expect(replay.status).toBe(409);
      const [w, i] = retried.split('-').slice(1);
      const same = await register(retried, `数据库重启期间登记的投诉 ${w}-${i}`);
      expect({ status: same.status, id: same.json.id }).toEqual({
        status: 201,
        id: firstCreated.get(retried),
      });

      // And the system recovered on its own: every complaint's event is published, once.
      await eventually(
        async () => expect(await bus.events(ComplaintsBus.stream)).toHaveLength(keys.length),
        budgetMs(keys.length, 200),
        250,
      );
    },
    budgetMs(WORKERS * (3 * ANSWERS_PER_PHASE + AFTER_RECOVERY), 2_000, 120_000),
  );
});
