import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isFen } from '../common/money.js';

/** Mainland mobile numbers (11 digits starting 1[3-9]) or landlines such as `020-12345678`. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

/** An offset is required so that a time is an instant, not a guess (`2026-11-22T09:30:00+08:00`). */
export const ISO_INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An amount in integer fen (no fractions, no floats, within the platform's limit). */
export function IsFen(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isFen',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be an integer number of fen', ...options },
      validator: { validate: (value: unknown) => isFen(value) },
    });
}

/** An ISO-8601 date-time with an offset that denotes a real instant. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isInstant',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be an ISO-8601 date-time with an offset', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && ISO_INSTANT_PATTERN.test(value) && !Number.isNaN(Date.parse(value)),
      },
    });
}
