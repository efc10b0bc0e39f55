import type { NatsConnection } from '@nats-io/nats-core';
import { DomainError, type Actor, type CommandDefinition } from '@pcs/contracts';
import type { ActorSigner } from '../auth/bus-identity.js';
import { CallContext, type CallContextData } from '../context/call-context.js';
import type { Metrics } from '../metrics/metrics.js';
import { contextToHeaders } from './bus-headers.js';
import type { BusNames } from './bus-names.js';
import { callBudget, DEADLINE_MARGIN_MS } from './deadline.js';
import { isErrorBody } from '../errors/error-body.js';
import type { RpcReply } from './rpc-reply.js';
import { notInTime, serviceOf, transportErrorToDomain } from './transport-errors.js';

export interface BusClientOptions {
  /**
   * Only the edge passes the client's Idempotency-Key on. A service calling another service must
   * not: the key belongs to the client's request, and reused for another operation it would be
   * refused there as a key reused with a different body.
   */
  forwardIdempotencyKey?: boolean;
  /** Signs the actor of a call that carries none signed yet (the edge: staff; a service: itself). */
  signer?: ActorSigner;
  /** What a call made while serving a request leaves of its caller's time (decision 0374). */
  deadlineMarginMs?: number;
}

export interface RequestOptions {
  /** Overrides the process's RPC_TIMEOUT_MS (still bounded by the caller's deadline, if any). */
  timeoutMs?: number;
  /**
   * Overrides the current call context (e.g. a service acting on its own behalf). The deadline is
   * its `deadlineAt` if it has one, else the current context's: acting as itself does not make a
   * service's caller wait any longer.
   */
  context?: CallContextData;
}

/**
 * Sends commands and queries to the service that owns them and returns the reply's data, or throws
 * the DomainError the service answered with. Every call has a timeout, and says it in
 * `Pcs-Time-Left-Ms`. While serving a request (the call context has a `deadlineAt`), the timeout is
 * at most the time left minus a margin, and a call with too little left is not sent: either way the
 * caller hears 503 SERVICE_UNAVAILABLE before its own caller gives up (decision 0374).
 */
export class BusClient {
  constructor(
    private readonly connection: NatsConnection,
    private readonly names: BusNames,
    private readonly metrics: Metrics,
    private readonly defaultTimeoutMs: number,
    private readonly options: BusClientOptions = {},
  ) {}

  async request<Req extends object, Res>(
    definition: CommandDefinition<Req, Res>,
    payload: Req | Record<string, unknown>,
    options: RequestOptions = {},
  ): Promise<Res> {
    const subject = definition.subject;
    const current = options.context ??
      CallContext.current() ?? { correlationId: CallContext.newCorrelationId() };
    // Signed once per call context: the gateway's several calls for one request share the token.
    if (current.actor && !current.actorToken) current.actorToken = await this.signActor(current.actor);
    const { idempotencyKey, ...rest } = current;
    const context = this.options.forwardIdempotencyKey && idempotencyKey ? { ...rest, idempotencyKey } : rest;
    const calls = this.metrics.rpcCalls.seriesOf(subject);
    const started = performance.now();
    const budget = callBudget(
      options.timeoutMs ?? this.defaultTimeoutMs,
      options.context?.deadlineAt ?? CallContext.current()?.deadlineAt,
      started,
      this.options.deadlineMarginMs ?? DEADLINE_MARGIN_MS,
    );
    let outcome = 'INTERNAL';
    try {
      if (!budget.send) throw notInTime(serviceOf(subject));
      const msg = await this.connection
        .request(this.names.subject(subject), JSON.stringify(payload), {
          timeout: budget.timeoutMs,
          headers: contextToHeaders(context, budget.timeoutMs),
        })
        .catch((error: unknown) => {
          throw transportErrorToDomain(error, subject, { nested: budget.nested });
        });
      const reply = parseReply<Res>(msg.data);
      if (!reply.ok) throw new DomainError(reply.error.code, reply.error.message, reply.error.details);
      outcome = 'ok';
      return reply.data;
    } catch (error) {
      if (error instanceof DomainError) outcome = error.code;
      throw error;
    } finally {
      calls.record(outcome, (performance.now() - started) / 1000);
    }
  }

  private signActor(actor: Actor): Promise<string> {
    if (!this.options.signer)
      throw new Error('this bus client has no signing key for the actor of its calls');
    return this.options.signer.sign(actor);
  }
}

function parseReply<T>(data: Uint8Array): RpcReply<T> {
  try {
    const reply = JSON.parse(Buffer.from(data).toString('utf8')) as RpcReply<T>;
    if (reply.ok === true || (reply.ok === false && isErrorBody(reply.error))) return reply;
  } catch {
    // fall through: a reply we cannot read is an internal error
  }
  throw new DomainError('INTERNAL', 'the service sent a reply that is not understood');
}
