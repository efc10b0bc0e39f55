import type { ApiSchema } from '@pcs/api-client';
import { useCallback } from 'react';
import { useLoad } from '../common/use-load';
import { useConsole } from '../session/session-context';

/** A building's units, every page of them: a meter round or a shared meter covers the whole building. */
const UNITS_PAGE = 200;

/** The community's buildings, and every unit of the building chosen (none until both are chosen). */
export function useBuildingUnits(communityId: string | undefined, buildingId: string | undefined) {
  const { api } = useConsole();
  const loadBuildings = useCallback(
    () =>
      api.call('get', '/api/v1/communities/{id}/buildings', {
        params: { id: communityId ?? '' },
        query: { limit: UNITS_PAGE },
      }),
    [api, communityId],
  );
  const buildings = useLoad(communityId ? loadBuildings : undefined, { clearOnFailure: true });
  const loadUnits = useCallback(async () => {
    const all: ApiSchema<'UnitView'>[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.call('get', '/api/v1/units', {
        query: { communityId, buildingId, limit: UNITS_PAGE, ...(cursor ? { cursor } : {}) },
      });
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  }, [api, communityId, buildingId]);
  const units = useLoad(communityId && buildingId ? loadUnits : undefined, { clearOnFailure: true });
  return { buildings, units };
}
