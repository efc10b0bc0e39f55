import net from 'node:net';

/**
 * A loopback TCP proxy in front of a server (PostgreSQL, NATS) that a test can cut and restore, to
 * make the server unavailable to one client without stopping it for everyone else on the machine.
 */
export class TcpProxy {
  private readonly sockets = new Set<net.Socket>();
  private cut = false;
  private impostor?: (client: net.Socket) => void;

  private constructor(
    private readonly server: net.Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const proxy: { instance?: TcpProxy } = {};
    const server = net.createServer((client) => proxy.instance?.accept(client, target));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    proxy.instance = new TcpProxy(server, port);
    return proxy.instance;
  }

  /** The target URL with host and port replaced by the proxy's. */
  urlFor(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  /** Drops every open connection and refuses new ones (each is reset at once), until restored. */
  disconnect(): void {
    this.cut = true;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  /**
   * Drops every open connection and hands each new one to `answer` instead of the server, until
   * restored: the server as it behaves while it restarts (see `answerAsPostgresStartingUp`).
   */
  impersonate(answer: (client: net.Socket) => void): void {
    this.disconnect();
    this.cut = false;
    this.impostor = answer;
  }

  restore(): void {
    this.cut = false;
    this.impostor = undefined;
  }

  async close(): Promise<void> {
    this.disconnect();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket, target: { host: string; port: number }): void {
    if (this.cut) {
      client.destroy();
      return;
    }
    if (this.impostor) {
      client.on('error', () => client.destroy());
      this.impostor(client);
      return;
    }
    const upstream = net.connect(target.port, target.host);
    this.sockets.add(client).add(upstream);
    const end = (): void => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.pipe(upstream).pipe(client);
  }
}
