import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { maskIdNumber, maskPhone } from '../identity/confidentiality.js';
import { labelledCodes } from './labelled-codes.js';
import { formatFen } from './money.js';
import { formatRecordNumber } from './number-types.js';

describe('labelled codes', () => {
  const Colour = labelledCodes({ red: '红', 'light-blue': '浅蓝' });
  it('lists codes in order and labels them in Chinese', () => {
    expect(Colour.codes).toEqual(['red', 'light-blue']);
    expect(Colour.label('light-blue')).toBe('浅蓝');
    expect(Colour.label('green')).toBe('green');
    expect(Colour.is('red')).toBe(true);
    expect(Colour.is('toString')).toBe(false);
  });
});

describe('money', () => {
  it('formats fen as yuan', () => {
    expect(formatFen(12050)).toBe('¥120.50');
    expect(formatFen(-5)).toBe('-¥0.05');
    expect(formatFen(123456789)).toBe('¥1,234,567.89');
    expect(() => formatFen(1.5)).toThrow(RangeError);
  });
});

describe('GEN-2 number format', () => {
  it('GEN-2: formats TS-GZ01-2026-000123', () => {
    expect(formatRecordNumber('complaint', 'GZ01', 2026, 123)).toBe('TS-GZ01-2026-000123');
    expect(formatRecordNumber('work-order', 'SZ02', 2027, 1_234_567)).toBe('PG-SZ02-2027-1234567');
  });
});

describe('GEN-4 masking', () => {
  it('GEN-4: masks phones and ID numbers as 138****5678 and 4401**********1234', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskIdNumber('440109199001011234')).toBe('4401**********1234');
  });
  it('GEN-4: a landline shows its area code and last four digits, never its extension', () => {
    expect(maskPhone('020-88881234')).toBe('020-****1234');
    expect(maskPhone('0755-2345678-601')).toBe('0755-***5678');
  });
  it.each([
    ['E12345678', 'E1*****78'],
    ['H1234567890', 'H1******890'],
    ['12345678', '1*****78'],
    ['ABCD', '***D'],
  ])('GEN-4: the ID number %s of any kind is masked as %s', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });
  it('GEN-4: most characters of any ID number stay hidden', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (id) => {
        const masked = maskIdNumber(id);
        expect(masked).toHaveLength(id.length);
        const shown = [...masked].filter((c, i) => c === id[i] && c !== '*').length;
        expect(shown * 2).toBeLessThan(id.length);
      }),
    );
  });
  it('GEN-4: a masked value never contains the hidden middle', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 30 }), (s) => {
        fc.pre(!/^0\d{2,3}-\d{7,8}(-\d{1,6})?$/.test(s));
        const masked = maskPhone(s);
        expect(masked).toHaveLength(s.length);
        if (s.length > 7) expect(masked.slice(3, -4)).toMatch(/^\*+$/);
      }),
    );
  });
});
