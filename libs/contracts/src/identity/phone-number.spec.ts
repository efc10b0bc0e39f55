import { describe, expect, it } from '@jest/globals';
import { formatPhone, phoneDigits } from './phone-number.js';

describe('phone numbers in any common format (DESK-3)', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['020-88881234', '02088881234'],
    ['(020) 8888-1234', '02088881234'],
    ['02088881234', '02088881234'],
    ['020-88881234-601', '02088881234'],
    ['020-88881234 转 601', '02088881234'],
    ['+86 20 8888 1234 ext. 601', '02088881234'],
    ['0755-2345678', '07552345678'],
    ['0755-23456789', '075523456789'],
    ['23-88881234', '02388881234'],
  ])('DESK-3: %s is %s', (raw, digits) => {
    expect(phoneDigits(raw)).toBe(digits);
  });

  it.each([
    '',
    'abc',
    '123',
    '1381234567x',
    '9'.repeat(80),
    '138123456789999',
    // Decision 0227: a three-digit area code takes 8 digits, a four-digit one 7 or 8.
    '23812345678',
    '023-812345678',
    '020-1234567',
    '0755-234567',
  ])('DESK-3: %j is no number', (raw) => {
    expect(phoneDigits(raw)).toBeUndefined();
  });
});

describe('phone numbers as records keep them (DESK-3)', () => {
  it.each([
    ['+86 138 0013 8000', '13800138000'],
    ['0086-138-0013-8000', '13800138000'],
    ['02012345678', '020-12345678'],
    ['020 1234 5678', '020-12345678'],
    ['(0755) 2345678', '0755-2345678'],
    ['010-88881234 转 601', '010-88881234-601'],
    ['020-88881234-601', '020-88881234-601'],
    ['+86 20 8888 1234 ext. 601', '020-88881234-601'],
  ])('DESK-3: %s is kept as %s', (raw, formatted) => {
    expect(formatPhone(raw)).toBe(formatted);
  });

  it('DESK-3: a kept number reads back as the same digits', () => {
    for (const raw of ['13800138000', '020-12345678', '0755-2345678-601']) {
      expect(phoneDigits(formatPhone(raw) ?? '')).toBe(phoneDigits(raw));
    }
  });
});
