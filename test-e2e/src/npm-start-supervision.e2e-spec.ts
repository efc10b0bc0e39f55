import { afterEach, describe, expect, it } from '@jest/globals';
import { isAlive, NpmStart } from './npm-start.js';

/** Bounded by work: a restart is a pause of a few seconds and a process start, on a busy machine. */
const RESTART_TIMEOUT_MS = 90_000;
/** npm start's own start-up allowance, then the restarts, then the stop. */
const TEST_TIMEOUT_MS = 240_000 + 5 * RESTART_TIMEOUT_MS;

describe('npm start supervises the processes it started (decision 0078)', () => {
  let running: NpmStart | undefined;

  afterEach(async () => {
    await running?.cleanUp();
    running = undefined;
  });

  it(
    'restarts a service killed by SIGKILL, the gateway answering 503 meanwhile; Ctrl-C then stops everything with exit 0',
    async () => {
      running = await NpmStart.launch();
      await running.createCommunity();
      expect((await running.registerComplaint()).status).toBe(201);

      const killed = running.pidOf('complaints');
      process.kill(killed, 'SIGKILL');
      const died = running.lines.length;
      await running.waitFor(
        /\[start\] complaints was killed by SIGKILL; restarting it in 0\.5 s/,
        RESTART_TIMEOUT_MS,
      );

      // Until it serves again, the gateway answers for what it owns: 503 with Retry-After, never a 500.
      const meanwhile: { status: number; retryAfter: string | null }[] = [];
      const readyAgain = running.waitFor(/\[start\] complaints is ready again/, RESTART_TIMEOUT_MS, died);
      let ready = false;
      void readyAgain.then(() => (ready = true)).catch(() => undefined);
      while (!ready && running.child.exitCode === null) {
        const res = await running.registerComplaint();
        meanwhile.push({ status: res.status, retryAfter: res.headers.get('retry-after') });
        if (res.status === 201) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await readyAgain;
      expect(meanwhile.length).toBeGreaterThan(0);
      expect(meanwhile[0]).toEqual({ status: 503, retryAfter: '1' });
      expect(
        meanwhile.filter((a) => !(a.status === 201 || (a.status === 503 && a.retryAfter === '1'))),
      ).toEqual([]);

      const restarted = running.pidOf('complaints');
      expect(restarted).not.toBe(killed);
      expect((await running.registerComplaint()).status).toBe(201);

      running.child.kill('SIGINT');
      expect(await running.exited).toEqual({ code: 0, signal: null });
      expect(running.lines).toContainEqual(expect.stringMatching(/\[start\] stopped$/));
      expect([...running.pids].filter(isAlive)).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'gives up on a service that keeps dying: stops everything and exits 1, naming it and how it died',
    async () => {
      running = await NpmStart.launch();
      for (let death = 1; death <= 5; death++) {
        const pid = running.pidOf('complaints');
        const from = running.lines.length;
        process.kill(pid, 'SIGKILL');
        if (death < 5) {
          // Killed again as soon as it is back, long before it could be ready: a service that cannot stay up.
          await running.waitFor(/\[start\] complaints restarted \(pid \d+\)/, RESTART_TIMEOUT_MS, from);
        }
      }
      await running.waitFor(
        /\[start\] complaints was killed by SIGKILL, dying 5 times within 3 min: giving up; stopping everything/,
        RESTART_TIMEOUT_MS,
      );
      expect(await running.exited).toEqual({ code: 1, signal: null });
      expect([...running.pids].filter(isAlive)).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
