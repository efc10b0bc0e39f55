import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Accounts, balancedEntries, transfer, type AccountRef } from './ledger.rules.js';

const accounts: AccountRef[] = [
  Accounts.receivable('GZ01', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'),
  Accounts.prepayment('GZ01', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'),
  Accounts.income('move-in-fees'),
  Accounts.clearing('cash'),
  Accounts.deposit(
    'GZ01',
    '00000000-0000-4000-8000-000000000001',
    '00000000-0000-4000-8000-000000000002',
    'd1',
  ),
];

describe('the ledger (BIL-12)', () => {
  it('BIL-12: an unbalanced movement is refused, never written', () => {
    expect(() =>
      balancedEntries([
        { account: accounts[0]!, amountFen: 100n },
        { account: accounts[2]!, amountFen: -99n },
      ]),
    ).toThrow(/unbalanced/);
  });

  it('BIL-12: any sequence of transfers is balanced, and each balance is the sum of its entries', () => {
    const move = fc.record({
      from: fc.nat({ max: accounts.length - 1 }),
      to: fc.nat({ max: accounts.length - 1 }),
      amount: fc.bigInt({ min: 1n, max: 10_000_000_000n }),
    });
    fc.assert(
      fc.property(fc.array(move, { maxLength: 30 }), (moves) => {
        const balances = new Map<string, bigint>();
        const expected = new Map<string, bigint>();
        for (const m of moves) {
          const entries = balancedEntries(transfer(accounts[m.from]!, accounts[m.to]!, m.amount));
          expect(entries.reduce((s, e) => s + e.amountFen, 0n)).toBe(0n);
          for (const e of entries)
            balances.set(e.account.key, (balances.get(e.account.key) ?? 0n) + e.amountFen);
          if (m.from !== m.to) {
            const to = accounts[m.to]!.key;
            const from = accounts[m.from]!.key;
            expected.set(to, (expected.get(to) ?? 0n) + m.amount);
            expected.set(from, (expected.get(from) ?? 0n) - m.amount);
          }
        }
        expect([...balances.values()].reduce((s, v) => s + v, 0n)).toBe(0n);
        for (const [key, value] of expected) expect(balances.get(key) ?? 0n).toBe(value);
      }),
    );
  });
});
