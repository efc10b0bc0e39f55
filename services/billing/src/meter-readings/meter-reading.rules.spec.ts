import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MAX_FEN } from '@pcs/contracts';
import { meteredCharge, sameFigures } from './meter-reading.rules.js';

const refusedOn = (field: string, code: string) =>
  expect.objectContaining({
    code,
    details: expect.objectContaining({ errors: [expect.objectContaining({ field })] }),
  });

describe('a meter read month by month (BIL-1, decision 0243)', () => {
  it('BIL-1: each month starts where the last ended, so a year of readings bills exactly the meter’s advance, at each month’s rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(
          fc.record({
            advance: fc.integer({ min: 0, max: 50_000 }),
            rate: fc.integer({ min: 0, max: 2_000 }),
          }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (start, months) => {
          let earlier: { period: string; reading: bigint } | undefined;
          let reading = start;
          let usages = 0n;
          let billed = 0n;
          let expected = 0n;
          months.forEach(({ advance, rate }, i) => {
            reading += advance;
            const period = `2026-${String(i + 1).padStart(2, '0')}`;
            const charge = meteredCharge(
              { reading, ...(earlier ? {} : { previousReading: start }) },
              earlier,
              BigInt(rate),
            );
            expect(charge.usage).toBe(BigInt(advance));
            usages += charge.usage;
            billed += charge.amountFen;
            expected += BigInt(advance) * BigInt(rate);
            earlier = { period, reading: BigInt(reading) };
          });
          expect(usages).toBe(BigInt(reading - start));
          expect(billed).toBe(expected);
        },
      ),
    );
  });

  it('BIL-1: a meter never runs backwards unless replaced; a replaced one starts where its new dial did', () => {
    const earlier = { period: '2026-10', reading: 3_200n };
    expect(() => meteredCharge({ reading: 150 }, earlier, 62n)).toThrow(
      refusedOn('reading', 'BUSINESS_RULE_VIOLATED'),
    );
    expect(meteredCharge({ reading: 150, meterReplaced: true, previousReading: 0 }, earlier, 62n)).toEqual({
      previous: 0n,
      usage: 150n,
      amountFen: 9_300n,
    });
    expect(meteredCharge({ reading: 3_200 }, earlier, 62n)).toEqual({
      previous: 3_200n,
      usage: 0n,
      amountFen: 0n,
    });
  });

  it('BIL-1: the first reading needs its start; a start that contradicts the last reading is refused, not taken', () => {
    expect(() => meteredCharge({ reading: 120 }, undefined, 385n)).toThrow(
      refusedOn('previousReading', 'VALIDATION_FAILED'),
    );
    expect(meteredCharge({ reading: 120, previousReading: 100 }, undefined, 385n).amountFen).toBe(7_700n);
    const earlier = { period: '2026-10', reading: 100n };
    expect(() => meteredCharge({ reading: 120, previousReading: 90 }, earlier, 385n)).toThrow(
      refusedOn('previousReading', 'BUSINESS_RULE_VIOLATED'),
    );
    expect(meteredCharge({ reading: 120, previousReading: 100 }, earlier, 385n).usage).toBe(20n);
  });

  it('BIL-1: an amount no bill may hold is refused naming the reading', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 999_999_999n }),
        fc.bigInt({ min: 1n, max: BigInt(MAX_FEN) }),
        (usage, rate) => {
          const figures = { reading: Number(usage), previousReading: 0 };
          if (usage * rate > BigInt(MAX_FEN))
            expect(() => meteredCharge(figures, undefined, rate)).toThrow(
              refusedOn('reading', 'AMOUNT_TOO_LARGE'),
            );
          else expect(meteredCharge(figures, undefined, rate).amountFen).toBe(usage * rate);
        },
      ),
    );
  });

  it('decision 0243: the same figures asked again are the same reading; a start left out is the one recorded', () => {
    const recorded = { previous: 100n, reading: 120n, meterReplaced: false };
    expect(sameFigures(recorded, { reading: 120 })).toBe(true);
    expect(sameFigures(recorded, { reading: 120, previousReading: 100 })).toBe(true);
    expect(sameFigures(recorded, { reading: 121 })).toBe(false);
    expect(sameFigures(recorded, { reading: 120, previousReading: 99 })).toBe(false);
    expect(sameFigures(recorded, { reading: 120, meterReplaced: true, previousReading: 100 })).toBe(false);
  });
});
