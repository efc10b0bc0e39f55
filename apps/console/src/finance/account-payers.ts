/*
 * Whose bill is whose on a unit's account (BIL-2, decision 0389). After a re-bill one unit holds bills,
 * payments and credit of several payers: the seller's and the buyer's, the owner's and a fee-paying
 * tenant's, and the unit's own (no payer, decision 0106). Billing knows payers by id only; the unit's
 * page already has the names of its current occupants, for the roles that may read people.
 */

/** A bill, payment or credit entry of no one: the unit's own (decision 0106), as the arrears download says it. */
export const UNIT_ITSELF = '房屋自身（无缴费人）';

/** A person the page already knows by name: the unit view's occupants. */
export interface KnownPerson {
  personId: string;
  name: string;
}

/** What the account's rows say of their payer. */
export interface PayerRef {
  payerPersonId?: string;
  /** A payment of the unit's own bills names its payer in words (decision 0345). */
  payerName?: string;
}

/** The statement's rows that name a payer. */
export interface PayerRows {
  bills: readonly PayerRef[];
  payments: readonly PayerRef[];
  creditEntries: readonly PayerRef[];
}

/**
 * The people whose names the account may show: the unit's occupants, for a caller who may read people
 * (the gateway leaves occupants out for the others, decision 0279); nobody otherwise.
 */
export function knownPeople(
  occupants: readonly KnownPerson[] | undefined,
  mayReadPeople: boolean,
): KnownPerson[] {
  return mayReadPeople ? [...(occupants ?? [])] : [];
}

/** Every payer the statement names, each once, in the order the bills, payments and credit name them. */
export function statementPayerIds(rows: PayerRows): string[] {
  const ids = [...rows.bills, ...rows.payments, ...rows.creditEntries]
    .map((row) => row.payerPersonId)
    .filter((id): id is string => id !== undefined);
  return [...new Set(ids)];
}

/** The shortest tail (at least 4 characters) that tells each of these ids apart. */
function distinctTail(ids: readonly string[]): number {
  const longest = Math.max(0, ...ids.map((id) => id.length));
  for (let length = 4; length < longest; length += 2) {
    if (new Set(ids.map((id) => id.slice(-length))).size === ids.length) return length;
  }
  return longest;
}

/**
 * How the account names each row's payer: the person's name where the page knows it; 房屋自身（无缴费人）
 * for the unit's own; a payment's named payer as written; anyone else by a short 缴费人 label, the tail
 * of their id (long enough to tell the statement's payers apart), so that two 「…（重开）」 bills of the
 * same month are seen to be two people's.
 */
export function payerLabeller(
  known: readonly KnownPerson[],
  payerIds: readonly string[],
): (row: PayerRef) => string {
  const names = new Map(known.map((person) => [person.personId, person.name]));
  const unnamed = [...new Set(payerIds)].filter((id) => !names.has(id));
  const tail = distinctTail(unnamed);
  return ({ payerPersonId, payerName }) => {
    if (payerPersonId === undefined) return payerName ? payerName : UNIT_ITSELF;
    return names.get(payerPersonId) ?? `缴费人 …${payerPersonId.slice(-tail)}`;
  };
}

/**
 * Whether the account's figures add up several payers' (a bill of one, credit of another): the page
 * then says that 欠费 and 预存余额 are the unit's totals, not one person's, and do not cancel out.
 * The unit's own bills count as one payer; a cancelled bill (re-billed) counts for no one.
 */
export function mixesPayers(rows: {
  bills: readonly (PayerRef & { status?: string })[];
  creditEntries: readonly PayerRef[];
}): boolean {
  const live = rows.bills.filter((bill) => bill.status !== 'cancelled');
  const payers = new Set([...live, ...rows.creditEntries].map((row) => row.payerPersonId ?? ''));
  return payers.size > 1;
}
