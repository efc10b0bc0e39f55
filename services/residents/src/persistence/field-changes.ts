export type FieldChange = { from: unknown; to: unknown };

/**
 * GEN-3: applies the fields a correction gives (those not undefined) to a record and returns what
 * really changed, field by field, for the archive. A value equal to the current one is no change.
 */
export function applyFieldChanges<T extends object, K extends keyof T & string>(
  record: T,
  given: Partial<Pick<T, K>>,
  fields: readonly K[],
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const field of fields) {
    const to = given[field];
    if (to === undefined || to === record[field]) continue;
    changes[field] = { from: record[field] ?? null, to };
    record[field] = to as T[K];
  }
  return changes;
}
