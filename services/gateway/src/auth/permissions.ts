import type { Role } from '@pcs/contracts';

/*
 * The one permission table: which roles may call each route. A route without an entry cannot be
 * called by anyone (deny by default), and a test checks every route against every role, row by row.
 * docs/permissions.md is generated from this table.
 */

const CUSTOMER_SERVICE: Role[] = ['front-desk', 'cs-supervisor', 'cs-manager'];
const MANAGEMENT: Role[] = ['deputy-gm', 'gm'];

export const PERMISSIONS = {
  'complaints.register': [...CUSTOMER_SERVICE, 'admin'],
  'complaints.read': [
    ...CUSTOMER_SERVICE,
    'engineer',
    'dispatcher',
    'repair-lead',
    'chief-engineer',
    ...MANAGEMENT,
    'security',
    'auditor',
    'admin',
  ],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function rolesFor(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}

export function isAllowed(permission: Permission, roles: readonly Role[]): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}
