import type { operations } from '@pcs/api-client';

/** An operation of the gateway's API; a renamed operation fails the console's typecheck. */
export type OperationId = keyof operations;
export type OperationRoles = Readonly<Record<string, readonly string[]>>;

export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
}

/**
 * The roles each operation allows, from the gateway's OpenAPI document: the permission table the
 * gateway enforces documents itself there as `x-roles`, one row per route.
 */
export function operationRolesOf(document: OpenApiDocument): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      const { operationId, 'x-roles': roles } = (operation ?? {}) as {
        operationId?: unknown;
        'x-roles'?: unknown;
      };
      if (typeof operationId === 'string' && Array.isArray(roles)) {
        table[operationId] = roles.filter((r): r is string => typeof r === 'string');
      }
    }
  }
  return table;
}

/** Whether any of the caller's roles may call the operation. The gateway still decides; this only hides. */
export function mayCall(table: OperationRoles, operationId: OperationId, roles: readonly string[]): boolean {
  const allowed = table[operationId];
  return allowed !== undefined && roles.some((role) => allowed.includes(role));
}
