import { describe, expect, it } from '@jest/globals';
import { getMetadataStorage, IsInt, IsString, MaxLength, registerDecorator } from 'class-validator';
import { RegisterComplaintV1 } from '../complaints/register-complaint.js';
import { installValidationMetadataCache } from './metadata-cache.js';
import { validatePayload } from './validate-payload.js';

const storage = getMetadataStorage();
const rulesOf = (cls: object) => storage.getTargetValidationMetadatas(cls as never, '', true, false);

describe('the validation metadata cache', () => {
  it('is installed by validatePayload and answers a class from what it kept', () => {
    expect(installValidationMetadataCache()).toBe(installValidationMetadataCache());
    const first = rulesOf(RegisterComplaintV1);
    expect(first.length).toBeGreaterThan(0);
    expect(rulesOf(RegisterComplaintV1)).toBe(first);
    expect(storage.groupByPropertyName(first)).toBe(storage.groupByPropertyName(first));
  });

  it('answers exactly what class-validator itself answers', () => {
    const kept = rulesOf(RegisterComplaintV1);
    installValidationMetadataCache().clear();
    const fresh = rulesOf(RegisterComplaintV1);
    expect(fresh).not.toBe(kept);
    expect(fresh).toEqual(kept);
  });

  it('sees a rule added after a class was first validated, on the class or on its parent', () => {
    class Parent {
      @IsString()
      name!: string;
    }
    class Child extends Parent {
      @IsInt()
      floor!: number;
    }
    expect(validatePayload(Child, { name: 'x'.repeat(20), floor: 3 }).ok).toBe(true);
    // A rule registered later (as a decorator would, when a module loads after the first call).
    MaxLength(10)(Parent.prototype, 'name');
    const result = validatePayload(Child, { name: 'x'.repeat(20), floor: 3 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(['name']);
  });

  it('sees a custom constraint registered after the first validation', () => {
    class Meter {
      @IsInt()
      reading!: number;
    }
    expect(validatePayload(Meter, { reading: 7 }).ok).toBe(true);
    registerDecorator({
      target: Meter,
      propertyName: 'reading',
      constraints: [],
      options: { message: 'reading must be even' },
      validator: { validate: (value: unknown) => typeof value === 'number' && value % 2 === 0 },
    });
    const result = validatePayload(Meter, { reading: 7 });
    expect(result).toEqual({ ok: false, errors: [{ field: 'reading', message: 'reading must be even' }] });
  });
});
