/**
 * Deadline propagation on the bus (decision 0374). A request carries how long its caller waits for
 * the reply (`Pcs-Time-Left-Ms`, milliseconds counted when it was sent, so the hosts' clocks never
 * matter); the service serving it keeps the local moment it must have answered by (`deadlineAt` of the
 * call context, in `performance.now()` time); and a call it makes to another service while serving
 * waits at most the time left minus a margin, so that it gives up, and answers, before its caller
 * does. Outside a request (the scheduler, event consumers) there is no deadline and nothing changes.
 */

/**
 * What a nested call leaves to the handler that made it: for the reply to travel back, and for the
 * handler to finish what it does after the call (record the outcome, read its view, reply).
 */
export const DEADLINE_MARGIN_MS = 500;

/** A nested call given less than this is not sent: it could not be answered in time anyway. */
export const MIN_NESTED_CALL_MS = 100;

/** The longest time left a request may state; a larger or unreadable value is ignored. */
const MAX_TIME_LEFT_MS = 24 * 60 * 60 * 1000;

/** How long a call may wait for its reply. */
export type CallBudget =
  /** Send, waiting `timeoutMs`; `nested` when serving a request whose caller is still waiting. */
  | { send: true; timeoutMs: number; nested: boolean }
  /** Too little of the caller's time is left: fail at once instead of sending. */
  | { send: false; leftMs: number };

/**
 * The budget of one call: its own timeout (RPC_TIMEOUT_MS, or the one the call gives), and, while
 * serving a request that must be answered by `deadlineAt`, no longer than the time left then minus
 * `marginMs`, and refused when that is under `minimumMs`.
 */
export function callBudget(
  ownTimeoutMs: number,
  deadlineAt: number | undefined,
  now: number,
  marginMs = DEADLINE_MARGIN_MS,
  minimumMs = MIN_NESTED_CALL_MS,
): CallBudget {
  if (deadlineAt === undefined) return { send: true, timeoutMs: ownTimeoutMs, nested: false };
  const usable = Math.floor(deadlineAt - now - marginMs);
  if (usable < Math.min(minimumMs, ownTimeoutMs))
    return { send: false, leftMs: Math.max(0, Math.floor(deadlineAt - now)) };
  return { send: true, timeoutMs: Math.min(ownTimeoutMs, usable), nested: true };
}

/** The value of `Pcs-Time-Left-Ms` for a call that waits `timeoutMs`: whole milliseconds, at least 1. */
export function formatTimeLeft(timeoutMs: number): string {
  return String(Math.max(1, Math.floor(timeoutMs)));
}

/**
 * The local deadline of a request received at `receivedAt` with the header value `value`: undefined
 * when there is none, or it is not a plain count of milliseconds within a day (the request is then
 * served as one without a deadline, as before; the header grants nothing, so a forged value can at
 * most make this service's own calls give up sooner, never later than its RPC_TIMEOUT_MS).
 */
export function deadlineFromTimeLeft(value: string | undefined, receivedAt: number): number | undefined {
  if (value === undefined || !/^[0-9]{1,9}$/.test(value)) return undefined;
  const ms = Number(value);
  if (ms > MAX_TIME_LEFT_MS) return undefined;
  return receivedAt + ms;
}
