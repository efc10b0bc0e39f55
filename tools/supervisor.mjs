// @ts-check
/*
 * What `npm start` does when a process it started dies (decision 0078): it starts it again after a
 * pause that doubles with each death, and gives up when deaths come too often, for then restarting
 * only hides a process that cannot run (a port taken, a database gone, a bug at start-up).
 */

/**
 * @typedef {object} RestartPolicyOptions
 * @property {number} initialDelayMs the pause before the first restart; each further death doubles it
 * @property {number} maxDelayMs the longest pause
 * @property {number} maxDeaths deaths within `windowMs` after which the supervisor gives up
 * @property {number} windowMs deaths older than this are forgotten: a process that ran a while is healthy again
 */

/** @type {RestartPolicyOptions} */
export const DEFAULT_RESTART_POLICY = {
  initialDelayMs: 500,
  maxDelayMs: 15_000,
  maxDeaths: 5,
  windowMs: 3 * 60_000,
};

/**
 * @typedef {{ code: number | null, signal: NodeJS.Signals | null, error?: Error }} Exit
 * @typedef {{ restart: true, delayMs: number, deaths: number } | { restart: false, deaths: number }} Verdict
 */

/** A death as a person reads it: a process killed by a signal has no exit code. */
export function describeExit(/** @type {Exit} */ exit) {
  if (exit.error) return `could not be started (${exit.error.message})`;
  return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}

/** Decides, death by death, whether one process is started again and after how long. */
export class RestartPolicy {
  /** @type {number[]} */
  #deaths = [];

  constructor(/** @type {RestartPolicyOptions} */ options = DEFAULT_RESTART_POLICY) {
    this.options = options;
  }

  /** @returns {Verdict} */
  onDeath(/** @type {number} */ now) {
    const { initialDelayMs, maxDelayMs, maxDeaths, windowMs } = this.options;
    this.#deaths = [...this.#deaths.filter((at) => now - at < windowMs), now];
    const deaths = this.#deaths.length;
    if (deaths >= maxDeaths) return { restart: false, deaths };
    return { restart: true, delayMs: Math.min(maxDelayMs, initialDelayMs * 2 ** (deaths - 1)), deaths };
  }
}

/**
 * @typedef {import('node:child_process').ChildProcess} ChildProcess
 * @typedef {object} SupervisorOptions
 * @property {(line: string) => void} log
 * @property {RestartPolicyOptions} [policy]
 * @property {() => number} [now]
 * @property {number} [graceMs] how long `stop` waits after SIGTERM before SIGKILL
 * @typedef {{ name: string, exit: Exit, deaths: number }} GiveUp
 * @typedef {{ start: () => ChildProcess, onStart?: (child: ChildProcess, restarts: number) => void }} Spec
 * @typedef {{ name: string, spec: Spec, policy: RestartPolicy, child?: ChildProcess, restarts: number, timer?: NodeJS.Timeout }} Supervised
 */

/** Keeps child processes running, restarting those that die, until it is stopped or gives up. */
export class Supervisor {
  /** @type {Map<string, Supervised>} */
  #processes = new Map();
  #stopping = false;
  /** @type {(giveUp: GiveUp) => void} */
  #giveUp = () => undefined;

  constructor(/** @type {SupervisorOptions} */ options) {
    this.options = options;
    /** Settles when a process died too often: the caller stops everything and exits non-zero. */
    this.gaveUp = /** @type {Promise<GiveUp>} */ (new Promise((resolve) => (this.#giveUp = resolve)));
  }

  /** Starts `name` now, and again whenever it dies, as the restart policy allows. */
  supervise(/** @type {string} */ name, /** @type {Spec} */ spec) {
    const entry = { name, spec, policy: new RestartPolicy(this.options.policy), restarts: 0 };
    this.#processes.set(name, entry);
    this.#launch(entry);
  }

  /** The process id of `name` as it runs now. */
  pid(/** @type {string} */ name) {
    return this.#processes.get(name)?.child?.pid;
  }

  /** Stops every process (SIGTERM, then SIGKILL after the grace period); nothing is restarted after. */
  async stop() {
    this.#stopping = true;
    const graceMs = this.options.graceMs ?? 20_000;
    await Promise.all(
      [...this.#processes.values()].map((entry) => {
        clearTimeout(entry.timer);
        const child = entry.child;
        if (!child || child.pid === undefined || !isRunning(child)) return undefined;
        return new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill('SIGTERM');
          setTimeout(() => isRunning(child) && child.kill('SIGKILL'), graceMs).unref();
        });
      }),
    );
  }

  #launch(/** @type {Supervised} */ entry) {
    const { log } = this.options;
    const child = entry.spec.start();
    entry.child = child;
    let dead = false;
    /** A child that cannot be spawned reports 'error' and may never report 'exit': once either way. */
    const died = (/** @type {Exit} */ exit) => {
      if (dead) return;
      dead = true;
      this.#onDeath(entry, exit);
    };
    child.once('exit', (code, signal) => died({ code, signal }));
    child.once('error', (error) => died({ code: null, signal: null, error }));
    log(`${entry.name} ${entry.restarts === 0 ? 'started' : 'restarted'} (pid ${child.pid})`);
    entry.spec.onStart?.(child, entry.restarts);
  }

  #onDeath(/** @type {Supervised} */ entry, /** @type {Exit} */ exit) {
    if (this.#stopping) return;
    const { log, now = Date.now } = this.options;
    const verdict = entry.policy.onDeath(now());
    if (!verdict.restart) {
      this.#giveUp({ name: entry.name, exit, deaths: verdict.deaths });
      return;
    }
    const { maxDeaths, windowMs } = entry.policy.options;
    log(
      `${entry.name} ${describeExit(exit)}; restarting it in ${formatSeconds(verdict.delayMs)} ` +
        `(${verdict.deaths} of ${maxDeaths - 1} restarts allowed within ${formatSeconds(windowMs)})`,
    );
    entry.timer = setTimeout(() => {
      // Ctrl-C reaches the children too: one may die before the supervisor hears of the stop.
      if (this.#stopping) return;
      entry.restarts++;
      this.#launch(entry);
    }, verdict.delayMs);
  }
}

/** Why the supervisor gave up, naming the process and its last death. */
export function describeGiveUp(
  /** @type {GiveUp} */ { name, exit, deaths },
  /** @type {RestartPolicyOptions} */ policy = DEFAULT_RESTART_POLICY,
) {
  return `${name} ${describeExit(exit)}, dying ${deaths} times within ${formatSeconds(policy.windowMs)}: giving up`;
}

function isRunning(/** @type {ChildProcess} */ child) {
  return child.exitCode === null && child.signalCode === null;
}

export function formatSeconds(/** @type {number} */ ms) {
  return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`;
}
