import { OccupancyRole, type OccupancyView } from '@pcs/contracts';
import type { Person } from '../people/person.entity.js';
import type { Occupancy } from './occupancy.entity.js';

export function toOccupancyView(o: Occupancy, person: Person): OccupancyView {
  return {
    id: o.id,
    communityId: o.communityId,
    unitId: o.unitId,
    personId: o.personId,
    personName: person.name,
    role: o.role,
    roleLabel: OccupancyRole.label(o.role),
    startDate: o.startDate,
    paysFees: o.paysFees,
    ...(o.endDate ? { endDate: o.endDate } : {}),
    ...(o.endReason ? { endReason: o.endReason } : {}),
    createdAt: o.createdAt.toISOString(),
    version: o.version,
  };
}
