import type { EntityManager } from '@mikro-orm/postgresql';
import { insertRows, insertRowsTogether, newId, queryRows, type ColumnType } from '@pcs/platform';
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
  // An account is opened once and locked on every write after: one statement for one that exists.
  const existing = await lockOpenAccount(em, companyId, ref);
  if (existing) return existing;
  await openAccount(em, companyId, ref);
  const opened = await lockOpenAccount(em, companyId, ref);
  if (!opened) throw new Error(`account ${ref.key} was neither opened nor found`);
  return opened;
}

/** Locks the account if it was ever opened; its id, or undefined for one never opened. */
export async function lockOpenAccount(
  em: EntityManager,
  companyId: string,
  ref: AccountRef,
): Promise<string | undefined> {
  const [row] = await em.execute<{ id: string }[]>(
    `select id from account where company_id = ? and key = ? for update`,
    [companyId, ref.key],
  );
  return row?.id;
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
 * BIL-12: writes one balanced movement in the caller's transaction; refuses an unbalanced one. Two
 * statements whatever the number of entries (four when an account is opened), one when its accounts
 * were opened ahead (bench S9: a payment's transaction holds the community's receipt counter until it
 * commits, so every statement after the number costs every other payment).
 */
export async function post(
  em: EntityManager,
  movement: Movement,
  opened?: OpenedAccounts,
): Promise<string | undefined> {
  const [transactionId] = await postMany(em, [movement], opened);
  return transactionId;
}

/** Account ids by key, as `openPostingAccounts` returns them. */
export type OpenedAccounts = ReadonlyMap<string, string>;

/**
 * Opens the accounts of the postings ahead of `post`, which then writes the movement in one
 * statement: a payment opens them before it takes its receipt number, so that they are not among
 * the statements that hold the community's receipt counter (bench S9).
 */
export function openPostingAccounts(
  em: EntityManager,
  companyId: string,
  postings: readonly Posting[],
): Promise<OpenedAccounts> {
  return openAccounts(
    em,
    companyId,
    postings.map((p) => p.account),
  );
}

/**
 * BIL-12 for many movements at once (a billing run's chunk): the same rows as `post` for each, in a
 * few statements instead of several per movement: the accounts opened together (unless `opened`
 * holds them), then the movements and their entries in one statement. Returns the movements'
 * transaction ids, in order (undefined for one without entries).
 */
export async function postMany(
  em: EntityManager,
  movements: Movement[],
  opened?: OpenedAccounts,
): Promise<(string | undefined)[]> {
  const planned = movements.map((m) => ({ movement: m, entries: balancedEntries(m.postings) }));
  const written = planned.filter((p) => p.entries.length > 0);
  const companyId = written[0]?.movement.companyId;
  if (companyId === undefined) return planned.map(() => undefined);
  if (written.some((p) => p.movement.companyId !== companyId))
    throw new Error('postMany posts the movements of one company');
  const refs = written.flatMap((p) => p.entries.map((e) => e.account));
  const accounts =
    opened && refs.every((r) => opened.has(r.key)) ? opened : await openAccounts(em, companyId, refs);
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
  await insertRowsTogether(em, [
    { table: 'ledger_transaction', columns: TRANSACTION_COLUMNS, rows: transactions },
    { table: 'ledger_entry', columns: ENTRY_COLUMNS, rows: entries },
  ]);
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
  const find = async (refs: AccountRef[]) =>
    queryRows<{ id: string; key: string }>(
      em,
      `select id, key from account where company_id = $1 and key = any($2::text[])`,
      [companyId, refs.map((r) => r.key)],
    );
  // Most accounts exist (a payer's, a method's): one read then, the inserts only for the others.
  const ids = new Map((await find(unique)).map((r) => [r.key, r.id]));
  const absent = unique.filter((r) => !ids.has(r.key));
  if (absent.length === 0) return ids;
  const opened = new Date();
  await insertRows(
    em,
    'account',
    ACCOUNT_COLUMNS,
    absent.map((ref) => [
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
  for (const r of await find(absent)) ids.set(r.key, r.id);
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
