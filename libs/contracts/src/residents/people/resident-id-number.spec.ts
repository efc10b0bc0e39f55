import { describe, expect, it } from '@jest/globals';
import { validatePayload } from '../../validation/validate-payload.js';
import { RegisterPersonV1 } from '../../index.js';
import fc from 'fast-check';
import { canonicalIdNumber, isResidentIdNumber, residentIdCheckCharacter } from './resident-id-number.js';

const TODAY = new Date('2026-12-01T00:00:00Z');

describe('resident ID card numbers (GB 11643)', () => {
  it('bad input: a resident ID card number needs 18 characters, an area code and a real birth date', () => {
    for (const number of [
      '11010519491231002X',
      '440106199001010013',
      '44010619900101003x',
      '440109200002290015',
    ])
      expect({ number, valid: isResidentIdNumber(number, TODAY) }).toEqual({ number, valid: true });
    for (const number of [
      '1234',
      'abcdefghijklmnopqr',
      '44010619900101001',
      '4401061990010100133',
      '040106199001010013',
      '440106199002300012',
      '440106190002290010',
      '440106199013010010',
      '440106189912310010',
      '440106202712010010',
      '44010619900101001Y',
      // Decision 0233: the right shape and birth date with the wrong check character.
      '440106199001010012',
      '440106199001010014',
      '11010519491231002Y',
      '110105194912310020',
    ])
      expect({ number, valid: isResidentIdNumber(number, TODAY) }).toEqual({ number, valid: false });
  });

  it('bad input: registering a person with an impossible resident ID card number names idDocument.number; other documents keep their pattern', () => {
    const person = (idDocument: object) => ({
      communityId: 'GZ01',
      name: '王建国',
      phone: '13812345678',
      idDocument,
    });
    const fields = (payload: object) => {
      const result = validatePayload(RegisterPersonV1, payload);
      return result.ok ? [] : result.errors.map((e) => e.field);
    };
    expect(fields(person({ type: 'resident-id-card', number: '440106199002300012' }))).toEqual([
      'idDocument.number',
    ]);
    expect(fields(person({ type: 'resident-id-card', number: '1234' }))).toEqual(['idDocument.number']);
    expect(fields(person({ type: 'resident-id-card', number: '440106199001010013' }))).toEqual([]);
    expect(fields(person({ type: 'passport', number: 'E12345678' }))).toEqual([]);
  });

  it('bad input: the check character catches any one mistyped digit and any two neighbouring digits swapped (decision 0233)', () => {
    const birthDates = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: TODAY, noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));
    const first17 = fc
      .tuple(fc.integer({ min: 100000, max: 999999 }), birthDates, fc.integer({ min: 0, max: 999 }))
      .map(([area, born, sequence]) => `${area}${born}${String(sequence).padStart(3, '0')}`);
    fc.assert(
      fc.property(first17, fc.nat(16), fc.integer({ min: 1, max: 9 }), (digits, at, by) => {
        const number = digits + residentIdCheckCharacter(digits);
        expect(isResidentIdNumber(number, TODAY)).toBe(true);
        expect(isResidentIdNumber(number.toLowerCase(), TODAY)).toBe(true);
        // Every other check character is refused.
        for (const other of '0123456789X'.replace(number[17]!, ''))
          expect(isResidentIdNumber(digits + other, TODAY)).toBe(false);
        // One digit changed: refused, whether or not the changed date still exists.
        const changed = digits.slice(0, at) + String((Number(digits[at]) + by) % 10) + digits.slice(at + 1);
        expect(isResidentIdNumber(changed + number[17], TODAY)).toBe(false);
        // Two neighbouring different digits swapped: refused too.
        if (at < 16 && digits[at] !== digits[at + 1]) {
          const swapped = digits.slice(0, at) + digits[at + 1] + digits[at] + digits.slice(at + 2);
          expect(isResidentIdNumber(swapped + number[17], TODAY)).toBe(false);
        }
      }),
    );
  });

  it('decision 0234: a resident ID card number is kept with a capital X; other numbers as given', () => {
    expect(canonicalIdNumber('44010619900101003x')).toBe('44010619900101003X');
    expect(canonicalIdNumber('11010519491231002X')).toBe('11010519491231002X');
    expect(canonicalIdNumber('440106199001010013')).toBe('440106199001010013');
    expect(canonicalIdNumber('e12345678')).toBe('e12345678');
    expect(canonicalIdNumber('h1234567x')).toBe('h1234567x');
  });
});
