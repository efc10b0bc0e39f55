import { describe, expect, it } from '@jest/globals';
import { MikroORM, type PostgreSqlConnection } from '@mikro-orm/postgresql';
import { ormOptions, transientFailureOf } from '@pcs/platform';
import { budgetMs, createTestDatabase, eventually, TcpProxy } from '@pcs/testing';

const ROUNDS = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());
const POOL_MAX = 2;

describe('connections that a database restart breaks', () => {
  it('return to the pool from the transactions that held them, so the pool never shrinks and shutdown is prompt', async () => {
    const database = await createTestDatabase();
    const proxy = await TcpProxy.start({
      host: '127.0.0.1',
      port: Number(new URL(database.url).port || 5432),
    });
    const orm = await MikroORM.init(
      ormOptions({
        clientUrl: proxy.urlFor(database.url),
        entities: [],
        migrations: [],
        poolMax: POOL_MAX,
        connectTimeoutMs: 2_000,
      }),
    );
    try {
      const pool = await (orm.em.getConnection() as PostgreSqlConnection).getNativeClient();
      // More rounds than the pool has connections: one kept per round would leave none.
      for (let round = 0; round < ROUNDS; round++) {
        const failure = await orm.em
          .fork()
          .transactional(async (tx) => {
            await tx.execute('select 1');
            proxy.disconnect(); // the database goes away in the middle of the transaction
            await tx.execute('select 1');
          })
          .then(
            () => undefined,
            (error: unknown) => error,
          );
        expect(transientFailureOf(failure)?.reason).toBe('connection');
        proxy.restore();
      }
      await eventually(() => expect(pool.totalCount - pool.idleCount).toBe(0), budgetMs(1, 1_000, 5_000));
      const answers = await Promise.all(
        Array.from({ length: POOL_MAX * 2 }, () =>
          orm.em.fork().transactional((tx) => tx.execute<{ one: number }[]>('select 1 as one')),
        ),
      );
      expect(answers).toEqual(Array(POOL_MAX * 2).fill([{ one: 1 }]));
    } finally {
      // Waits for every connection to come back: it would wait forever for one a transaction kept.
      await Promise.race([
        orm.close(),
        sleep(budgetMs(1, 1_000, 10_000)).then(() => {
          throw new Error('the ORM did not close: a connection is still checked out');
        }),
      ]);
      await proxy.close();
      await database.drop();
    }
  });
});
