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

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isLocalDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be a date as YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => isLocalDate(value) },
    });
}

export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Mainland resident ID (18 characters, last may be X), or another document number (4-30 characters). */
export const ID_NUMBER_PATTERN = /^([0-9]{17}[0-9Xx]|[A-Za-z0-9-]{4,30})$/;

/** Areas are integers in 0.01 m² (`12050` is 120.50 m²); at most 1,000,000 m². */
export const MAX_AREA_CENTI_M2 = 100_000_000;
