import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MAX_FEN, fenToYuanText, formatFen, parseYuan } from './money';

const fenOf = (input: string): number | string => {
  const parsed = parseYuan(input);
  return parsed.ok ? parsed.fen : parsed.message;
};

describe('amounts: integer fen on the wire, yuan on the screen', () => {
  it('shows fen as yuan with the sign, grouping and two decimals', () => {
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(26_850)).toBe('¥268.50');
    expect(formatFen(12_345_678)).toBe('¥123,456.78');
    expect(formatFen(-100)).toBe('-¥1.00');
    expect(fenToYuanText(-5)).toBe('-0.05');
  });

  it('reads yuan exactly, where floating point would not', () => {
    expect(fenOf('0.1')).toBe(10);
    expect(fenOf('0.2')).toBe(20);
    expect((fenOf('0.1') as number) + (fenOf('0.2') as number)).toBe(30);
    expect(fenOf('4.35')).toBe(435); // 4.35 * 100 is 434.99999999999994 in floating point
    expect(fenOf('268.5')).toBe(26_850);
    expect(fenOf(' 12 ')).toBe(1_200);
    expect(fenOf('12.')).toBe(1_200);
    expect(fenOf('¥8')).toBe(800);
    expect(fenOf('１２３．４５')).toBe(12_345);
  });

  it('refuses what is not an amount in fen, saying why in Chinese', () => {
    expect(fenOf('')).toBe('请输入金额');
    expect(fenOf('-1')).toBe('金额不能为负数');
    expect(fenOf('1.005')).toBe('金额最多保留两位小数（精确到分）');
    expect(fenOf('abc')).toMatch(/^金额格式不正确/);
    expect(fenOf('1e3')).toMatch(/^金额格式不正确/);
    expect(fenOf('.5')).toMatch(/^金额格式不正确/);
    expect(fenOf('1,000')).toMatch(/^金额格式不正确/);
    // The API's largest amount, 100 亿元 (MAX_FEN, decision 0204), refused in yuan (decision 0313).
    expect(fenOf('99999999999999')).toBe('金额不能超过 100 亿元');
    expect(fenOf('10000000000.01')).toBe('金额不能超过 100 亿元');
    expect(fenOf('10000000000')).toBe(MAX_FEN);
  });

  it('reads back every amount it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_FEN }), (fen) => {
        expect(parseYuan(fenToYuanText(fen))).toEqual({ ok: true, fen });
      }),
    );
  });

  it('adds typed amounts exactly, as integers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        (a, ac, b, bc) => {
          const text = (y: number, c: number) => `${y}.${String(c).padStart(2, '0')}`;
          const sum = (fenOf(text(a, ac)) as number) + (fenOf(text(b, bc)) as number);
          expect(sum).toBe((a + b) * 100 + ac + bc);
        },
      ),
    );
  });

  it('refuses any third decimal and any negative amount', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 999 }), (whole, decimals) => {
        const three = `${whole}.${String(decimals).padStart(3, '0')}`;
        expect(parseYuan(three).ok).toBe(false);
        expect(parseYuan(`-${whole}`).ok).toBe(false);
      }),
    );
  });
});
