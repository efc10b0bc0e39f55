import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { allocatePayment, spreadCredit } from './allocation.rules.js';

const owedList = fc.array(
  fc.record({ id: fc.uuid(), outstandingFen: fc.bigInt({ min: 0n, max: 10_000_000n }) }),
  { maxLength: 12 },
);

describe('payment allocation (BIL-5)', () => {
  it('BIL-5: pays the oldest first; a partial payment leaves the rest owed; an overpayment becomes credit', () => {
    const owed = [
      { id: 'oct', outstandingFen: 26_850n },
      { id: 'nov', outstandingFen: 26_850n },
    ];
    expect(allocatePayment(30_000n, owed)).toEqual({
      allocations: [
        { id: 'oct', amountFen: 26_850n },
        { id: 'nov', amountFen: 3_150n },
      ],
      creditFen: 0n,
    });
    expect(allocatePayment(60_000n, owed).creditFen).toBe(6_300n);
    expect(allocatePayment(0n, owed)).toEqual({ allocations: [], creditFen: 0n });
  });

  it('BIL-5: allocation never pays an item more than it owes and never loses or creates a fen', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 100_000_000n }), owedList, (amount, owed) => {
        const { allocations, creditFen } = allocatePayment(amount, owed);
        const allocated = allocations.reduce((s, a) => s + a.amountFen, 0n);
        expect(allocated + creditFen).toBe(amount);
        expect(creditFen >= 0n).toBe(true);
        for (const a of allocations) {
          const item = owed.find((o) => o.id === a.id)!;
          expect(a.amountFen > 0n && a.amountFen <= item.outstandingFen).toBe(true);
        }
        // Credit only when everything owed is paid.
        const totalOwed = owed.reduce((s, o) => s + o.outstandingFen, 0n);
        if (creditFen > 0n) expect(allocated).toBe(totalOwed);
        // Oldest first: an item is paid only when every earlier one is paid in full.
        const paid = new Map(allocations.map((a) => [a.id, a.amountFen]));
        let seenPartial = false;
        for (const o of owed) {
          if (o.outstandingFen === 0n) continue;
          const p = paid.get(o.id) ?? 0n;
          if (seenPartial) expect(p).toBe(0n);
          if (p < o.outstandingFen) seenPartial = true;
        }
      }),
    );
  });

  it('BIL-6: a credit note is spread from the last line up and never exceeds what a line owes', () => {
    fc.assert(
      fc.property(owedList, fc.nat({ max: 100 }), (owed, percent) => {
        const total = owed.reduce((s, o) => s + o.outstandingFen, 0n);
        const amount = (total * BigInt(percent)) / 100n;
        const spread = spreadCredit(amount, owed);
        expect(spread.reduce((s, a) => s + a.amountFen, 0n)).toBe(amount);
        for (const a of spread)
          expect(a.amountFen <= owed.find((o) => o.id === a.id)!.outstandingFen).toBe(true);
      }),
    );
  });
});
