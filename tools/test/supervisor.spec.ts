import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_RESTART_POLICY,
  describeExit,
  describeGiveUp,
  RestartPolicy,
  Supervisor,
  type GiveUp,
} from '../supervisor.mjs';

const CHILD = path.join(import.meta.dirname, 'fixtures', 'child.mjs');
const SECOND = 1_000;
const MINUTE = 60 * SECOND;

describe('restart policy (decision 0078)', () => {
  it('restarts after a pause that doubles with each death, up to its cap', () => {
    const policy = new RestartPolicy({ ...DEFAULT_RESTART_POLICY, maxDeaths: 100, windowMs: 60 * MINUTE });
    const delays = Array.from({ length: 8 }, (_, i) => policy.onDeath(i * SECOND));
    expect(delays.map((v) => (v.restart ? v.delayMs : 'gave up'))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 15_000, 15_000, 15_000,
    ]);
  });

  it('gives up at the fifth death within three minutes', () => {
    const policy = new RestartPolicy();
    const verdicts = [0, 10, 20, 30, 40].map((s) => policy.onDeath(s * SECOND));
    expect(verdicts.map((v) => v.restart)).toEqual([true, true, true, true, false]);
    expect(verdicts[4]).toEqual({ restart: false, deaths: 5 });
  });

  it('forgets deaths older than the window: a process that ran for a while starts again from the short pause', () => {
    const policy = new RestartPolicy();
    // Four deaths a minute apart, then one every 61 s: never five within three minutes.
    const times = [0, 1, 2, 3, 4.1, 5.2, 6.3, 7.4, 8.5].map((m) => m * MINUTE);
    const verdicts = times.map((t) => policy.onDeath(t));
    expect(verdicts.every((v) => v.restart)).toBe(true);
    expect(verdicts.map((v) => v.deaths)).toEqual([1, 2, 3, 3, 3, 3, 3, 3, 3]);
    // A long healthy run, then a death: the first pause again.
    expect(policy.onDeath(60 * MINUTE)).toEqual({ restart: true, delayMs: 500, deaths: 1 });
  });

  it('says how a process died, by signal or by exit code', () => {
    expect(describeExit({ code: null, signal: 'SIGKILL' })).toBe('was killed by SIGKILL');
    expect(describeExit({ code: 1, signal: null })).toBe('exited with code 1');
    expect(describeExit({ code: 0, signal: null })).toBe('exited with code 0');
    expect(describeGiveUp({ name: 'complaints', exit: { code: 1, signal: null }, deaths: 5 })).toBe(
      'complaints exited with code 1, dying 5 times within 3 min: giving up',
    );
  });
});

/** A supervisor over real child processes, with short pauses; its log lines are kept. */
function supervisorForTest(maxDeaths = 3) {
  const lines: string[] = [];
  const supervisor = new Supervisor({
    log: (line) => lines.push(line),
    policy: { initialDelayMs: 20, maxDelayMs: 100, maxDeaths, windowMs: MINUTE },
    graceMs: 5_000,
  });
  return { supervisor, lines };
}

const node =
  (...args: string[]) =>
  () =>
    spawn(process.execPath, [CHILD, ...args], { stdio: 'ignore' });
const until = async (condition: () => boolean, what: string): Promise<void> => {
  // Bounded by work: a handful of process starts on a busy machine.
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
const alive = (pid: number | undefined) => {
  try {
    return pid !== undefined && process.kill(pid, 0);
  } catch {
    return false;
  }
};

describe('supervisor with real processes', () => {
  it('starts a process killed by SIGKILL again and says why', async () => {
    const { supervisor, lines } = supervisorForTest();
    supervisor.supervise('complaints', { start: node('run') });
    const first = supervisor.pid('complaints')!;
    process.kill(first, 'SIGKILL');
    await until(() => supervisor.pid('complaints') !== first, 'a restart');
    const second = supervisor.pid('complaints');
    expect(alive(second)).toBe(true);
    expect(lines).toEqual([
      `complaints started (pid ${first})`,
      expect.stringMatching(/^complaints was killed by SIGKILL; restarting it in 0\.02 s \(1 of 2 restarts/),
      `complaints restarted (pid ${second})`,
    ]);
    await supervisor.stop();
    expect(alive(second)).toBe(false);
  });

  it('gives up on a process that keeps dying, naming it and how it died, and starts it no more', async () => {
    const { supervisor, lines } = supervisorForTest(3);
    supervisor.supervise('gateway', { start: node('run') });
    supervisor.supervise('billing', { start: node('die', '3') });
    const giveUp: GiveUp = await supervisor.gaveUp;
    expect(giveUp).toEqual({ name: 'billing', exit: { code: 3, signal: null }, deaths: 3 });
    expect(lines.filter((l) => l.startsWith('billing'))).toHaveLength(5); // started, 2 × (died, restarted)
    const gateway = supervisor.pid('gateway');
    await supervisor.stop();
    expect(alive(gateway)).toBe(false);
  });

  it('restarts nothing once stopped, though a process dies during the stop', async () => {
    const { supervisor, lines } = supervisorForTest();
    supervisor.supervise('residents', { start: node('run') });
    const pid = supervisor.pid('residents')!;
    const stopped = supervisor.stop();
    process.kill(pid, 'SIGKILL');
    await stopped;
    await new Promise((resolve) => setTimeout(resolve, 100)); // longer than any restart pause
    expect(lines).toEqual([`residents started (pid ${pid})`]);
  });

  it('counts a process that cannot even be spawned as a death', async () => {
    const { supervisor } = supervisorForTest(2);
    supervisor.supervise('maintenance', {
      start: () => spawn(path.join(import.meta.dirname, 'no-such-program'), [], { stdio: 'ignore' }),
    });
    const giveUp = await supervisor.gaveUp;
    expect(giveUp.name).toBe('maintenance');
    expect(describeExit(giveUp.exit)).toMatch(/^could not be started \(spawn .*ENOENT\)$/);
    await supervisor.stop();
  });
});
