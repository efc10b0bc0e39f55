import type { EntityManager } from '@mikro-orm/postgresql';
import {
  maskPhone,
  OccupancyRole,
  UnitStatus,
  UnitType,
  type UnitOccupantView,
  type UnitView,
} from '@pcs/contracts';
import { Building } from '../communities/building.entity.js';
import { Community } from '../communities/community.entity.js';
import { Occupancy } from '../occupancies/occupancy.entity.js';
import { Person } from '../people/person.entity.js';
import { today } from './current-occupancies.js';
import type { Unit } from './unit.entity.js';

/**
 * Units as staff see them, with their current occupants (today in each community's time zone) and the
 * occupants' phones masked for every role (GEN-4). Loads what a whole page needs in a few queries.
 */
export async function unitViews(em: EntityManager, units: Unit[]): Promise<UnitView[]> {
  if (units.length === 0) return [];
  const [buildings, communities] = await Promise.all([
    em.find(Building, { id: { $in: unique(units.map((u) => u.buildingId)) } }),
    em.find(Community, { id: { $in: unique(units.map((u) => u.communityId)) } }),
  ]);
  const buildingName = new Map(buildings.map((b) => [b.id, b.name]));
  const todayIn = new Map(communities.map((c) => [c.id, today(c.timeZone)]));
  const dayOf = (u: Unit): string => todayIn.get(u.communityId) ?? today();
  const [earliest] = units.map(dayOf).sort();
  const occupancies = await em.find(
    Occupancy,
    { unitId: { $in: units.map((u) => u.id) }, $or: [{ endDate: null }, { endDate: { $gte: earliest } }] },
    { orderBy: { startDate: 'asc', createdAt: 'asc' } },
  );
  const people = await em.find(Person, { id: { $in: unique(occupancies.map((o) => o.personId)) } });
  const personById = new Map(people.map((p) => [p.id, p]));
  return units.map((unit) => {
    const day = dayOf(unit);
    const occupants = occupancies
      .filter((o) => o.unitId === unit.id && isCurrentOn(o, day))
      .flatMap((o) => {
        const person = personById.get(o.personId);
        return person ? [toOccupantView(o, person)] : [];
      });
    return toUnitView(unit, buildingName.get(unit.buildingId) ?? '', occupants);
  });
}

/** RES-2: started on or before the day, and not ended before it. */
export function isCurrentOn(o: Occupancy, day: string): boolean {
  return o.startDate <= day && (o.endDate === undefined || o.endDate === null || o.endDate >= day);
}

function toOccupantView(o: Occupancy, person: Person): UnitOccupantView {
  return {
    occupancyId: o.id,
    personId: person.id,
    name: person.name,
    role: o.role,
    roleLabel: OccupancyRole.label(o.role),
    phone: maskPhone(person.phone),
    since: o.startDate,
    ...(o.paysFees ? { paysFees: true } : {}),
  };
}

function toUnitView(u: Unit, buildingName: string, occupants: UnitOccupantView[]): UnitView {
  return {
    id: u.id,
    companyId: u.companyId,
    communityId: u.communityId,
    buildingId: u.buildingId,
    buildingName,
    number: u.number,
    label: u.label,
    floor: u.floor,
    type: u.type,
    typeLabel: UnitType.label(u.type),
    grossAreaCentiM2: u.grossAreaCentiM2,
    ...(u.handoverDate ? { handoverDate: u.handoverDate } : {}),
    status: u.status,
    statusLabel: UnitStatus.label(u.status),
    occupants,
    version: u.version,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
