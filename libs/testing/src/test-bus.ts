import { randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager, type StoredMsg } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import {
  SERVICE_BUSES,
  type Actor,
  type CloudEvent,
  type CommandDefinition,
  type EventDefinition,
} from '@pcs/contracts';
import {
  BusClient,
  BusIdentitySigner,
  BusNames,
  contextToHeaders,
  DEVELOPMENT_BUS_KEYS,
  STAFF_ISSUER,
  type ActorSigner,
  Metrics,
  provisionStream,
  type OwnedStream,
  type RpcReply,
} from '@pcs/platform';
import { testNatsUrl } from './test-resources.js';

/**
 * Signs as the development keys allow: staff members as the gateway does, a service
 * (`service:<name>`) as that service does itself.
 */
export const developmentSigner: ActorSigner = {
  sign(actor: Actor): Promise<string> {
    const service = /^service:(.+)$/.exec(actor.sub)?.[1];
    const issuer = service && DEVELOPMENT_BUS_KEYS[service] ? service : STAFF_ISSUER;
    return new BusIdentitySigner(issuer, DEVELOPMENT_BUS_KEYS[issuer]!.privateKey).sign(actor);
  },
};

/** A NATS connection for a test file: send commands as a given staff member, read streams. */
export class TestBus {
  readonly names: BusNames;
  readonly client: BusClient;

  private constructor(
    readonly connection: NatsConnection,
    prefix: string,
  ) {
    this.names = new BusNames(prefix);
    // Acts as the gateway: passes the Idempotency-Key on, signs the actor.
    this.client = new BusClient(connection, this.names, new Metrics('test'), 5_000, {
      forwardIdempotencyKey: true,
      signer: developmentSigner,
    });
  }

  static async connect(prefix: string): Promise<TestBus> {
    return new TestBus(await connect({ servers: testNatsUrl() }), prefix);
  }

  /** Sends a command as `actor` and returns the data, or throws the DomainError the service answered. */
  request<Req extends object, Res>(
    definition: CommandDefinition<Req, Res>,
    payload: unknown,
    actor: Actor,
    extra: { idempotencyKey?: string; correlationId?: string; timeoutMs?: number } = {},
  ): Promise<Res> {
    return this.client.request(definition, payload as Req, {
      timeoutMs: extra.timeoutMs,
      context: {
        correlationId: extra.correlationId ?? `test-${Date.now()}`,
        actor,
        idempotencyKey: extra.idempotencyKey,
      },
    });
  }

  /**
   * Sends any payload (even invalid JSON) and returns the reply exactly as the service sent it. The
   * actor is signed, unless `actorToken` gives the header's exact value (forged, expired, unsigned).
   */
  async rawRequest(
    subject: string,
    body: string,
    actor?: Actor,
    options: { actorToken?: string } = {},
  ): Promise<RpcReply> {
    const actorToken = options.actorToken ?? (actor ? await developmentSigner.sign(actor) : undefined);
    const msg = await this.connection.request(this.names.subject(subject), body, {
      timeout: 5_000,
      headers: contextToHeaders({ correlationId: 'raw', ...(actorToken ? { actorToken } : {}) }),
    });
    return msg.json<RpcReply>();
  }

  /**
   * Publishes an event as its producing service would: a CloudEvents envelope on the owner's stream
   * (created here when missing; in production the owner creates it), with `Nats-Msg-Id` = event id.
   */
  async publishEvent<D extends object>(
    definition: EventDefinition<D>,
    owner: OwnedStream,
    event: Omit<CloudEvent<D>, 'specversion' | 'type' | 'datacontenttype' | 'id' | 'time' | 'correlationid'> &
      Partial<Pick<CloudEvent<D>, 'id' | 'time' | 'correlationid'>>,
  ): Promise<CloudEvent<D>> {
    await provisionStream(this.connection, this.names, owner);
    const envelope: CloudEvent<D> = {
      specversion: '1.0',
      type: definition.type,
      datacontenttype: 'application/json',
      id: event.id ?? randomUUID(),
      time: event.time ?? new Date().toISOString(),
      correlationid: event.correlationid ?? 'test',
      ...event,
    } as CloudEvent<D>;
    await jetstream(this.connection).publish(
      this.names.subject(definition.subject),
      JSON.stringify(envelope),
      {
        msgID: envelope.id,
      },
    );
    return envelope;
  }

  /** Every event stored in a service's stream, oldest first. */
  async events(stream: string): Promise<CloudEvent[]> {
    const jsm = await jetstreamManager(this.connection);
    const name = this.names.stream(stream);
    const info = await jsm.streams.info(name);
    const out: CloudEvent[] = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
      const msg: StoredMsg | null = await jsm.streams.getMessage(name, { seq }).catch(() => null);
      if (msg) out.push(msg.json<CloudEvent>());
    }
    return out;
  }

  /**
   * True when every durable consumer of every service stream under this prefix has delivered and
   * had acknowledged everything: no event is still on its way to a handler.
   */
  async consumersIdle(): Promise<boolean> {
    const jsm = await jetstreamManager(this.connection);
    for (const bus of SERVICE_BUSES) {
      const stream = this.names.stream(bus.stream);
      try {
        for await (const consumer of jsm.consumers.list(stream)) {
          if (consumer.num_pending > 0 || consumer.num_ack_pending > 0) return false;
        }
      } catch {
        // The stream does not exist under this prefix: nothing is on its way.
      }
    }
    return true;
  }

  async close(): Promise<void> {
    await this.connection.drain();
  }
}
