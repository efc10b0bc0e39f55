import { DomainError } from '@pcs/contracts';
import { HTTP_STATUS_OF } from '@pcs/platform';

/** How many look-ups are in flight at once: a long list must not crowd residents' replies. */
const AT_ONCE = 8;

/**
 * The names of a download's payers, for the arrears list finance hands out (decision 0371). Billing
 * keeps no personal data: it knows a payer by id, and residents keeps the name. Each distinct payer is
 * read once. A payer residents does not show the caller (another community, or gone) keeps only
 * their id; any other failure fails the download, since a list with some names missing would pass
 * for a complete one.
 */
export async function payerNames(
  payerIds: Iterable<string | undefined>,
  readName: (personId: string) => Promise<string>,
): Promise<Map<string, string>> {
  const pending = [...new Set([...payerIds].filter((id): id is string => id !== undefined))];
  const names = new Map<string, string>();
  const worker = async (): Promise<void> => {
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      try {
        names.set(id, await readName(id));
      } catch (error) {
        if (!(error instanceof DomainError && HTTP_STATUS_OF[error.code] === 404)) throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return names;
}
