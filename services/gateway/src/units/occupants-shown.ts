import type { Page, UnitView } from '@pcs/contracts';
import { CallContext } from '@pcs/platform';
import { isAllowed } from '../auth/permissions.js';

/**
 * GEN-4 (decision 0279): a unit's occupants are the resident file. Roles the permission table keeps from
 * people (`people.read`) read units (`structure.read`) without them, so "who lives in 3-1201" is not
 * answered through the units route.
 */
export function withOccupantsShown(unit: UnitView): UnitView {
  if (isAllowed('people.read', CallContext.actor().roles)) return unit;
  const { occupants: _hidden, ...shown } = unit;
  return shown;
}

export function pageWithOccupantsShown(page: Page<UnitView>): Page<UnitView> {
  return { ...page, items: page.items.map(withOccupantsShown) };
}
