import { DomainError, GetPerson } from '@pcs/contracts';
import type { BusClient } from '@pcs/platform';

/**
 * MNT-1, GEN-5, BIL-7 (decision 0272): a request's `personId` is a resident of the request's own
 * community, visible to the caller. Maintenance's preference replica knows a person's company, not
 * their community, so residents is asked, as the caller (its answer is scoped to the caller's
 * communities). A person residents does not show the caller, or of another community, is refused
 * with one answer naming `personId`, so the refusal does not tell whether the id exists elsewhere.
 * Asked before the request's transaction; when residents cannot answer, the registration is refused
 * with its 503/504 (a request can always be registered with a contact name and phone instead).
 */
export async function assertPersonOfCommunity(
  bus: BusClient,
  personId: string,
  communityId: string,
): Promise<void> {
  const refused = () =>
    DomainError.validation([{ field: 'personId', message: 'personId is not a person of this community' }]);
  let person: { communityId: string };
  try {
    person = await bus.request(GetPerson, { id: personId });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'PERSON_NOT_FOUND') throw refused();
    throw error;
  }
  if (person.communityId !== communityId) throw refused();
}
