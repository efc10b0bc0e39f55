import { DomainError, formatPhone, phoneDigits } from '@pcs/contracts';
import type { Person } from './person.entity.js';

/**
 * Keeps a person's number normalised on write (DESK-3): shown as `formatPhone` gives it, found by its
 * canonical digits and by its last four. The contract has validated the format already; a number that
 * still does not parse is refused naming the field rather than stored unsearchable.
 */
export function phoneFields(
  raw: string,
  field = 'phone',
): Pick<Person, 'phone' | 'phoneDigits' | 'phoneTail'> {
  const phone = formatPhone(raw);
  const digits = phoneDigits(raw);
  if (phone === undefined || digits === undefined) {
    throw DomainError.validation([
      { field, message: `${field} must be a mainland mobile or landline number` },
    ]);
  }
  return { phone, phoneDigits: digits, phoneTail: digits.slice(-4) };
}
