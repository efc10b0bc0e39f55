import { spawn, type ChildProcess } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Role } from '@pcs/contracts';
import {
  createBusPrefix,
  createTestDatabase,
  deleteBusResources,
  httpCall,
  signStaffToken,
  testNatsUrl,
  TestBus,
  type HttpCall,
  type HttpResult,
  type TestDatabase,
} from '@pcs/testing';
import { addRepairTeam, createCommunity } from './communities.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Moves the clock of the processes started with CLOCK_FILE=`file` to `instant` (they run on from
 * there at real speed). Written whole and renamed into place, so a process never reads it half written.
 */
export function setProcessClock(file: string, instant: string): void {
  const next = `${file}.next`;
  writeFileSync(next, instant);
  renameSync(next, file);
}
export const SERVICES = ['complaints', 'maintenance', 'billing', 'residents'] as const;
export type ProcessName = (typeof SERVICES)[number] | 'gateway';
const SECRET = 'e2e-secret-for-the-whole-stack-0123456789';
const START_TIMEOUT_MS = 90_000;

export interface StackProcess {
  name: ProcessName;
  child: ChildProcess;
  port: number;
  /** Everything the process wrote, one JSON log object per line. */
  logs: string[];
}

/**
 * The whole system as it runs in production: each service and the gateway from its built output
 * (`node dist/main.js`), configured only through the environment, on fresh databases and a bus
 * prefix of its own.
 */
export class Stack {
  readonly processes = new Map<ProcessName, StackProcess>();
  readonly databases = new Map<ProcessName, TestDatabase>();
  readonly prefix = createBusPrefix();
  bus!: TestBus;

  get url(): string {
    return `http://127.0.0.1:${this.processes.get('gateway')!.port}`;
  }

  /** `env` is given to every process, `perProcess` to one (e.g. its own NATS user). */
  static async start(
    env: Record<string, string> = {},
    perProcess: Partial<Record<ProcessName, Record<string, string>>> = {},
  ): Promise<Stack> {
    const stack = new Stack();
    try {
      await Promise.allSettled(
        SERVICES.map(async (name) => {
          const database = await createTestDatabase();
          stack.databases.set(name, database);
          await stack.launch(name, {
            DATABASE_URL: database.url,
            MIGRATE_ON_START: 'true',
            ...env,
            ...perProcess[name],
          });
        }),
      ).then((launches) => {
        const failed = launches.find((l): l is PromiseRejectedResult => l.status === 'rejected');
        if (failed) throw failed.reason;
      });
      await stack.launch('gateway', { AUTH_JWT_SECRET: SECRET, ...env, ...perProcess.gateway });
      stack.bus = await TestBus.connect(stack.prefix);
      return stack;
    } catch (error) {
      // The test never gets the stack to stop: what did start must not outlive it (on a busy
      // machine a slow start left every other process of the stack running).
      await stack.stopAll().catch(() => undefined);
      throw error;
    }
  }

  /**
   * The gateway alone, no service behind it: for journeys that only need the gateway itself (its
   * console and sign-in), at a fraction of the whole stack's start-up. API calls that reach a service
   * fail as the service being unavailable.
   */
  static async startGateway(env: Record<string, string>): Promise<Stack> {
    const stack = new Stack();
    try {
      await stack.launch('gateway', env);
      stack.bus = await TestBus.connect(stack.prefix);
      return stack;
    } catch (error) {
      await stack.stopAll().catch(() => undefined);
      throw error;
    }
  }

  /** Starts a process and resolves once it logged that it started (and on which port). */
  async launch(name: ProcessName, env: Record<string, string>): Promise<StackProcess> {
    const child = spawn(process.execPath, [path.join(ROOT, 'services', name, 'dist', 'main.js')], {
      env: {
        PATH: process.env['PATH'] ?? '',
        NODE_ENV: 'test',
        NATS_URL: testNatsUrl(),
        BUS_PREFIX: this.prefix,
        PORT: '0',
        LOG_LEVEL: 'info',
        SHUTDOWN_GRACE_MS: '3000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const proc: StackProcess = { name, child, port: 0, logs: [] };
    this.processes.set(name, proc);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${name} did not start:\n${proc.logs.join('\n')}`)),
        // Generous: five processes start at once, each migrating a database, on a machine that may be busy.
        START_TIMEOUT_MS,
      );
      let buffer = '';
      const onData = (chunk: Buffer): void => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          proc.logs.push(line);
          if (line.includes(`"msg":"${name} started"`)) {
            proc.port = (JSON.parse(line) as { port: number }).port;
            clearTimeout(timer);
            resolve();
          }
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${name} exited with ${code}:\n${proc.logs.join('\n')}`));
      });
    });
    return proc;
  }

  token(
    claims: { roles?: Role[]; communities?: string[]; company?: string; sub?: string; name?: string } = {},
  ): Promise<string> {
    return signStaffToken(
      {
        sub: 'staff-0001',
        name: '李娜',
        company: 'HRX',
        roles: ['front-desk'],
        communities: ['GZ01'],
        ...claims,
      },
      SECRET,
    );
  }

  http(method: string, route: string, init: HttpCall = {}): Promise<HttpResult> {
    return httpCall(this.url, method, route, init);
  }

  /** A community created in residents, once complaints has heard of it (decision 0194). */
  createCommunity(id = 'GZ01', name = '锦绣花园'): Promise<void> {
    return createCommunity(this.url, SECRET, id, name);
  }

  addRepairTeam(): Promise<void> {
    return addRepairTeam(this.url, SECRET);
  }

  /** Sends SIGTERM and waits for the exit code. */
  async stop(name: ProcessName): Promise<number | null> {
    const { child } = this.processes.get(name)!;
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    return exited;
  }

  async stopAll(): Promise<void> {
    await this.bus?.close();
    for (const { child } of this.processes.values()) {
      // A process a test froze with SIGSTOP must run again to shut down.
      child.kill('SIGCONT');
    }
    await Promise.all([...this.processes.keys()].map((name) => this.stop(name)));
    await Promise.all([...this.databases.values()].map((db) => db.drop()));
    await deleteBusResources(this.prefix);
  }
}
