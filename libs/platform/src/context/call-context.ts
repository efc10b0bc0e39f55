import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { DomainError, type Actor } from '@pcs/contracts';

/**
 * What travels with one piece of work from the HTTP edge through NATS headers into events:
 * the correlation id of the original request, who acts, and what caused it.
 */
export interface CallContextData {
  correlationId: string;
  actor?: Actor;
  /**
   * The signed form of `actor` as it arrived on the bus (or as this process signed it): passed on
   * unchanged when this work calls another service on the caller's behalf.
   */
  actorToken?: string;
  /** The id of the event whose handling started this work. */
  causationId?: string;
  /** The client's Idempotency-Key of the current write, if it sent one. */
  idempotencyKey?: string;
  /**
   * While serving a bus request: the moment (`performance.now()` time, this process's own clock) by
   * which the caller must have the reply, from the time it said it waits (decision 0374). Calls made
   * to other services meanwhile give up before it. Absent at the edge and outside requests.
   */
  deadlineAt?: number;
}

const storage = new AsyncLocalStorage<CallContextData>();

export const CallContext = {
  run<T>(data: CallContextData, fn: () => T): T {
    return storage.run(data, fn);
  },

  current(): CallContextData | undefined {
    return storage.getStore();
  },

  correlationId(): string | undefined {
    return storage.getStore()?.correlationId;
  },

  /** Milliseconds until the current request's caller stops waiting; undefined without a deadline. */
  timeLeftMs(): number | undefined {
    const deadlineAt = storage.getStore()?.deadlineAt;
    return deadlineAt === undefined ? undefined : Math.max(0, deadlineAt - performance.now());
  },

  /** The acting staff member or service; a call without one is refused. */
  actor(): Actor {
    const actor = storage.getStore()?.actor;
    if (!actor) throw new DomainError('UNAUTHENTICATED');
    return actor;
  },

  /**
   * Names who acts in the context already running: the HTTP edge opens a request's context before its
   * guard has verified the staff token, so the guard adds the actor to it afterwards.
   */
  actAs(actor: Actor): void {
    const store = storage.getStore();
    if (!store) throw new Error('CallContext.actAs outside a call context');
    store.actor = actor;
  },

  newCorrelationId(): string {
    return randomUUID();
  },
};
