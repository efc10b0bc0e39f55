import type { ErrorBody } from '@pcs/contracts';

/** The body of every reply on the bus. */
export type RpcReply<T = unknown> = { ok: true; data: T } | { ok: false; error: ErrorBody };
