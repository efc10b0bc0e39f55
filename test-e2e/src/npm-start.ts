import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import {
  createBusPrefix,
  deleteBusResources,
  httpCall,
  signStaffToken,
  testDatabaseServerUrl,
  testNatsUrl,
  type HttpResult,
} from '@pcs/testing';
import pg from 'pg';
import { createCommunity } from './communities.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SERVICES = ['complaints', 'maintenance', 'billing', 'residents'];
const SECRET = 'e2e-secret-for-npm-start-0123456789abcd';
/** Generous: it checks the build, migrates four databases and starts five processes, on a busy machine. */
const START_TIMEOUT_MS = 240_000;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * `npm start` (tools/start.mjs) as a person runs it, beside any other copy on this machine: its own
 * ports, databases and bus prefix. Its output is kept line by line, without colours.
 */
export class NpmStart {
  readonly lines: string[] = [];
  readonly exited: Promise<Exit>;
  /** Every process id it reported starting: none may outlive it. */
  readonly pids = new Set<number>();
  private readonly waiters = new Set<() => void>();

  private constructor(
    readonly child: ChildProcess,
    readonly gatewayUrl: string,
    private readonly databasePrefix: string,
    private readonly busPrefix: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    void this.exited.then(() => this.notify());
    let buffer = '';
    const onData = (chunk: Buffer): void => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const raw of lines) {
        const line = stripColours(raw);
        this.lines.push(line);
        const started = /\[start\] \S+ (?:started|restarted) \(pid (\d+)\)/.exec(line);
        if (started) this.pids.add(Number(started[1]));
      }
      this.notify();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  }

  static async launch(): Promise<NpmStart> {
    const busPrefix = createBusPrefix();
    // Named as the test databases are, so that a killed run's are removed by the next (global-setup).
    const databasePrefix = `pcs_test_${busPrefix.slice(1)}_`;
    const [gatewayPort, servicePortBase] = await Promise.all([freePorts(1), freePorts(SERVICES.length)]);
    const child = spawn(process.execPath, [path.join(ROOT, 'tools', 'start.mjs')], {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? '',
        DATABASE_URL: testDatabaseServerUrl(),
        NATS_URL: testNatsUrl(),
        PORT: String(gatewayPort),
        SERVICE_PORT_BASE: String(servicePortBase),
        DATABASE_NAME_PREFIX: databasePrefix,
        BUS_PREFIX: busPrefix,
        AUTH_JWT_SECRET: SECRET,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = new NpmStart(child, `http://127.0.0.1:${gatewayPort}`, databasePrefix, busPrefix);
    try {
      await started.waitFor(/is running:/, START_TIMEOUT_MS);
      return started;
    } catch (error) {
      await started.cleanUp();
      throw error;
    }
  }

  /** The first line from `from` on that matches, waiting for it; fails if npm start exits first. */
  async waitFor(pattern: RegExp, timeoutMs: number, from = 0): Promise<RegExpExecArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (let i = from; i < this.lines.length; i++) {
        const match = pattern.exec(this.lines[i]!);
        if (match) return match;
      }
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`npm start exited before printing ${pattern}:\n${this.lines.join('\n')}`);
      }
      if (Date.now() > deadline) {
        throw new Error(`npm start did not print ${pattern} in time:\n${this.lines.join('\n')}`);
      }
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          this.waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, 1_000);
        this.waiters.add(wake);
      });
    }
  }

  /** The process id of `name` as last reported. */
  pidOf(name: string): number {
    const reports = this.lines
      .map((line) => new RegExp(`\\[start\\] ${name} (?:started|restarted) \\(pid (\\d+)\\)`).exec(line))
      .filter((m): m is RegExpExecArray => m !== null);
    const last = reports.at(-1);
    if (!last) throw new Error(`npm start has not reported starting ${name}`);
    return Number(last[1]);
  }

  /** A community created in residents, once complaints has heard of it (decision 0194). */
  createCommunity(id = 'GZ01'): Promise<void> {
    return createCommunity(this.gatewayUrl, SECRET, id);
  }

  async registerComplaint(): Promise<HttpResult> {
    const token = await signStaffToken(
      {
        sub: 'staff-0001',
        name: '李娜',
        company: 'HRX',
        roles: ['front-desk'],
        communities: ['GZ01'],
      },
      SECRET,
    );
    return httpCall(this.gatewayUrl, 'POST', '/api/v1/complaints', {
      token,
      body: {
        communityId: 'GZ01',
        channel: 'call',
        customer: { surname: '王', phone: '13812345678' },
        location: '3栋1单元大堂',
        description: '进程被杀后重启的投诉服务应能继续登记',
        demand: '尽快修好',
        receivedAt: '2026-11-22T09:30:00+08:00',
        category: 'engineering-quality',
      },
    });
  }

  /** Stops npm start if it still runs, then removes its databases and streams. */
  async cleanUp(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => {
        // It did not stop its processes: stop them here, so that none outlives the test.
        for (const pid of this.pids) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
        this.child.kill('SIGKILL');
      }, 60_000);
      await this.exited;
      clearTimeout(timer);
    }
    const admin = new pg.Client({ connectionString: testDatabaseServerUrl() });
    await admin.connect();
    try {
      for (const service of SERVICES) {
        await admin.query(`drop database if exists "${this.databasePrefix}${service}" with (force)`);
      }
    } finally {
      await admin.end();
    }
    await deleteBusResources(this.busPrefix);
  }

  private notify(): void {
    for (const wake of [...this.waiters]) wake();
  }
}

/** start.mjs prints its own lines in bold: ESC [ … m sequences. */
function stripColours(line: string): string {
  return line.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
}

export function isAlive(pid: number): boolean {
  try {
    return process.kill(pid, 0);
  } catch {
    return false;
  }
}

/** The first of `count` consecutive ports that are free now. */
async function freePorts(count: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    const ports = Array.from({ length: count }, (_, i) => base + i);
    if ((await Promise.all(ports.map(isFree))).every(Boolean)) return base;
  }
  throw new Error(`no ${count} consecutive free ports found`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
