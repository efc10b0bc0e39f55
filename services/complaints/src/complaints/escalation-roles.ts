import type { Role } from '@pcs/contracts';

/** CMP-4: who holds each level above the handler: supervisor, manager, general manager. */
const LEVEL_ROLES: Readonly<Record<number, readonly Role[]>> = {
  1: ['cs-supervisor'],
  2: ['cs-manager'],
  3: ['gm', 'deputy-gm'],
};

export function mayAcknowledgeLevel(roles: readonly Role[], level: number): boolean {
  return (LEVEL_ROLES[level] ?? []).some((r) => roles.includes(r));
}
