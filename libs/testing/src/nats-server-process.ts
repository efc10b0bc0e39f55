import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where Debian and the images put the server; `NATS_SERVER_BIN` overrides. */
function natsServerBinary(): string {
  const candidates = [process.env['NATS_SERVER_BIN'], '/usr/sbin/nats-server', '/usr/bin/nats-server'];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c as string));
  if (!found) throw new Error('nats-server is not installed (apt-get install nats-server)');
  return found;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A nats-server of a test's own, with JetStream on a store of its own, for tests that stop the
 * server (an outage) or start it with a particular configuration (the deployment's permissions):
 * the machine's shared server is never touched. Stopped and started again on the same port and
 * store, as a restarted pod would be.
 */
export class NatsServerProcess {
  private child?: ChildProcess;
  private log = '';
  private readonly problems: string[] = [];

  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly config: string,
    private readonly env: Record<string, string>,
  ) {}

  /**
   * `config` is extra configuration text (e.g. an `authorization` block); `env` its variables; `files`
   * are written beside the configuration before the server starts (for `include <name>`).
   */
  static async start(
    options: { config?: string; env?: Record<string, string>; files?: Record<string, string> } = {},
  ): Promise<NatsServerProcess> {
    const dir = mkdtempSync(path.join(tmpdir(), 'pcs-nats-'));
    const port = await freePort();
    const server = new NatsServerProcess(port, dir, options.config ?? '', options.env ?? {});
    for (const [name, content] of Object.entries(options.files ?? {})) server.writeFile(name, content);
    await server.resume();
    return server;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  /** Writes a file beside the configuration (for `include`). */
  writeFile(name: string, content: string): string {
    const file = path.join(this.dir, name);
    writeFileSync(file, content);
    return file;
  }

  /** Starts (again) and waits until it accepts connections. */
  async resume(): Promise<void> {
    const conf = path.join(this.dir, 'server.conf');
    writeFileSync(
      conf,
      `listen: 127.0.0.1:${this.port}\njetstream { store_dir: "${path.join(this.dir, 'js')}" }\n${this.config}\n`,
    );
    this.log = '';
    const child = spawn(natsServerBinary(), ['-c', conf], {
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let partial = '';
    const append = (chunk: Buffer): void => {
      this.log = (this.log + chunk.toString()).slice(-20_000);
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      this.problems.push(...lines.filter((line) => /\[(ERR|WRN|FTL)\]/.test(line)));
    };
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`nats-server exited at start:\n${this.log}`);
      if (this.log.includes('Server is ready')) return;
      if (i > 600) throw new Error(`nats-server did not start:\n${this.log}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Stops the server (SIGTERM, as Kubernetes does) and waits for it to exit. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const killTimer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killTimer);
  }

  get output(): string {
    return this.log;
  }

  /** Every error and warning line the server logged since it was created (never truncated). */
  get problemLines(): readonly string[] {
    return this.problems;
  }

  /** Stops it and removes its store. */
  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
