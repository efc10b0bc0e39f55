import type { EntityManager } from '@mikro-orm/postgresql';
import { insertRows, newId, queryRows, type ColumnType } from '@pcs/platform';
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

/**
 * BIL-12: writes one balanced movement in the caller's transaction; refuses an unbalanced one. Four
 * statements whatever the number of entries (bench S9: a payment's transaction holds the community's
 * receipt counter until it commits, so every statement after the number costs every other payment).
 */
export async function post(em: EntityManager, movement: Movement): Promise<string | undefined> {
  const [transactionId] = await postMany(em, [movement]);
  return transactionId;
}

/**
 * BIL-12 for many movements at once (a billing run's chunk): the same rows as `post` for each, in a
 * few statements instead of several per movement: the accounts opened together, then the movements
 * and their entries in a statement each. Returns the movements' transaction ids, in order (undefined
 * for one without entries).
 */
export async function postMany(em: EntityManager, movements: Movement[]): Promise<(string | undefined)[]> {
  const planned = movements.map((m) => ({ movement: m, entries: balancedEntries(m.postings) }));
  const written = planned.filter((p) => p.entries.length > 0);
  const companyId = written[0]?.movement.companyId;
  if (companyId === undefined) return planned.map(() => undefined);
  if (written.some((p) => p.movement.companyId !== companyId))
    throw new Error('postMany posts the movements of one company');
  const accounts = await openAccounts(
    em,
    companyId,
    written.flatMap((p) => p.entries.map((e) => e.account)),
  );
  const ids = new Map<Movement, string>();
  const transactions: unknown[][] = [];
  const entries: unknown[][] = [];
  for (const { movement, entries: movementEntries } of written) {
    const transactionId = newId();
    ids.set(movement, transactionId);
    transactions.push([
      transactionId,
      movement.companyId,
      movement.communityId,
      movement.kind,
      movement.referenceId,
      movement.description,
      movement.at,
    ]);
    for (const entry of movementEntries) {
      entries.push([newId(), companyId, transactionId, accounts.get(entry.account.key), entry.amountFen]);
    }
  }
  await insertRows(em, 'ledger_transaction', TRANSACTION_COLUMNS, transactions);
  await insertRows(em, 'ledger_entry', ENTRY_COLUMNS, entries);
  return planned.map((p) => ids.get(p.movement));
}

/** The ids of the accounts, by key, opening those not opened yet (as `openAccount`, together). */
async function openAccounts(
  em: EntityManager,
  companyId: string,
  refs: AccountRef[],
): Promise<Map<string, string>> {
  // In key order: writers opening overlapping accounts take the key locks in the same order.
  const unique = [...new Map(refs.map((r) => [r.key, r])).values()].sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
  const opened = new Date();
  await insertRows(
    em,
    'account',
    ACCOUNT_COLUMNS,
    unique.map((ref) => [
      newId(),
      companyId,
      ref.communityId,
      ref.kind,
      ref.key,
      ref.unitId,
      ref.personId,
      ref.partyId,
      ref.label,
      opened,
    ]),
    'on conflict (company_id, key) do nothing',
  );
  const found = await queryRows<{ id: string; key: string }>(
    em,
    `select id, key from account where company_id = $1 and key = any($2::text[])`,
    [companyId, unique.map((r) => r.key)],
  );
  const ids = new Map(found.map((r) => [r.key, r.id]));
  const missing = unique.find((r) => !ids.has(r.key));
  if (missing) throw new Error(`account ${missing.key} was neither opened nor found`);
  return ids;
}

// Batches go in one statement per table, their values as array parameters (insertRows, bench S5).
const TRANSACTION_COLUMNS = {
  id: 'uuid',
  company_id: 'text',
  community_id: 'text',
  kind: 'text',
  reference_id: 'uuid',
  description: 'text',
  posted_at: 'timestamptz',
} as const satisfies Record<string, ColumnType>;

const ENTRY_COLUMNS = {
  id: 'uuid',
  company_id: 'text',
  transaction_id: 'uuid',
  account_id: 'uuid',
  amount_fen: 'bigint',
} as const satisfies Record<string, ColumnType>;

const ACCOUNT_COLUMNS = {
  id: 'uuid',
  company_id: 'text',
  community_id: 'text',
  kind: 'text',
  key: 'text',
  unit_id: 'uuid',
  person_id: 'uuid',
  party_id: 'uuid',
  label: 'text',
  created_at: 'timestamptz',
} as const satisfies Record<string, ColumnType>;
