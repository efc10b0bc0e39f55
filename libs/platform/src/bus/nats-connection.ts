import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { inboxPrefix } from '@pcs/contracts';
import type { Logger } from 'pino';
import type { ProcessEnv } from '../config/service-env.js';

/** Owns the process's one NATS connection: reconnects forever, reports its state, drains on shutdown. */
export class NatsConnectionHolder {
  private connected = true;

  private constructor(
    readonly connection: NatsConnection,
    private readonly logger: Logger,
  ) {
    void this.watch();
  }

  static async open(name: string, env: ProcessEnv, logger: Logger): Promise<NatsConnectionHolder> {
    const connection = await connect({
      servers: env.NATS_URL.split(','),
      name,
      // Replies to this process only: its NATS user may subscribe to these and no other inboxes.
      inboxPrefix: inboxPrefix(name),
      ...(env.NATS_USER ? { user: env.NATS_USER, pass: env.NATS_PASSWORD } : {}),
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1_000,
      // Our own reply protocol never sends empty replies, so an empty 503 is the server saying "no responders".
      noEcho: false,
      // NATS.js otherwise builds two Errors per request only for their stack traces (~2 % of the
      // gateway's CPU under load); a timeout becomes our DomainError with the subject anyway.
      noAsyncTraces: true,
    });
    logger.info({ server: connection.getServer() }, 'connected to NATS');
    return new NatsConnectionHolder(connection, logger);
  }

  get isConnected(): boolean {
    return this.connected && !this.connection.isClosed() && !this.connection.isDraining();
  }

  /** Ready means a round trip to the server succeeds now. */
  async ping(timeoutMs = 1_000): Promise<boolean> {
    if (!this.isConnected) return false;
    try {
      await Promise.race([
        this.connection.flush(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs).unref()),
      ]);
      return true;
    } catch {
      return false;
    }
  }

  async drain(): Promise<void> {
    if (this.connection.isClosed() || this.connection.isDraining()) return;
    await this.connection.drain().catch((err: unknown) => this.logger.warn({ err }, 'NATS drain failed'));
  }

  private async watch(): Promise<void> {
    for await (const status of this.connection.status()) {
      if (status.type === 'disconnect') {
        this.connected = false;
        this.logger.warn('disconnected from NATS; reconnecting');
      } else if (status.type === 'reconnect') {
        this.connected = true;
        this.logger.info('reconnected to NATS');
      } else if (status.type === 'error') {
        // E.g. a permissions violation: the server refused a publish or a subscription of this user.
        this.logger.error({ err: status.error }, 'NATS reported an error');
      }
    }
  }
}
