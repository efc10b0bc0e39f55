import { describe, expect, it } from '@jest/globals';
import { registerRules, registrationCustomer } from './register-form';

const isRequired = (rules: readonly { required?: boolean; whitespace?: boolean }[]) =>
  rules.some((r) => r.required && r.whitespace);

describe('the registration form marks what the API requires (CMP-1, decision 0310)', () => {
  it('requires surname, phone and location of a caller who is not anonymous, without a unit', () => {
    const rules = registerRules({ anonymous: false, unit: false });
    expect(isRequired(rules.surname)).toBe(true);
    expect(isRequired(rules.phone)).toBe(true);
    expect(isRequired(rules.location)).toBe(true);
  });

  it('does not require surname and phone of an anonymous customer', () => {
    const rules = registerRules({ anonymous: true, unit: false });
    expect(rules.surname).toEqual([]);
    expect(rules.phone).toEqual([]);
    expect(isRequired(rules.location)).toBe(true);
  });

  it('does not require a location when the entry names a unit (from a caller card)', () => {
    expect(registerRules({ anonymous: false, unit: true }).location).toEqual([]);
  });

  it('refuses content and demand of only spaces (whitespace), as the API does', () => {
    const rules = registerRules({ anonymous: true, unit: true });
    expect(isRequired(rules.description)).toBe(true);
    expect(isRequired(rules.demand)).toBe(true);
  });

  it('DESK-2: asks an enquiry its answer (the API registers it answered, so requires one)', () => {
    expect(isRequired(registerRules({ anonymous: false, unit: false }).answer)).toBe(true);
  });
});

describe('an anonymous customer gives no name and no number (decision 0292)', () => {
  it('CMP-1: with 匿名 ticked, a surname and phone typed before are not sent', () => {
    expect(registrationCustomer({ anonymous: true, surname: '欧', phone: '13800138000' })).toEqual({
      anonymous: true,
    });
    expect(registrationCustomer({ anonymous: false, surname: '欧', phone: '13800138000' })).toEqual({
      anonymous: false,
      surname: '欧',
      phone: '13800138000',
    });
  });
});
