import { describe, expect, it } from '@jest/globals';
import { RegisterComplaintV1 } from '../complaints/register-complaint.js';
import { SearchPeopleV1 } from '../residents/people/search-people.js';
import { validatePayload } from './validate-payload.js';

const valid = {
  communityId: 'GZ01',
  channel: 'call',
  customer: { surname: '王', phone: '13812345678' },
  location: '3栋大堂',
  description: '大堂灯坏了三天',
  demand: '尽快修好',
  receivedAt: '2026-11-22T09:30:00+08:00',
};

describe('validatePayload', () => {
  it('accepts a valid payload and applies defaults', () => {
    const result = validatePayload(RegisterComplaintV1, valid);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).toBeInstanceOf(RegisterComplaintV1);
      expect(result.value.kind).toBe('complaint');
      expect(result.value.customer.anonymous).toBe(false);
    }
  });

  it('names nested fields, unknown fields and wrong types', () => {
    const result = validatePayload(RegisterComplaintV1, {
      ...valid,
      channel: 'fax',
      customer: { surname: '', phone: 'abc' },
      receivedAt: '2026-11-22 09:30',
      extra: 1,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const fields = result.errors.map((e) => e.field);
      expect(fields).toEqual(
        expect.arrayContaining(['channel', 'customer.surname', 'customer.phone', 'receivedAt', 'extra']),
      );
      expect(result.errors.every((e) => e.message.length > 0)).toBe(true);
    }
  });

  it('CMP-1: anonymous customers need no surname or phone, others do', () => {
    expect(validatePayload(RegisterComplaintV1, { ...valid, customer: { anonymous: true } }).ok).toBe(true);
    const named = validatePayload(RegisterComplaintV1, { ...valid, customer: {} });
    expect(named.ok).toBe(false);
    if (!named.ok)
      expect(named.errors.map((e) => e.field)).toEqual(
        expect.arrayContaining(['customer.surname', 'customer.phone']),
      );
    const missing = validatePayload(RegisterComplaintV1, { ...valid, customer: undefined });
    expect(missing).toEqual({ ok: false, errors: [{ field: 'customer', message: 'customer is required' }] });
  });

  it('CMP-1: a unit or a location is required', () => {
    const { location: _omitted, ...withoutLocation } = valid;
    const result = validatePayload(RegisterComplaintV1, withoutLocation);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toEqual({ field: 'location', message: 'location is required' });
    expect(
      validatePayload(RegisterComplaintV1, {
        ...withoutLocation,
        unitId: '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8b',
      }).ok,
    ).toBe(true);
  });

  it('validates a search criterion given beside another, and words an empty search clearly', () => {
    const search = (q: object) => validatePayload(SearchPeopleV1, q);
    expect(search({ phone: '13802251234' }).ok).toBe(true);
    expect(search({ phone: '13802251234', name: 'x'.repeat(300) })).toMatchObject({
      ok: false,
      errors: [{ field: 'name' }],
    });
    expect(search({})).toEqual({
      ok: false,
      errors: [{ field: 'name', message: 'one of name, phone or unitId is required' }],
    });
  });

  it('rejects bodies that are not objects', () => {
    for (const body of [null, [], 'x', 3]) {
      expect(validatePayload(RegisterComplaintV1, body)).toEqual({
        ok: false,
        errors: [{ field: '', message: 'the body must be a JSON object' }],
      });
    }
  });

  it('does not convert types implicitly', () => {
    const result = validatePayload(RegisterComplaintV1, {
      ...valid,
      customer: { surname: '王', phone: 13812345678 },
    });
    expect(result.ok).toBe(false);
  });
});
