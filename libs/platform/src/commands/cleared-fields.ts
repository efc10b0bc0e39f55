import { DomainError } from '@pcs/contracts';

/**
 * An update removes optional fields by naming them in `clear` (a person's ID document, a unit's
 * handover date, a fee item's late-fee terms). A field both given a value and named there says two
 * things at once: refused naming `clear`, before anything is read or written.
 */
export function refuseGivenAndCleared<C extends object>(
  command: C,
  clear: readonly (keyof C & string)[] | undefined,
): void {
  const both = (clear ?? []).filter((field) => command[field] !== undefined);
  if (both.length > 0) {
    throw DomainError.validation(
      both.map((field) => ({ field: 'clear', message: `${field} cannot be both given and cleared` })),
    );
  }
}
