import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { EARLIEST_YEAR } from '../../validation/validators.js';

/** 18 characters: a 6-digit area code, the birth date as YYYYMMDD, a 3-digit sequence, a check character. */
const RESIDENT_ID_SHAPE = /^[1-9]\d{5}(\d{4})(\d{2})(\d{2})\d{3}[\dXx]$/;

/** Weights of the first 17 digits in the check character's sum (ISO 7064 MOD 11-2). */
const CHECK_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The check character that ends a resident ID card number whose first 17 digits are `first17`. */
export function residentIdCheckCharacter(first17: string): string {
  const sum = CHECK_WEIGHTS.reduce((total, weight, i) => total + Number(first17[i]) * weight, 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/**
 * Whether `value` can be a mainland resident ID card number (居民身份证, GB 11643): 18 characters, an
 * area code that does not start with 0, a birth date that exists, from 1900 and not after today
 * (decision 0230), and the check character its first 17 digits give (decision 0233), so that one
 * mistyped or swapped digit is caught at the desk.
 */
export function isResidentIdNumber(value: unknown, today = new Date()): boolean {
  if (typeof value !== 'string') return false;
  const parts = RESIDENT_ID_SHAPE.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (year < EARLIEST_YEAR) return false;
  const born = new Date(Date.UTC(year, month - 1, day));
  if (born.getUTCFullYear() !== year || born.getUTCMonth() !== month - 1 || born.getUTCDate() !== day)
    return false;
  if (born.getTime() > today.getTime()) return false;
  return value.charAt(17).toUpperCase() === residentIdCheckCharacter(value.slice(0, 17));
}

/**
 * A number as it is stored and shown: a resident ID card number's check character `x` as `X`, so that
 * one number has one spelling (decision 0234); any other number as given.
 */
export function canonicalIdNumber(number: string): string {
  return isResidentIdNumber(number) ? number.toUpperCase() : number;
}

/** Digits only (with a final X), as a resident ID card number is written, of the lengths one is mistyped to. */
const LOOKS_LIKE_RESIDENT_ID = /^\d{15,19}$|^\d{14,18}[Xx]$/;

/**
 * On an ID document's `number`: when the document's `type` is `resident-id-card`, the number must be one
 * (`isResidentIdNumber`). Other documents keep their own, looser pattern.
 */
export function IsNumberOfItsDocumentType(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNumberOfItsDocumentType',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message:
          '$property must be an 18-character resident ID card number with a real birth date and its check character',
        ...options,
      },
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          (args.object as { type?: unknown }).type !== 'resident-id-card' || isResidentIdNumber(value),
      },
    });
}

/**
 * On an ID number given without its document type (a decoration worker's): a number written as a resident
 * ID card number is (digits, perhaps a final X, 15 to 19 long) must be a real one; a passport's or a
 * permit's keeps the looser pattern.
 */
export function IsResidentIdNumberIfItLooksLikeOne(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isResidentIdNumberIfItLooksLikeOne',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message:
          '$property must be an 18-character resident ID card number with a real birth date and its check character',
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || !LOOKS_LIKE_RESIDENT_ID.test(value) || isResidentIdNumber(value),
      },
    });
}
