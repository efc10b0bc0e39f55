/**
 * The one classifier of failures that are the infrastructure's, not the request's nor the code's: the
 * database restarting, refusing or dropping connections, out of connection slots, or a transaction
 * that lost a race with another. Trying again shortly can succeed, so the caller is told 503 with
 * `Retry-After` (decision 0075) instead of a 500 that says a bug was found.
 */
export interface TransientFailure {
  /** Why, for logs and metrics; never shown to the caller beyond the code. */
  reason: 'connection' | 'database-unavailable' | 'too-many-connections' | 'transaction-conflict';
  /** What the caller is asked to wait before retrying. */
  retryAfterSeconds: number;
}

/** SQLSTATEs of a database that is going away, coming back, or out of connection slots. */
const UNAVAILABLE_SQLSTATES: Readonly<Record<string, TransientFailure['reason']>> = {
  '57P01': 'database-unavailable', // admin_shutdown: a fast shutdown or pg_terminate_backend
  '57P02': 'database-unavailable', // crash_shutdown: another backend crashed, all are reset
  '57P03': 'database-unavailable', // cannot_connect_now: starting up, in recovery, shutting down
  '53300': 'too-many-connections',
};

/** Serialization failure and deadlock: the transaction lost a race and was rolled back whole. */
const CONFLICT_SQLSTATES = new Set(['40001', '40P01']);

/** Socket errors of a peer that is restarting, unreachable or went away mid-conversation. */
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/*
 * What pg and pg-pool say when a connection ends or cannot be had in time: these errors carry no code.
 * (`Connection terminated unexpectedly`, `… due to connection timeout`, `timeout exceeded when trying to
 * connect`, a client whose connection broke or that the pool closed at shutdown.)
 */
const CONNECTION_MESSAGES = [
  /^Connection terminated\b/,
  /timeout exceeded when trying to connect/,
  /Client has encountered a connection error and is not queryable/,
  /Client was closed and is not queryable/,
  /Cannot use a pool after calling end on the pool/,
];

const RETRY_AFTER_SECONDS: Readonly<Record<TransientFailure['reason'], number>> = {
  connection: 1,
  'database-unavailable': 2,
  'too-many-connections': 2,
  'transaction-conflict': 1,
};

/**
 * The transient failure `error` is, or undefined when it is not one (a bug, a constraint violation,
 * a domain error). Looks through `cause` chains and aggregated errors: MikroORM wraps the driver's
 * error, and a failed connect to several addresses is an AggregateError.
 */
export function transientFailureOf(error: unknown): TransientFailure | undefined {
  const reason = reasonOf(error, 0);
  return reason ? { reason, retryAfterSeconds: RETRY_AFTER_SECONDS[reason] } : undefined;
}

/** A serialization failure or deadlock: the whole transaction may simply run again. */
export function isTransactionConflict(error: unknown): boolean {
  return transientFailureOf(error)?.reason === 'transaction-conflict';
}

function reasonOf(error: unknown, depth: number): TransientFailure['reason'] | undefined {
  // Bounded: a cause chain can be cyclic.
  if (depth > 5 || error === null || typeof error !== 'object') return undefined;
  const { code, sqlState, message, cause, errors } = error as {
    code?: unknown;
    sqlState?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  for (const state of [sqlState, code]) {
    if (typeof state !== 'string') continue;
    if (CONFLICT_SQLSTATES.has(state)) return 'transaction-conflict';
    const unavailable = UNAVAILABLE_SQLSTATES[state];
    if (unavailable) return unavailable;
    // Class 08, connection exception: the connection failed or was lost.
    if (/^08[0-9A-Z]{3}$/.test(state)) return 'connection';
    if (CONNECTION_ERROR_CODES.has(state)) return 'connection';
  }
  if (typeof message === 'string' && CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) {
    return 'connection';
  }
  if (Array.isArray(errors)) {
    for (const inner of errors) {
      const reason = reasonOf(inner, depth + 1);
      if (reason) return reason;
    }
  }
  return reasonOf(cause, depth + 1);
}
