import type { EntityManager } from '@mikro-orm/postgresql';
import { Person } from '../people/person.entity.js';
import { unitLabels } from '../people/person.view.js';

/** The unit labels and people's names a procedure's view shows beside the ids (`3栋1201`, 王建国). */
export interface ProcedureNames {
  units: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
}

export const NO_NAMES: ProcedureNames = { units: new Map(), people: new Map() };

/** One read of the units and one of the people for a page of procedures. */
export async function procedureNames(
  em: EntityManager,
  unitIds: readonly string[],
  personIds: readonly string[],
): Promise<ProcedureNames> {
  const ids = [...new Set(personIds)];
  const people = ids.length === 0 ? [] : await em.find(Person, { id: { $in: ids } });
  return {
    units: await unitLabels(em, [...unitIds]),
    people: new Map(people.map((p) => [p.id, p.name])),
  };
}
