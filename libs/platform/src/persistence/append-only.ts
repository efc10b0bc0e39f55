import type { TriggerDef } from '@mikro-orm/core';

/**
 * GEN-3: a trigger that makes a table append-only. History is never rewritten, by the application or
 * by anyone with a SQL prompt: a correction is a new row. Declared on the entity (MikroORM manages the
 * trigger, so schema diffs stay clean): `@Entity({ tableName: 'x', triggers: [appendOnlyTrigger('x')] })`.
 */
export function appendOnlyTrigger(table: string): TriggerDef {
  return {
    name: `${table}_append_only`,
    timing: 'before',
    events: ['update', 'delete'],
    forEach: 'row',
    body: `raise exception 'table % is append-only', tg_table_name using errcode = 'insufficient_privilege';`,
  };
}
