import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@pcs/contracts';
import type { CommunityTimeZones } from '@pcs/platform';
import { localDateOf } from '@pcs/work-calendar';

/**
 * A month after the current one in the community's time zone is refused, naming `period`: who holds
 * each of its days is not known yet (decision 0196). Returns the community's time zone.
 */
export async function refuseMonthAfterCurrent(
  em: EntityManager,
  timeZones: CommunityTimeZones,
  at: { companyId: string; communityId: string; period: string; now: Date },
): Promise<string> {
  const timeZone = await timeZones.timeZoneOf(em, at.companyId, at.communityId);
  const month = localDateOf(at.now, timeZone).slice(0, 7);
  if (at.period > month)
    throw DomainError.validation([
      { field: 'period', message: `period cannot be after the current month (${month})` },
    ]);
  return timeZone;
}
