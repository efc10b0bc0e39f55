import { describe, expect, it } from '@jest/globals';
import { validatePayload } from '../../validation/validate-payload.js';
import { RegisterPersonV1 } from '../../index.js';
import { isResidentIdNumber } from './resident-id-number.js';

const TODAY = new Date('2026-12-01T00:00:00Z');

describe('resident ID card numbers (GB 11643)', () => {
  it('bad input: a resident ID card number needs 18 characters, an area code and a real birth date', () => {
    for (const number of [
      '11010519491231002X',
      '440106199001010013',
      '44010619900101003x',
      '440106200002290015',
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
});
