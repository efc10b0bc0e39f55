import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@pcs/contracts';
import { CallContext } from '../context/call-context.js';
import { assertInTransaction } from '../persistence/transaction-guard.js';

/**
 * Runs a write at most once per Idempotency-Key: the first call's result is stored in the same
 * transaction as its effect and replayed to every retry with the same key and payload; the same key
 * with another payload is refused (409). Concurrent retries queue on the key's row and then replay.
 * A key belongs to its caller: the same key from another staff member is another request, and never
 * sees the first caller's response. Without a key the write simply runs. Call it inside the write's
 * transaction.
 */
export async function idempotent<T>(
  em: EntityManager,
  scope: { companyId: string; operation: string; payload: unknown },
  write: () => Promise<T>,
): Promise<T> {
  assertInTransaction(em, 'idempotent');
  const context = CallContext.current();
  const key = context?.idempotencyKey;
  if (!key) return write();
  const actorId = context.actor?.sub ?? '';
  const requestHash = hashPayload(scope.operation, scope.payload);
  const claimed = await em.execute<{ key: string }[]>(
    `insert into idempotency_record (company_id, actor_id, key, operation, request_hash) values (?, ?, ?, ?, ?)
     on conflict (company_id, actor_id, key) do nothing returning key`,
    [scope.companyId, actorId, key, scope.operation, requestHash],
  );
  if (claimed.length === 0) {
    const [first] = await em.execute<{ operation: string; request_hash: string; response: T }[]>(
      `select operation, request_hash, response from idempotency_record
        where company_id = ? and actor_id = ? and key = ?`,
      [scope.companyId, actorId, key],
    );
    if (!first || first.operation !== scope.operation || first.request_hash !== requestHash) {
      throw new DomainError('IDEMPOTENCY_KEY_REUSED');
    }
    return first.response;
  }
  const result = await write();
  await em.execute(
    `update idempotency_record set response = ? where company_id = ? and actor_id = ? and key = ?`,
    [JSON.stringify(result ?? null), scope.companyId, actorId, key],
    'run',
  );
  return result;
}

export function hashPayload(operation: string, payload: unknown): string {
  return createHash('sha256').update(operation).update('\n').update(canonicalJson(payload)).digest('hex');
}

/** JSON with object keys sorted, so that `{a,b}` and `{b,a}` are the same request. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
