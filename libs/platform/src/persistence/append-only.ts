/**
 * GEN-3: SQL that makes a table append-only. History is never rewritten, by the application or by
 * anyone with a SQL prompt: a correction is a new row. Use it in the migration that creates the table.
 */
export function appendOnlySql(table: string): string {
  return `create trigger "${table}_append_only" before update or delete on "${table}" for each row execute function "pcs_refuse_change"();`;
}
