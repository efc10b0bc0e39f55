import { describe, expect, it } from '@jest/globals';
import { MENU } from './console-menu';
import { resolveScreen, SCREEN_ROUTES } from './screen-routes';

const EVERY_MENU = MENU.map((entry) => entry.route);

describe('which screen a route shows', () => {
  it('matches literal paths before parameters, with the menu entry to highlight', () => {
    expect(resolveScreen('/complaints/new', EVERY_MENU)).toMatchObject({ screen: 'register-complaint' });
    expect(resolveScreen('/complaints/0190f1c2', EVERY_MENU)).toEqual({
      kind: 'screen',
      screen: 'complaint',
      params: { id: '0190f1c2' },
      menu: '/complaints',
    });
    expect(resolveScreen('/units/u-1', EVERY_MENU)).toMatchObject({ screen: 'unit', menu: '/units' });
  });

  it("never shows a screen whose menu entry the caller's roles lack, even by its address", () => {
    expect(resolveScreen('/caller-card', ['/work-orders'])).toEqual({ kind: 'not-found' });
    expect(resolveScreen('/complaints/0190f1c2', ['/complaints/new'])).toEqual({ kind: 'not-found' });
    expect(resolveScreen('/nowhere', EVERY_MENU)).toEqual({ kind: 'not-found' });
    expect(resolveScreen('/complaints/', EVERY_MENU)).toEqual({ kind: 'not-found' });
  });

  it('opens `/` on the first home the roles have', () => {
    expect(resolveScreen('/', EVERY_MENU)).toMatchObject({ screen: 'complaint-queue' });
    expect(resolveScreen('/', ['/repairs', '/work-orders'])).toMatchObject({ screen: 'work-orders' });
    expect(resolveScreen('/', ['/units', '/finance/arrears'])).toMatchObject({ screen: 'units' });
    expect(resolveScreen('/', ['/reports'])).toEqual({ kind: 'nothing-for-roles' });
  });

  it('has a screen for every menu entry, and every screen belongs to a menu entry', () => {
    expect(EVERY_MENU.filter((route) => resolveScreen(route, EVERY_MENU).kind !== 'screen')).toEqual([]);
    expect(SCREEN_ROUTES.filter((r) => !EVERY_MENU.includes(r.menu))).toEqual([]);
  });
});
