import type { Msg, NatsConnection, Subscription } from '@nats-io/nats-core';
import {
  NatsContext,
  Server,
  type CustomTransportStrategy,
  type MessageHandler,
} from '@nestjs/microservices';
import type { Logger } from 'pino';
import { lastValueFrom } from 'rxjs';
import type { BusIdentityVerifier } from '../auth/bus-identity.js';
import { CallContext } from '../context/call-context.js';
import { toErrorBody } from '../errors/error-body.js';
import { accessLogger } from '../logging/logger.js';
import type { Metrics } from '../metrics/metrics.js';
import type { TrafficSeries } from '../metrics/traffic.js';
import { contextFromHeaders } from './bus-headers.js';
import type { BusNames } from './bus-names.js';
import type { RpcReply } from './rpc-reply.js';

export interface NatsRpcServerOptions {
  connection: NatsConnection;
  names: BusNames;
  /** The queue group: every replica of a service shares it, so each request is served once. */
  queue: string;
  logger: Logger;
  metrics: Metrics;
  /** How long close() waits for requests in flight. */
  graceMs: number;
  /** Checks the signed actor of every request; a request whose actor fails is refused unhandled. */
  verifier: BusIdentityVerifier;
}

/**
 * Serves a service's `@MessagePattern` handlers over NATS request-reply, speaking the platform's
 * protocol: the payload is the command itself, the call context travels in headers, and the reply is
 * `{ ok, data | error }`. Nest's own NATS transport wraps payloads in its packet format and cannot
 * carry our headers or prefixes, so the handlers are driven from here, with Nest's pipes, guards,
 * interceptors and filters still applied to them.
 */
export class NatsRpcServer extends Server implements CustomTransportStrategy {
  private readonly subscriptions: Subscription[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly accessLog: Logger;

  constructor(private readonly options: NatsRpcServerOptions) {
    super();
    this.accessLog = accessLogger(options.logger);
  }

  listen(callback: (...optionalParams: unknown[]) => void): void {
    const { connection, names, queue } = this.options;
    for (const [pattern, handler] of this.messageHandlers) {
      if (handler.isEventHandler) continue;
      const served = this.options.metrics.rpcServed.seriesOf(pattern);
      const sub = connection.subscribe(names.subject(pattern), {
        queue,
        callback: (err, msg) => {
          if (err) {
            this.options.logger.error({ err, pattern }, 'bus subscription failed');
            return;
          }
          this.track(this.serve(pattern, handler, msg, served));
        },
      });
      this.subscriptions.push(sub);
    }
    callback();
  }

  /** Stops taking requests, then lets the ones in flight finish (up to the grace period). */
  async close(): Promise<void> {
    await Promise.allSettled(this.subscriptions.map((s) => s.drain()));
    this.subscriptions.length = 0;
    await Promise.race([
      Promise.allSettled([...this.inFlight]),
      new Promise((resolve) => setTimeout(resolve, this.options.graceMs).unref()),
    ]);
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  on(): void {
    // Connection events are observed where the connection is owned (NatsConnectionHolder).
  }

  unwrap<T>(): T {
    return this.options.connection as T;
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    this.options.metrics.rpcInFlight.inc();
    void work.finally(() => {
      this.inFlight.delete(work);
      this.options.metrics.rpcInFlight.dec();
    });
  }

  private async serve(
    pattern: string,
    handler: MessageHandler,
    msg: Msg,
    served: TrafficSeries,
  ): Promise<void> {
    const { logger } = this.options;
    const started = performance.now();
    // The caller's wait counts from here: verifying the actor and handling spend the same budget.
    const ctx = contextFromHeaders(msg.headers, CallContext.newCorrelationId, started);
    const reply = await CallContext.run(ctx, async (): Promise<RpcReply> => {
      if (ctx.actorToken) {
        try {
          ctx.actor = await this.options.verifier.verify(ctx.actorToken);
        } catch (error) {
          logger.warn(
            { pattern, correlationId: ctx.correlationId },
            'bus request refused: actor not trusted',
          );
          return { ok: false, error: toErrorBody(error).body };
        }
      }
      let payload: unknown;
      try {
        payload = msg.data.length === 0 ? {} : msg.json();
      } catch {
        return {
          ok: false,
          error: {
            code: 'VALIDATION_FAILED',
            message: 'the payload is not valid JSON',
            details: { errors: [{ field: '', message: 'the body must be a JSON object' }] },
          },
        };
      }
      try {
        const result$ = this.transformToObservable(
          await handler(payload, new NatsContext([msg.subject, msg.headers])),
        );
        const data: unknown = await lastValueFrom(result$, { defaultValue: null });
        return { ok: true, data };
      } catch (error) {
        const { body, expected, transient } = toErrorBody(error);
        if (!expected) logger.error({ err: error, pattern }, 'unexpected error serving a bus request');
        // Not a bug, but an operator wants to see the database going away.
        else if (transient)
          logger.warn({ err: error, pattern, transient }, 'transient failure serving a bus request');
        return { ok: false, error: body };
      }
    });
    const ms = performance.now() - started;
    const outcome = reply.ok ? 'ok' : reply.error.code;
    served.record(outcome, ms / 1000);
    // One access-log line per request, carrying the caller's correlation id.
    this.accessLog.info(
      {
        correlationId: ctx.correlationId,
        actor: ctx.actor?.sub,
        subject: pattern,
        outcome,
        ms: Math.round(ms),
      },
      'bus request served',
    );
    if (msg.reply) {
      try {
        msg.respond(JSON.stringify(reply));
      } catch (err) {
        logger.warn({ err, pattern }, 'could not send a bus reply');
      }
    }
  }
}
