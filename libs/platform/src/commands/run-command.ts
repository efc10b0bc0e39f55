import type { EntityManager } from '@mikro-orm/postgresql';
import type { CommandDefinition } from '@pcs/contracts';
import { CallContext } from '../context/call-context.js';
import { hashPayload, idempotent } from '../idempotency/idempotent.js';
import { oneAtATime } from '../idempotency/one-at-a-time.js';
import { retryTransactionConflicts } from './transaction-retry.js';

/** The parts of a command that differ from one command to the next; `runCommand` does the rest. */
export interface CommandSteps<Res, Changed, Loaded = void> {
  /**
   * Reads, and the locks and checks that must hold on every call, a replay included: a caller whose
   * scope no longer covers the record must not get the first answer back (GEN-5). Runs before the key
   * is claimed.
   */
  load?: (em: EntityManager) => Promise<Loaded>;
  /**
   * State changes, numbers, archive entries, staged events, questions to other services: committed at
   * most once per key. An attempt rolled back by a conflict runs it again, so what it asks other
   * services must be questions, never their commands.
   */
  change: (em: EntityManager, loaded: Loaded) => Promise<Changed>;
  /** The reply, read after the flush so that it sees what the change wrote; replays get it verbatim. */
  view: (em: EntityManager, changed: Changed) => Res | Promise<Res>;
}

/**
 * One command, one transaction: the change, its archive entries, its outbox events and the
 * Idempotency-Key record commit together or not at all, and a retry with the same key and payload
 * replays the stored reply without changing anything or asking other services again (decision 0005).
 * The command's bus subject names the operation the key is bound to, so a key reused for another
 * command is refused.
 *
 * A transaction PostgreSQL rolls back for a serialization failure or deadlock runs again from `load`,
 * a few times (decision 0076): it kept nothing, not even the key. Inside a caller's own transaction it
 * cannot (the caller's transaction is what was rolled back), so there the conflict surfaces at once.
 */
export async function runCommand<Req extends object, Res, Changed, Loaded = void>(
  em: EntityManager,
  command: CommandDefinition<Req, Res>,
  payload: Req,
  steps: CommandSteps<Res, Changed, Loaded>,
): Promise<Res> {
  const { companyId } = CallContext.actor();
  const transaction = (): Promise<Res> =>
    em.transactional(async (tx) => {
      const loaded = steps.load ? await steps.load(tx) : (undefined as Loaded);
      return idempotent(tx, { companyId, operation: command.subject, payload }, async () => {
        const changed = await steps.change(tx, loaded);
        await tx.flush();
        return steps.view(tx, changed);
      });
    });
  if (em.isInTransaction()) return transaction();
  // Copies of one keyed request wait for each other here rather than on the key's row in PostgreSQL;
  // those from the same caller with the same payload share the first's committed reply (0186).
  const context = CallContext.current();
  const key = context?.idempotencyKey
    ? [companyId, context.actor?.sub ?? '', context.idempotencyKey].join('\u0000')
    : undefined;
  const request = key ? hashPayload(command.subject, { payload, actor: context?.actor }) : undefined;
  return oneAtATime(key, () => retryTransactionConflicts(transaction), request);
}
