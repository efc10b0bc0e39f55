import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { jetstreamManager } from '@nats-io/jetstream';
import { budgetMs, byScale, eventually, testNatsUrl } from '@pcs/testing';
import { usePlatform } from './support/platform-fixture.js';
import { THINGS_STREAM } from './support/thing-happened.js';

// 10 kills per point in `npm test`, 100 with `--full`; OUTBOX_FAULT_ITERATIONS overrides both.
const ITERATIONS = Number(process.env['OUTBOX_FAULT_ITERATIONS'] ?? byScale(10, 100));
const FAULT_POINTS = ['after_commit', 'after_publish', 'after_mark'] as const;
const CHILD = path.join(import.meta.dirname, 'fixtures', 'relay-child.ts');

/** Runs one relay process and SIGKILLs it the moment it reports reaching the fault point. */
function runAndKill(env: Record<string, string>): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    // Plain node on the built relay: no loader, no source condition.
    const child = spawn(process.execPath, [CHILD], {
      env: { ...process.env, ...env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (!killed && chunk.toString().includes('REACHED')) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code, signal) => {
      if (signal === 'SIGKILL' && killed) resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`relay child failed (${signal ?? code}): ${stderr}`));
    });
  });
}

describe('outbox relay killed at each point (SIGKILL of a child process)', () => {
  const f = usePlatform();

  it(
    `delivers every event exactly once in effect after ${ITERATIONS} kills at each of ${FAULT_POINTS.join(', ')}`,
    async () => {
      f.consumer().start();
      const ids: string[] = [];
      const outcomes = { killed: 0, finished: 0 };
      for (let i = 0; i < ITERATIONS; i++) {
        for (const fault of FAULT_POINTS) {
          const n = ids.length;
          const id = `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
          ids.push(id);
          const outcome = await runAndKill({
            DATABASE_URL: f.database.url,
            NATS_URL: testNatsUrl(),
            BUS_PREFIX: f.prefix,
            FAULT: fault,
            EVENT_ID: id,
            EVENT_N: String(n),
          });
          outcomes[outcome]++;
        }
      }
      expect(outcomes.killed).toBe(ITERATIONS * FAULT_POINTS.length);

      // The restarted relay publishes whatever the killed ones left.
      await f.relay().drain();
      const { rows: unsent } = await f.pool.query(`select id from outbox_message where status <> 'sent'`);
      expect(unsent).toEqual([]);

      await eventually(
        async () => {
          const { rows } = await f.pool.query<{ n: string }>('select count(*) as n from effect');
          expect(Number(rows[0]!.n)).toBe(ids.length);
        },
        30_000,
        200,
      );
      // Every event has exactly one effect: none lost, none applied twice.
      const { rows: perEvent } = await f.pool.query<{ event_id: string; c: string }>(
        'select event_id, count(*) as c from effect group by event_id',
      );
      expect(perEvent.map((r) => r.event_id).sort()).toEqual([...ids].sort());
      expect(perEvent.every((r) => r.c === '1')).toBe(true);

      // Re-publishing after a kill between publish and mark was recognised as a duplicate by the stream.
      const info = await (await jetstreamManager(f.nc)).streams.info(f.names.stream(THINGS_STREAM.stream));
      expect(info.state.messages).toBe(ids.length);
      // Each kill starts a node process: allow a loaded machine 5 s for each, whatever the count.
    },
    budgetMs(ITERATIONS * FAULT_POINTS.length, 5_000),
  );
});
