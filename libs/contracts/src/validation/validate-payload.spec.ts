import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { RegisterComplaintV1 } from '../complaints/register-complaint.js';
import { ApplyForDecorationV1, PersonChangesV1 } from '../index.js';
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
      errors: [{ field: 'name', message: 'one of name, phone, phoneTail or unitId is required' }],
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

  describe('what no contract accepts', () => {
    const fieldsOf = (raw: unknown, cls: new () => object = RegisterComplaintV1) => {
      const result = validatePayload(cls, raw);
      return result.ok ? [] : result.errors.map((e) => e.field);
    };

    it('refuses NUL characters and lone surrogates wherever they are, naming the field', () => {
      expect(fieldsOf({ ...valid, location: 'a\u0000b' })).toEqual(['location']);
      expect(fieldsOf({ ...valid, customer: { surname: '王\ud800', phone: '13812345678' } })).toEqual([
        'customer.surname',
      ]);
      expect(fieldsOf({ ...valid, demand: '\udc00' })).toEqual(['demand']);
      // A pair is a character: emoji are text.
      expect(validatePayload(RegisterComplaintV1, { ...valid, demand: '尽快修好😀' }).ok).toBe(true);
    });

    it('refuses nesting deeper than any contract before the recursive code sees it', () => {
      let deep: unknown = 1;
      for (let i = 0; i < 100_000; i++) deep = { a: deep };
      const result = validatePayload(RegisterComplaintV1, { ...valid, extra: deep });
      expect(result).toEqual({
        ok: false,
        errors: [
          { field: expect.stringMatching(/^extra(\.a)+$/), message: expect.stringContaining('32 levels') },
        ],
      });
    });

    it('refuses a __proto__ key, which no whitelist would see', () => {
      const raw = JSON.parse(`{"__proto__":{"polluted":true},"reason":"x"}`) as object;
      expect(validatePayload(PersonChangesV1, raw)).toEqual({
        ok: false,
        errors: [{ field: '__proto__', message: 'property __proto__ should not exist' }],
      });
    });

    it('refuses null for a field in commands: a field has a value or is left out', () => {
      expect(fieldsOf({ reason: '更正', name: null }, PersonChangesV1)).toEqual(['name']);
      expect(validatePayload(PersonChangesV1, { reason: '更正', name: null }, 'lenient').ok).toBe(true);
    });

    it('requires a nested object that is not optional, and refuses arrays in place of objects', () => {
      const application = {
        unitId: '0190f1c2-0000-7000-8000-00000000a002',
        applicantPersonId: '0190f1c2-0000-7000-8000-00000000a001',
        scope: '厨卫改造',
        contractor: { name: '广州美家装饰', managerName: '陈志强', managerPhone: '13700001234' },
        schedule: { startDate: '2026-08-01', endDate: '2026-09-30' },
        workers: [{ name: '张国栋', phone: '13600002222', idNumber: '440101198505051234' }],
        drawings: [],
      };
      expect(validatePayload(ApplyForDecorationV1, application).ok).toBe(true);
      const { schedule: _schedule, ...withoutSchedule } = application;
      expect(fieldsOf(withoutSchedule, ApplyForDecorationV1)).toEqual(['schedule']);
      expect(
        fieldsOf({ ...application, contractor: [application.contractor] }, ApplyForDecorationV1),
      ).toEqual(['contractor']);
      expect(fieldsOf({ ...application, contractor: [] }, ApplyForDecorationV1)).toEqual(['contractor']);
      expect(fieldsOf({ ...application, workers: [application.workers] }, ApplyForDecorationV1)).toContain(
        'workers[0]',
      );
      expect(fieldsOf({ reason: '更正', idDocument: [] }, PersonChangesV1)).toEqual(['idDocument']);
    });

    it('answers any JSON with the value or field errors, never by throwing (property)', () => {
      const anyJson = fc.oneof(
        fc.jsonValue({ maxDepth: 6 }),
        fc.record({ customer: fc.jsonValue({ maxDepth: 4 }), receivedAt: fc.jsonValue({ maxDepth: 2 }) }),
        fc.dictionary(
          fc.constantFrom(...Object.keys(valid), 'extra', '__proto__'),
          fc.jsonValue({ maxDepth: 4 }),
        ),
      );
      fc.assert(
        fc.property(
          anyJson,
          fc.constantFrom(RegisterComplaintV1, ApplyForDecorationV1, PersonChangesV1),
          (raw, cls) => {
            const result = validatePayload(cls as new () => object, raw);
            if (!result.ok) {
              expect(result.errors.length).toBeGreaterThan(0);
              for (const e of result.errors)
                expect(e).toEqual({ field: expect.any(String), message: expect.any(String) });
            }
          },
        ),
        { numRuns: 1_000 },
      );
    });
  });
});
