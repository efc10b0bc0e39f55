import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '@pcs/platform';
import { balancedEntries, type AccountRef, type Posting } from './ledger.rules.js';

export interface Movement {
  companyId: string;
  communityId?: string;
  kind: string;
  referenceId?: string;
  description: string;
  at: Date;
  postings: Posting[];
}

/**
 * The account's id, opening it on first use. Concurrent first uses open it once (the unique key);
 * the loser reads the winner's row.
 */
export async function openAccount(em: EntityManager, companyId: string, ref: AccountRef): Promise<string> {
  const inserted = await em.execute<{ id: string }[]>(
    `insert into account (id, company_id, community_id, kind, key, unit_id, person_id, party_id, label, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, now()) on conflict (company_id, key) do nothing returning id`,
    [
      newId(),
      companyId,
      ref.communityId ?? null,
      ref.kind,
      ref.key,
      ref.unitId ?? null,
      ref.personId ?? null,
      ref.partyId ?? null,
      ref.label,
    ],
  );
  if (inserted[0]) return inserted[0].id;
  const [row] = await em.execute<{ id: string }[]>(
    `select id from account where company_id = ? and key = ?`,
    [companyId, ref.key],
  );
  if (!row) throw new Error(`account ${ref.key} was neither opened nor found`);
  return row.id;
}

/**
 * Opens the account and locks it until the transaction ends: the writers of one account (a payer's
 * payments, a fund's draws) queue, so each decides on the balance the previous one left.
 */
export async function lockAccount(em: EntityManager, companyId: string, ref: AccountRef): Promise<string> {
  const id = await openAccount(em, companyId, ref);
  await em.execute(`select id from account where id = ? for update`, [id]);
  return id;
}

/** BIL-12: the balance of an account is the sum of its entries (0 for an account never used). */
export async function balanceOf(em: EntityManager, companyId: string, key: string): Promise<bigint> {
  const [row] = await em.execute<{ balance: string | null }[]>(
    `select sum(e.amount_fen) as balance from ledger_entry e join account a on a.id = e.account_id
     where a.company_id = ? and a.key = ?`,
    [companyId, key],
  );
  return BigInt(row?.balance ?? 0);
}

/** BIL-12: writes one balanced movement in the caller's transaction; refuses an unbalanced one. */
export async function post(em: EntityManager, movement: Movement): Promise<string | undefined> {
  const entries = balancedEntries(movement.postings);
  if (entries.length === 0) return undefined;
  const transactionId = newId();
  await em.execute(
    `insert into ledger_transaction (id, company_id, community_id, kind, reference_id, description, posted_at)
     values (?, ?, ?, ?, ?, ?, ?)`,
    [
      transactionId,
      movement.companyId,
      movement.communityId ?? null,
      movement.kind,
      movement.referenceId ?? null,
      movement.description,
      movement.at,
    ],
  );
  for (const entry of entries) {
    const accountId = await openAccount(em, movement.companyId, entry.account);
    await em.execute(
      `insert into ledger_entry (id, company_id, transaction_id, account_id, amount_fen) values (?, ?, ?, ?, ?)`,
      [newId(), movement.companyId, transactionId, accountId, entry.amountFen.toString()],
    );
  }
  return transactionId;
}
