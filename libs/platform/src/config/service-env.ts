import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/*
 * Every setting has an explicit type annotation: implicit conversion from environment strings reads
 * the emitted design type, which is missing for un-annotated initialised fields.
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Settings every process has: where NATS is, how it logs, how long it may take. */
export class ProcessEnv {
  /** One or more NATS server URLs, comma-separated. */
  @Matches(/^(nats|tls|ws|wss):\/\/[^\s,]+(,(nats|tls|ws|wss):\/\/[^\s,]+)*$/, {
    message: 'must be one or more nats:// URLs, comma-separated',
  })
  NATS_URL: string = 'nats://127.0.0.1:4222';

  @IsOptional()
  @IsString()
  NATS_USER?: string;

  @IsOptional()
  @IsString()
  NATS_PASSWORD?: string;

  /** HTTP port: the API at the gateway; health and metrics at the services (0: any free port). */
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT!: number;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /**
   * Prefixes every subject, stream and durable consumer name. Empty in production; tests use it so
   * that test files can share one NATS server without seeing each other's messages.
   */
  @Matches(/^([a-z][a-z0-9-]{0,30})?$/, { message: 'must be empty or a lower-case token such as t42' })
  BUS_PREFIX: string = '';

  /** How long a caller waits for a reply on the bus before answering 504. */
  @IsInt()
  @Min(100)
  @Max(120_000)
  RPC_TIMEOUT_MS: number = 5_000;

  /**
   * This process's Ed25519 private key (base64 PKCS#8 DER), with which it signs the actor of its bus
   * requests. Development defaults exist; production must set it (deploy/README.md).
   */
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]+=*$/, { message: 'must be a base64 PKCS#8 key' })
  BUS_SIGNING_KEY?: string;

  /** The public keys whose signed actors this process trusts: `issuer=base64 SPKI`, comma-separated. */
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]*=[A-Za-z0-9+/]+=*(,[a-z][a-z0-9-]*=[A-Za-z0-9+/]+=*)*$/, {
    message: 'must be issuer=base64 SPKI pairs, comma-separated',
  })
  BUS_TRUSTED_KEYS?: string;

  /** How long a signed actor is valid: long enough for one request and the calls it makes. */
  @IsInt()
  @Min(5)
  @Max(600)
  BUS_ACTOR_TTL_SECONDS: number = 60;

  /** How long shutdown waits for in-flight work before closing connections. */
  @IsInt()
  @Min(0)
  @Max(120_000)
  SHUTDOWN_GRACE_MS: number = 10_000;
}

/** Settings of a service that owns a database. */
export class ServiceEnv extends ProcessEnv {
  @Matches(/^postgres(ql)?:\/\/\S+\/[A-Za-z0-9_-]+(\?\S*)?$/, {
    message: 'must be a postgres:// URL that names a database',
  })
  DATABASE_URL!: string;

  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_MAX: number = 10;

  /**
   * How long a query waits for a database connection (a pool slot, or a new connection) before the
   * request fails with 503. Longer than a burst's queue, and than the gateway waits (RPC_TIMEOUT_MS):
   * its purpose is a database that does not answer at all, which would otherwise hold requests for
   * the operating system's connect timeout, minutes.
   */
  @IsInt()
  @Min(100)
  @Max(120_000)
  DATABASE_CONNECT_TIMEOUT_MS: number = 10_000;

  /** Replicas of the service's JetStream stream: 1 on a single server, 3 on a production cluster. */
  @IsInt()
  @Min(1)
  @Max(5)
  STREAM_REPLICAS: number = 1;

  /** How long the stream keeps events for replay by new or recovering consumers. */
  @IsInt()
  @Min(1)
  @Max(3650)
  STREAM_MAX_AGE_DAYS: number = 90;

  /** Published outbox rows are kept this long so that a range can be re-published after an incident. */
  @IsInt()
  @Min(1)
  @Max(365)
  OUTBOX_RETENTION_DAYS: number = 7;

  /**
   * Inbox rows are kept longer than the stream keeps events (STREAM_MAX_AGE_DAYS), so that no
   * redelivery or replay of an event can outlive the record that it was applied.
   */
  @IsInt()
  @Min(2)
  @Max(3660)
  INBOX_RETENTION_DAYS: number = 120;

  /** Stored responses to Idempotency-Keys; clients retry within minutes, a month is ample. */
  @IsInt()
  @Min(1)
  @Max(365)
  IDEMPOTENCY_RETENTION_DAYS: number = 30;
}
