import type { AccountKind } from './account-kind.js';

/** What an account is for; its `key` is unique within a company. */
export interface AccountRef {
  kind: AccountKind;
  key: string;
  label: string;
  communityId?: string;
  unitId?: string;
  personId?: string;
  partyId?: string;
}

export interface Posting {
  account: AccountRef;
  /** Signed fen, debit positive. */
  amountFen: bigint;
}

/**
 * BIL-12: the entries of one movement: postings to the same account merged, zeros dropped. Throws
 * unless they sum to zero: an unbalanced movement is a bug, never something to write.
 */
export function balancedEntries(postings: readonly Posting[]): Posting[] {
  const byKey = new Map<string, Posting>();
  for (const p of postings) {
    const seen = byKey.get(p.account.key);
    byKey.set(p.account.key, { account: p.account, amountFen: (seen?.amountFen ?? 0n) + p.amountFen });
  }
  const entries = [...byKey.values()].filter((p) => p.amountFen !== 0n);
  const sum = entries.reduce((s, p) => s + p.amountFen, 0n);
  if (sum !== 0n) throw new Error(`BIL-12: unbalanced movement (sum ${sum} fen)`);
  return entries;
}

/** A movement of `amountFen` from `from` to `to`: `to` is debited, `from` credited. */
export function transfer(from: AccountRef, to: AccountRef, amountFen: bigint): Posting[] {
  return [
    { account: to, amountFen },
    { account: from, amountFen: -amountFen },
  ];
}

export const Accounts = {
  receivable: (communityId: string, unitId: string, payerPersonId?: string): AccountRef => ({
    kind: 'receivable',
    key: `receivable:${unitId}:${payerPersonId ?? 'unit'}`,
    label: '应收账款',
    communityId,
    unitId,
    ...(payerPersonId ? { personId: payerPersonId } : {}),
  }),
  prepayment: (communityId: string, unitId: string, payerPersonId: string): AccountRef => ({
    kind: 'prepayment',
    key: `prepayment:${unitId}:${payerPersonId}`,
    label: '预收款（余额）',
    communityId,
    unitId,
    personId: payerPersonId,
  }),
  deposit: (communityId: string, unitId: string, payerPersonId: string, depositId: string): AccountRef => ({
    kind: 'deposit',
    key: `deposit:${depositId}`,
    label: '押金',
    communityId,
    unitId,
    personId: payerPersonId,
    partyId: depositId,
  }),
  income: (code: string): AccountRef => ({ kind: 'income', key: `income:${code}`, label: `收入：${code}` }),
  clearing: (method: string): AccountRef => ({
    kind: 'clearing',
    key: `clearing:${method}`,
    label: `资金清算：${method}`,
  }),
  expense: (code: string): AccountRef => ({
    kind: 'expense',
    key: `expense:${code}`,
    label: `支出：${code}`,
  }),
  qualityDeposit: (contractorId: string, name: string): AccountRef => ({
    kind: 'quality-deposit',
    key: `quality-deposit:${contractorId}`,
    label: `工程质量保证金：${name}`,
    partyId: contractorId,
  }),
  contractorReceivable: (contractorId: string, name: string): AccountRef => ({
    kind: 'contractor-receivable',
    key: `contractor-receivable:${contractorId}`,
    label: `应收承包商款：${name}`,
    partyId: contractorId,
  }),
  revolvingFund: (teamId: string, name: string): AccountRef => ({
    kind: 'revolving-fund',
    key: `revolving-fund:${teamId}`,
    label: `周转金：${name}`,
    partyId: teamId,
  }),
};
