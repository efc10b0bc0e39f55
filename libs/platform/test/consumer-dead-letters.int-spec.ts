import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { MikroORM } from '@mikro-orm/postgresql';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Metrics, onEvent, ormOptions } from '@pcs/platform';
import { budgetMs, eventually, TcpProxy, testNatsUrl } from '@pcs/testing';
import { envelope } from './support/platform-database.js';
import { usePlatform } from './support/platform-fixture.js';
import { ThingHappened, THINGS_STREAM } from './support/thing-happened.js';

const CHILD = path.join(import.meta.dirname, 'fixtures', 'consumer-child.ts');
const EVENTS = 30;
const MAX_DELIVER = 3;
/** Every sixth event can never be applied: 0, 6, 12, 18, 24. */
const POISON = [...Array(EVENTS).keys()].filter((n) => n % 6 === 0);
const idOf = (n: number): string => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;

describe('dead letters that cannot lose an event', () => {
  const f = usePlatform();
  const cleanup: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const c of cleanup.reverse()) await c();
  });

  it(
    'applies every event once or keeps it as a dead letter, though the consumer is killed during a final delivery and the database is down through the final deliveries',
    async () => {
      const js = jetstream(f.nc);
      const subject = f.names.subject(ThingHappened.subject);
      for (let n = 0; n < EVENTS; n++) {
        await js.publish(subject, JSON.stringify(envelope(idOf(n), n)), { msgID: idOf(n) });
      }

      // 1. A consumer process is SIGKILLed while it handles a poison event's last allowed delivery.
      const child = spawn(process.execPath, [CHILD], {
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          DATABASE_URL: f.database.url,
          NATS_URL: testNatsUrl(),
          BUS_PREFIX: f.prefix,
          POISON: POISON.join(','),
          MAX_DELIVER: String(MAX_DELIVER),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const killedDuring = await new Promise<number>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          const reached = /REACHED (\d+)/.exec(chunk.toString());
          if (reached) {
            child.kill('SIGKILL');
            resolve(Number(reached[1]));
          }
        });
        child.once('exit', (code, signal) => {
          if (signal !== 'SIGKILL') reject(new Error(`consumer child exited (${code}): ${stderr}`));
        });
      });
      expect(POISON).toContain(killedDuring);

      // 2. The next consumer reaches the database through a proxy that is cut: every delivery fails,
      //    final ones included, and no dead letter can be written.
      const proxy = await TcpProxy.start({
        host: '127.0.0.1',
        port: Number(new URL(f.database.url).port || 5432),
      });
      cleanup.push(() => proxy.close());
      proxy.disconnect();
      const orm = await MikroORM.init(
        ormOptions({ clientUrl: proxy.urlFor(f.database.url), entities: [], migrations: [], poolMax: 4 }),
      );
      cleanup.push(() => orm.close());
      const metrics = new Metrics('test');
      const deliveriesSeen = new Map<number, number>();
      const applied = (await f.pool.query<{ n: number }>('select n from effect')).rows.map((r) => r.n);
      // Counted from the database the child wrote to: what it applied before it died.
      const open = [...Array(EVENTS).keys()].filter((n) => !applied.includes(n));
      const consumer = f.consumer(
        {
          maxDeliver: MAX_DELIVER,
          backoffMs: [100, 200, 400],
          ackWaitMs: 2_000,
          handlers: [
            onEvent(ThingHappened, async (event, em) => {
              if (POISON.includes(event.data.n)) throw new Error(`event ${event.data.n} cannot be applied`);
              await em.execute('insert into effect (event_id, consumer, n) values (?, ?, ?)', [
                event.id,
                'things-effects',
                event.data.n,
              ]);
            }),
          ],
        },
        {
          orm,
          metrics,
          beforeHandle: async (event, deliveries) => {
            const { n } = event.data as { n: number };
            deliveriesSeen.set(n, Math.max(deliveriesSeen.get(n) ?? 0, deliveries));
          },
        },
      );
      consumer.start();
      // Every event not yet applied goes through a delivery past its last allowed one while the
      // database is down, including the one whose consumer was killed.
      await eventually(
        () => expect(open.filter((n) => (deliveriesSeen.get(n) ?? 0) <= MAX_DELIVER)).toEqual([]),
        budgetMs(open.length, 2_000),
        100,
      );
      expect((await metrics.deadLetters.get()).values).toEqual([]);
      expect(deliveriesSeen.get(killedDuring)).toBeGreaterThan(MAX_DELIVER);

      // 3. The database comes back: each event ends applied once or kept as a dead letter, never both.
      proxy.restore();
      await eventually(
        async () => {
          const letters = await f.pool.query<{ event_id: string }>('select event_id from dead_letter');
          const effects = await f.pool.query<{ n: number }>('select n from effect');
          expect(effects.rows.length + letters.rows.length).toBe(EVENTS);
        },
        budgetMs(EVENTS, 1_000),
        100,
      );
      const effects = (await f.pool.query<{ n: number }>('select n from effect order by n')).rows.map(
        (r) => r.n,
      );
      const letters = (
        await f.pool.query<{ event_id: string; deliveries: number; status: string }>(
          'select event_id, deliveries, status from dead_letter order by event_id',
        )
      ).rows;
      expect(effects).toEqual([...Array(EVENTS).keys()].filter((n) => !POISON.includes(n)));
      expect(letters.map((l) => l.event_id)).toEqual(POISON.map(idOf));
      expect(letters.every((l) => l.status === 'open' && l.deliveries > MAX_DELIVER)).toBe(true);
      expect((await metrics.deadLetters.get()).values[0]?.value).toBe(POISON.length);
      // Nothing is left in the stream for the consumer: applied events acknowledged, letters terminated.
      await eventually(async () => {
        const info = await (
          await jetstreamManager(f.nc)
        ).consumers.info(f.names.stream(THINGS_STREAM.stream), consumer.durableName);
        expect(info.num_pending + info.num_ack_pending).toBe(0);
      });
    },
    budgetMs(EVENTS, 5_000),
  );
});
