import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { isFen, MAX_FEN } from '../common/money.js';
import { phoneDigits } from '../identity/phone-number.js';

/** Mainland mobile numbers (11 digits starting 1[3-9]) or landlines such as `020-12345678`. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

/** An offset is required so that a time is an instant, not a guess (`2026-11-22T09:30:00+08:00`). */
export const ISO_INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The years a date or an instant may be written in (decision 0051). Nothing a property company
 * records lies outside them, and inside them every deadline, validity and working-day count stays
 * within the four-digit years that PostgreSQL, `Date` and the work calendar all handle alike.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2999;

/** Offsets of real time zones lie between -12:00 and +14:00. */
const MAX_OFFSET_MINUTES = 14 * 60;

const INSTANT_PARTS =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** An amount in integer fen (no fractions, no floats, within the platform's limit). */
export function IsFen(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isFen',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        // An integer beyond the limit is told the limit, not sent looking for a decimal point.
        message: ({ property, value }: ValidationArguments) =>
          typeof value === 'number' && Number.isInteger(value) && value > MAX_FEN
            ? `${property} must not be greater than ${MAX_FEN}`
            : typeof value === 'number' && Number.isInteger(value) && value < -MAX_FEN
              ? `${property} must not be less than -${MAX_FEN}`
              : `${property} must be an integer number of fen`,
        ...options,
      },
      validator: { validate: (value: unknown) => isFen(value) },
    });
}

/**
 * A mainland mobile or landline number in any common format (`+86 138 0013 8000`, `(020) 8888-1234`,
 * `020-88881234 转 601`); services keep it in the one form `formatPhone` gives (DESK-3).
 */
export function IsPhoneNumber(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPhoneNumber',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be a mainland mobile or landline number', ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && phoneDigits(value) !== undefined,
      },
    });
}

/** An ISO-8601 date-time with an offset that denotes a real instant. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isInstant',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `$property must be an ISO-8601 date-time with an offset, in the years ${EARLIEST_YEAR}-${LATEST_YEAR}`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => isInstant(value),
      },
    });
}

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30), in the years 1900-2999. */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isLocalDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `$property must be a date as YYYY-MM-DD, in the years ${EARLIEST_YEAR}-${LATEST_YEAR}`,
        ...options,
      },
      validator: { validate: (value: unknown) => isLocalDate(value) },
    });
}

/** A `YYYY-MM-DD` that exists (no 2026-02-29), in the years 1900-2999. */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return y >= EARLIEST_YEAR && y <= LATEST_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * An ISO-8601 date-time with an offset whose every part is real: `Date.parse` alone reads
 * `2026-02-30` as 2 March and `24:00` as the next day, and takes years such as 0000 that PostgreSQL
 * and the work calendar refuse further on, as a 500.
 */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = INSTANT_PARTS.exec(value);
  if (!parts) return false;
  const [, date, hour, minute, second = '00', sign, offsetHours = '00', offsetMinutes = '00'] = parts;
  const offset = Number(offsetHours) * 60 + Number(offsetMinutes);
  return (
    isLocalDate(date) &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second) <= 59 &&
    Number(offsetMinutes) <= 59 &&
    (sign === undefined || offset <= MAX_OFFSET_MINUTES) &&
    !Number.isNaN(Date.parse(value))
  );
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Mainland resident ID (18 characters, last may be X), or another document number (4-30 characters). */
export const ID_NUMBER_PATTERN = /^([0-9]{17}[0-9Xx]|[A-Za-z0-9-]{4,30})$/;

/** Areas are integers in 0.01 m² (`12050` is 120.50 m²); at most 1,000,000 m². */
export const MAX_AREA_CENTI_M2 = 100_000_000;
