import { matchRoute } from '../routing';

/** Every screen of the console, by the name its page is loaded under (navigation/screens.tsx). */
export type ScreenName =
  | 'complaint-queue'
  | 'register-complaint'
  | 'complaint'
  | 'caller-card'
  | 'return-visits'
  | 'call-backs'
  | 'reconciliation'
  | 'handovers'
  | 'incidents'
  | 'repairs'
  | 'repair'
  | 'work-orders'
  | 'work-order'
  | 'units'
  | 'unit'
  | 'arrears'
  | 'fee-items'
  | 'shared-meters'
  | 'meter-readings'
  | 'revolving-funds'
  | 'reports';

interface ScreenRoute {
  pattern: string;
  screen: ScreenName;
  /** The menu entry that opens it (or its list): the screen exists for roles that have that entry. */
  menu: string;
}

/** Literal paths before patterns with parameters: `/complaints/new` is not a complaint's id. */
export const SCREEN_ROUTES: readonly ScreenRoute[] = [
  { pattern: '/complaints', screen: 'complaint-queue', menu: '/complaints' },
  { pattern: '/complaints/new', screen: 'register-complaint', menu: '/complaints/new' },
  { pattern: '/complaints/:id', screen: 'complaint', menu: '/complaints' },
  { pattern: '/caller-card', screen: 'caller-card', menu: '/caller-card' },
  { pattern: '/return-visits', screen: 'return-visits', menu: '/return-visits' },
  { pattern: '/call-backs', screen: 'call-backs', menu: '/call-backs' },
  { pattern: '/reconciliation', screen: 'reconciliation', menu: '/reconciliation' },
  { pattern: '/handovers', screen: 'handovers', menu: '/handovers' },
  { pattern: '/incidents', screen: 'incidents', menu: '/incidents' },
  { pattern: '/repairs', screen: 'repairs', menu: '/repairs' },
  { pattern: '/repairs/:id', screen: 'repair', menu: '/repairs' },
  { pattern: '/work-orders', screen: 'work-orders', menu: '/work-orders' },
  { pattern: '/work-orders/:id', screen: 'work-order', menu: '/work-orders' },
  { pattern: '/units', screen: 'units', menu: '/units' },
  { pattern: '/units/:id', screen: 'unit', menu: '/units' },
  { pattern: '/finance/arrears', screen: 'arrears', menu: '/finance/arrears' },
  { pattern: '/finance/fee-items', screen: 'fee-items', menu: '/finance/fee-items' },
  { pattern: '/finance/shared-meters', screen: 'shared-meters', menu: '/finance/shared-meters' },
  { pattern: '/finance/meter-readings', screen: 'meter-readings', menu: '/finance/meter-readings' },
  { pattern: '/finance/revolving-funds', screen: 'revolving-funds', menu: '/finance/revolving-funds' },
  { pattern: '/reports', screen: 'reports', menu: '/reports' },
];

/** Where `/` leads, the first the roles have: a technician, who has no complaint queue, gets the work orders. */
const HOMES = ['/complaints', '/work-orders', '/units'];

export type ResolvedScreen =
  | { kind: 'screen'; screen: ScreenName; params: Record<string, string>; menu: string }
  | { kind: 'nothing-for-roles' }
  | { kind: 'not-found' };

/** The screen a route shows to a caller whose menu holds `menu` routes; never one the menu withholds. */
export function resolveScreen(route: string, menu: readonly string[]): ResolvedScreen {
  const allowed = (path: string): boolean => menu.includes(path);
  const path = route === '/' ? HOMES.find(allowed) : route;
  if (path === undefined) return { kind: 'nothing-for-roles' };
  for (const candidate of SCREEN_ROUTES) {
    const params = matchRoute(candidate.pattern, path);
    if (!params) continue;
    if (!allowed(candidate.menu) || Object.values(params).some((value) => value === '')) break;
    return { kind: 'screen', screen: candidate.screen, params, menu: candidate.menu };
  }
  return { kind: 'not-found' };
}
