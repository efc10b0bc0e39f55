import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MAX_FEN, MAX_RATE_FEN_PER_SQUARE_METRE } from '@pcs/contracts';
import {
  daysOf,
  largestMonthlyBill,
  monthlyAmount,
  periodBills,
  type Holding,
  type PeriodicItem,
} from './billing-run.rules.js';

const management: PeriodicItem = {
  code: 'property-management',
  name: '物业管理费',
  basis: 'per-square-metre',
  rateFen: 300n,
};
const rubbish: PeriodicItem = { code: 'rubbish', name: '生活垃圾处理费', basis: 'fixed', rateFen: 1_500n };
const unit = { type: 'residence' as const, grossAreaCentiM2: 8_950 };
const owner = '00000000-0000-4000-8000-00000000000a';
const buyer = '00000000-0000-4000-8000-00000000000b';

describe('the billing run (BIL-1, BIL-2)', () => {
  it('BIL-1: per m² per month rounded half up to the fen; fixed per month; only for the types it applies to', () => {
    expect(monthlyAmount(management, unit)).toBe(26_850n);
    expect(monthlyAmount({ ...management, rateFen: 333n }, unit)).toBe(29_804n); // 298.035 yuan
    expect(monthlyAmount(rubbish, unit)).toBe(1_500n);
    expect(monthlyAmount({ ...rubbish, unitTypes: ['shop'] }, unit)).toBe(0n);
  });

  it('BIL-2: a whole month to its owner', () => {
    expect(
      periodBills('2026-11', unit, [{ personId: owner, startDate: '2026-07-01' }], [management, rubbish]),
    ).toEqual([
      {
        payerPersonId: owner,
        days: 30,
        lines: [
          { itemCode: 'property-management', description: '2026-11 物业管理费', amountFen: 26_850n },
          { itemCode: 'rubbish', description: '2026-11 生活垃圾处理费', amountFen: 1_500n },
        ],
      },
    ]);
  });

  it('BIL-2 (decision 0384): a unit that changed hands in the month is billed pro rata by day, to the fen; the seller’s end day is theirs, the buyer starts the day after', () => {
    const bills = periodBills(
      '2026-11',
      unit,
      [
        { personId: owner, startDate: '2020-01-01', endDate: '2026-11-10' },
        { personId: buyer, startDate: '2026-11-11' },
      ],
      [management],
    );
    expect(bills).toEqual([
      {
        payerPersonId: owner,
        days: 10,
        lines: [
          {
            itemCode: 'property-management',
            description: '2026-11 物业管理费（10/30天）',
            amountFen: 8_950n,
          },
        ],
      },
      {
        payerPersonId: buyer,
        days: 20,
        lines: [
          {
            itemCode: 'property-management',
            description: '2026-11 物业管理费（20/30天）',
            amountFen: 17_900n,
          },
        ],
      },
    ]);
  });

  it('BIL-2: the days a tenant whose lease puts the fees on them holds the unit are theirs, the rest the owner’s (0244); the parts add up', () => {
    const tenant = '00000000-0000-4000-8000-00000000000c';
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 31 }), (start, length) => {
        // The lease's last day, inclusive (decision 0384); one past the month's end runs on.
        const last = start + length - 1;
        const lease = {
          personId: tenant,
          tenant: true,
          startDate: `2026-11-${String(start).padStart(2, '0')}`,
          ...(last <= 30 ? { endDate: `2026-11-${String(last).padStart(2, '0')}` } : {}),
        };
        // The owner's holding is listed first and began earlier: the tenant still comes first.
        const bills = periodBills(
          '2026-11',
          unit,
          [{ personId: owner, startDate: '2020-01-01' }, lease],
          [management],
        );
        const leased = Math.min(last, 30) - start + 1;
        const days = new Map(bills.map((b) => [b.payerPersonId, b.days]));
        expect(days.get(tenant) ?? 0).toBe(leased);
        expect(days.get(owner) ?? 0).toBe(30 - leased);
        const total = bills.flatMap((b) => b.lines).reduce((sum, l) => sum + l.amountFen, 0n);
        expect(total).toBe(26_850n);
      }),
    );
  });

  it('BIL-2: the days nobody owned are the unit’s, and every month’s parts add up to the monthly amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 28 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1_000, max: 50_000 }),
        (start, length, rate, area) => {
          const startDate = `2026-02-${String(start).padStart(2, '0')}`;
          // The last day held, inclusive (decision 0384); past the month's end: still held.
          const last = start + length;
          const holding = {
            personId: owner,
            startDate,
            ...(last <= 28 ? { endDate: `2026-02-${String(last).padStart(2, '0')}` } : {}),
          };
          const item = { ...management, rateFen: BigInt(rate) };
          const facts = { type: 'residence' as const, grossAreaCentiM2: area };
          const bills = periodBills('2026-02', facts, [holding], [item]);
          const total = bills.flatMap((b) => b.lines).reduce((s, l) => s + l.amountFen, 0n);
          const monthly = monthlyAmount(item, facts);
          expect(total).toBe(monthly);
          // Each payer is billed for the days it held the unit; a share that rounds to nothing is no bill.
          const held = Math.min(last, 28) - start + 1;
          const expectedDays = new Map([
            [owner, held],
            ['', 28 - held],
          ]);
          for (const bill of bills) expect(bill.days).toBe(expectedDays.get(bill.payerPersonId ?? ''));
          for (const [payer, days] of expectedDays) {
            const billed = bills.some((b) => (b.payerPersonId ?? '') === payer);
            if (!billed) expect((monthly * BigInt(days)) / 28n).toBe(0n);
          }
        },
      ),
    );
  });

  it('BIL-2 (decision 0384): holdings that follow one another, each ending on its last day held and the next starting the day after, bill every day of the month to a holder, none to the unit, and the parts add up to the month', () => {
    const months = ['2026-02', '2026-10', '2026-11', '2028-02'] as const;
    const day = (period: string, d: number) => `${period}-${String(d).padStart(2, '0')}`;
    fc.assert(
      fc.property(
        fc.constantFrom(...months),
        fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { maxLength: 6 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1_000, max: 50_000 }),
        (period, cuts, lastEnds, rate, area) => {
          const length = daysOf(period).length;
          // Each holder's last day held; the next holder starts the day after (residents' rule, 0029).
          const ends = cuts.filter((d) => d < length).sort((a, b) => a - b);
          const holdings: Holding[] = [];
          let from = 1;
          for (const [i, end] of [...ends, length].entries()) {
            const isLast = i === ends.length;
            holdings.push({
              personId: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
              startDate: i === 0 ? '2020-01-01' : day(period, from),
              ...(!isLast ? { endDate: day(period, end) } : lastEnds ? { endDate: day(period, end) } : {}),
            });
            from = end + 1;
          }
          const item = { ...management, rateFen: BigInt(rate) };
          const facts = { type: 'residence' as const, grossAreaCentiM2: area };
          const bills = periodBills(period, facts, holdings, [item]);
          // No day is the unit's.
          expect(bills.every((b) => b.payerPersonId !== undefined)).toBe(true);
          const total = bills.flatMap((b) => b.lines).reduce((sum, l) => sum + l.amountFen, 0n);
          expect(total).toBe(monthlyAmount(item, facts));
          expect(bills.reduce((sum, b) => sum + b.days, 0)).toBeLessThanOrEqual(length);
          // Each holder is billed for its days, its end day included.
          let start = 1;
          for (const [i, end] of [...ends, length].entries()) {
            const bill = bills.find((b) => b.payerPersonId === holdings[i]!.personId);
            const days = end - start + 1;
            if (bill) expect(bill.days).toBe(days);
            // A share that rounds to nothing is no bill.
            else expect((monthlyAmount(item, facts) * BigInt(days)) / BigInt(length)).toBe(0n);
            start = end + 1;
          }
        },
      ),
    );
  });

  it('BIL-2 (decision 0384): a sale on the last day of a month leaves that day to the seller; one on the 1st bills the 1st to the seller', () => {
    const octoberSale = periodBills(
      '2026-10',
      unit,
      [
        { personId: owner, startDate: '2020-01-01', endDate: '2026-10-31' },
        { personId: buyer, startDate: '2026-11-01' },
      ],
      [management],
    );
    expect(octoberSale.map((b) => [b.payerPersonId, b.days])).toEqual([[owner, 31]]);
    const firstDaySale = periodBills(
      '2026-11',
      unit,
      [
        { personId: owner, startDate: '2020-01-01', endDate: '2026-11-01' },
        { personId: buyer, startDate: '2026-11-02' },
      ],
      [management],
    );
    expect(firstDaySale.map((b) => [b.payerPersonId, b.days])).toEqual([
      [owner, 1],
      [buyer, 29],
    ]);
  });

  it('BIL-1, BIL-2: the largest bill of a month is the largest unit of each type under the items that apply to it; the largest rate fits MAX_FEN on the largest unit', () => {
    const shops = { ...rubbish, code: 'shop-sign', rateFen: 100_000n, unitTypes: ['shop' as const] };
    const largest = new Map([
      ['residence' as const, 20_000],
      ['shop' as const, 10_000],
    ]);
    expect(largestMonthlyBill([management, rubbish, shops], largest)).toBe(30_000n + 1_500n + 100_000n); // the shop's, not the larger residence's
    expect(largestMonthlyBill([management, shops], new Map([['shop' as const, 10_000]]))).toBe(130_000n);
    expect(largestMonthlyBill([management], new Map())).toBe(0n);
    const maxRate = { ...management, rateFen: BigInt(MAX_RATE_FEN_PER_SQUARE_METRE) };
    expect(monthlyAmount(maxRate, { type: 'residence', grossAreaCentiM2: 100_000_000 })).toBe(
      BigInt(MAX_FEN),
    );
  });
});
