import { describe, expect, it } from '@jest/globals';
import { getMetadataStorage, IsInt, IsOptional, IsString, Min, ValidateIf } from 'class-validator';
import fc from 'fast-check';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import * as contracts from '../index.js';
import { RegisterComplaintV1 } from '../complaints/register-complaint.js';
import { RecordPaymentV1 } from '../billing/payments.js';
import { ListComplaintsV1 } from '../complaints/list-complaints.js';
import { passWithPlan, planFor, type ClassPlan } from './contract-plan.js';
import { screenPayload } from './payload-screen.js';
import { validateGenerically, validatePayload } from './validate-payload.js';

type Ctor = new () => object;

/** Every class this library exports that has validation rules: every contract a payload is checked against. */
const contractClasses: Ctor[] = Object.values(contracts).filter(
  (value): value is Ctor =>
    typeof value === 'function' &&
    /^[A-Z]/.test(value.name) &&
    getMetadataStorage().getTargetValidationMetadatas(
      value,
      undefined as unknown as string,
      false,
      false,
      undefined,
    ).length > 0,
);

/** Values a rule of `cls` names (allowed codes, bounds, lengths), which random values would rarely hit. */
function valuesNamedBy(cls: Ctor, property: string): unknown[] {
  const found: unknown[] = [];
  for (const m of getMetadataStorage().getTargetValidationMetadatas(cls, '', false, false, undefined)) {
    if (m.propertyName !== property) continue;
    for (const c of (m.constraints ?? []) as unknown[]) {
      if (Array.isArray(c)) found.push(...c.filter((x) => typeof x !== 'object'), c.slice(0, 2));
      else if (typeof c === 'number') found.push(c, c - 1, c + 1, 'x'.repeat(Math.max(0, Math.min(c, 300))));
      else if (typeof c === 'string' || typeof c === 'boolean') found.push(c);
      else if (c && typeof c === 'object' && !(c instanceof RegExp)) found.push(...Object.values(c));
    }
  }
  return found;
}

const COMMON_VALUES: unknown[] = [
  '',
  'x',
  'GZ01',
  '王',
  '3栋大堂',
  'faucet-replace',
  '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8b',
  '2026-11-22T09:30:00+08:00',
  '2026-11-22',
  '2026-11',
  '13812345678',
  // What a query string carries: every value is text.
  'true',
  'false',
  '7',
  '200',
  '201',
  '0x10',
  0,
  1,
  -1,
  42,
  100,
  1.5,
  true,
  false,
  null,
  [],
  ['x'],
  [1, 2],
  { a: 1 },
];

/** Payloads for `cls`: its own fields (nested ones filled the same way) with likely values, sometimes an unknown field. */
function payloadFor(cls: Ctor, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const names = [
    ...new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(cls, '', false, false, undefined)
        .map((m) => m.propertyName),
    ),
  ];
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const name of names) {
    const options: fc.Arbitrary<unknown>[] = [fc.constantFrom(...COMMON_VALUES, ...valuesNamedBy(cls, name))];
    const type = defaultMetadataStorage.findTypeMetadata(cls, name);
    const nested = type?.typeFunction?.() as Ctor | undefined;
    if (nested && depth < 3)
      options.push(payloadFor(nested, depth + 1), fc.array(payloadFor(nested, depth + 1), { maxLength: 2 }));
    fields[name] = fc.oneof(...options);
  }
  return fc
    .tuple(
      fc.record(fields, { requiredKeys: [] }),
      fc.option(fc.constantFrom('extra', 'constructor'), { freq: 5 }),
    )
    .map(([record, extra]) => (extra ? { ...record, [extra]: 'x' } : record));
}

describe('the validation plan (decision 0188)', () => {
  it('finds the library’s contracts, and plans most of them', () => {
    const planned = contractClasses.filter((cls) => planFor(cls) !== null);
    expect(contractClasses.length).toBeGreaterThan(100);

    expect(planned.length / contractClasses.length).toBeGreaterThan(0.5);
  });

  it('plans the hot paths: complaint registration (with its nested customer), a payment, the register query', () => {
    expect(planFor(RegisterComplaintV1)).not.toBeNull();
    expect(planFor(RecordPaymentV1)).not.toBeNull();
    expect(planFor(ListComplaintsV1)).not.toBeNull();
  });

  it('converts a query string’s values as the generic way does (limit, a boolean filter)', () => {
    const plan = planFor(ListComplaintsV1) as ClassPlan;
    const query = { communityId: 'BN07', status: 'assigned', overdue: 'true', major: 'false', limit: '20' };
    const fast = passWithPlan(plan, query, true);
    expect(fast).toBeInstanceOf(ListComplaintsV1);
    expect(fast).toMatchObject({ overdue: true, major: false, limit: 20 });
    expect(validateGenerically(ListComplaintsV1, query, 'strict')).toStrictEqual({ ok: true, value: fast });
    // Text that is not a boolean or digits alone stays text and fails: left to the generic way.
    for (const bad of [{ overdue: 'yes' }, { limit: '0x10' }, { limit: ' 5' }, { limit: '201' }]) {
      expect(passWithPlan(plan, bad, true)).toBeUndefined();
      expect(validatePayload(ListComplaintsV1, bad).ok).toBe(false);
    }
  });

  it('never accepts what the generic way refuses, and builds the same instance (property, every contract)', () => {
    let accepted = 0;
    for (const cls of contractClasses) {
      const plan = planFor(cls);
      if (!plan) continue;
      fc.assert(
        fc.property(
          payloadFor(cls),
          fc.constantFrom<'strict' | 'lenient'>('strict', 'lenient'),
          (raw, mode) => {
            if (screenPayload(raw, mode === 'strict').length > 0) return;
            const fast = passWithPlan(plan, raw, mode === 'strict');
            const generic = validateGenerically(cls, raw, mode);
            if (fast === undefined) return;
            accepted++;
            expect(generic).toStrictEqual({ ok: true, value: fast });
          },
        ),
        { numRuns: 100 },
      );
    }
    // The property would hold vacuously if the plan accepted nothing.
    expect(accepted).toBeGreaterThan(300);
  });

  it('agrees with the generic way on a valid registration, and leaves every problem to it', () => {
    const valid = {
      communityId: 'GZ01',
      channel: 'call',
      customer: { surname: '王', phone: '13812345678' },
      location: '3栋大堂',
      description: '大堂灯坏了三天',
      demand: '尽快修好',
      receivedAt: '2026-11-22T09:30:00+08:00',
    };
    const plan = planFor(RegisterComplaintV1) as ClassPlan;
    const fast = passWithPlan(plan, valid, true);
    expect(fast).toBeInstanceOf(RegisterComplaintV1);
    expect(validateGenerically(RegisterComplaintV1, valid, 'strict')).toStrictEqual({
      ok: true,
      value: fast,
    });
    for (const bad of [
      { ...valid, channel: 'fax' },
      { ...valid, customer: { surname: '王', phone: 13812345678 } },
      { ...valid, customer: [valid.customer] },
      { ...valid, extra: 1 },
      { ...valid, customer: undefined },
    ])
      expect(passWithPlan(plan, bad, true)).toBeUndefined();
    // Lenient (events): unknown fields are dropped, as the validator's whitelist drops them.
    expect(passWithPlan(plan, { ...valid, extra: 1 }, false)).toStrictEqual(fast);
  });

  it('covers optional fields, defaults and conditions as class-validator does', () => {
    class Probe {
      @IsString()
      name!: string;

      @IsOptional()
      @IsInt()
      @Min(1)
      page = 1;

      @ValidateIf((o: Probe) => o.name === 'counted')
      @IsInt()
      count?: number;
    }
    const plan = planFor(Probe) as ClassPlan;
    expect(plan).not.toBeNull();
    for (const raw of [
      { name: 'a' },
      { name: 'a', page: 3 },
      { name: 'a', page: 0 },
      { name: 'a', page: '2' },
      { name: 'counted' },
      { name: 'counted', count: 2 },
      { name: 'a', count: 'x' },
      { page: 2 },
    ]) {
      const fast = passWithPlan(plan, raw, true);
      const generic = validateGenerically(Probe, raw, 'strict');
      expect({ raw, ok: fast !== undefined }).toEqual({ raw, ok: generic.ok });
      if (fast) expect(generic).toStrictEqual({ ok: true, value: fast });
    }
    expect(validatePayload(Probe, { name: 'a' })).toStrictEqual({
      ok: true,
      value: Object.assign(new Probe(), { name: 'a' }),
    });
  });
});
