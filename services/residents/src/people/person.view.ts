import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ContactChannel,
  IdDocumentType,
  maskIdNumber,
  maskPhone,
  OccupancyRole,
  type ContactPreferencesV1,
  type ContactPreferencesView,
  type PersonOccupancyView,
  type PersonPreferencesView,
  type PersonView,
} from '@pcs/contracts';
import { Occupancy } from '../occupancies/occupancy.entity.js';
import { Unit } from '../units/unit.entity.js';
import type { Person } from './person.entity.js';

/**
 * People as every response shows them, whatever the caller's role: phone and ID number masked (GEN-4;
 * a full view goes only through a logged reveal or an approved file request). With every occupancy,
 * current and ended, so the history shows.
 */
export async function personViews(em: EntityManager, people: Person[]): Promise<PersonView[]> {
  if (people.length === 0) return [];
  const occupancies = await em.find(
    Occupancy,
    { personId: { $in: people.map((p) => p.id) } },
    { orderBy: { startDate: 'asc', createdAt: 'asc' } },
  );
  const labels = await unitLabels(
    em,
    occupancies.map((o) => o.unitId),
  );
  return people.map((p) =>
    toPersonView(
      p,
      occupancies.filter((o) => o.personId === p.id).map((o) => toPersonOccupancyView(o, labels)),
    ),
  );
}

export async function personView(em: EntityManager, person: Person): Promise<PersonView> {
  const [view] = await personViews(em, [person]);
  return view;
}

/** `3栋1201` by unit id. */
export async function unitLabels(em: EntityManager, unitIds: string[]): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map();
  const units = await em.find(Unit, { id: { $in: [...new Set(unitIds)] } });
  return new Map(units.map((u) => [u.id, u.label]));
}

export function preferencesOf(p: Person): ContactPreferencesV1 {
  return { refuseReturnVisits: p.refuseReturnVisits, preferredChannel: p.preferredChannel };
}

/** The preferences as a person's view shows them: with the channel in Chinese. */
export function preferencesViewOf(p: Person): PersonPreferencesView {
  return { ...preferencesOf(p), preferredChannelLabel: ContactChannel.label(p.preferredChannel) };
}

export function toContactPreferencesView(p: Person): ContactPreferencesView {
  return {
    personId: p.id,
    refuseReturnVisits: p.refuseReturnVisits,
    preferredChannel: p.preferredChannel,
    preferredChannelLabel: ContactChannel.label(p.preferredChannel),
    ...(p.preferencesReason ? { reason: p.preferencesReason } : {}),
  };
}

function toPersonOccupancyView(o: Occupancy, labels: Map<string, string>): PersonOccupancyView {
  return {
    occupancyId: o.id,
    unitId: o.unitId,
    unitLabel: labels.get(o.unitId) ?? '',
    role: o.role,
    roleLabel: OccupancyRole.label(o.role),
    startDate: o.startDate,
    ...(o.endDate ? { endDate: o.endDate } : {}),
  };
}

function toPersonView(p: Person, occupancies: PersonOccupancyView[]): PersonView {
  return {
    id: p.id,
    companyId: p.companyId,
    communityId: p.communityId,
    name: p.name,
    phone: maskPhone(p.phone),
    ...(p.idDocumentType
      ? { idDocumentType: p.idDocumentType, idDocumentTypeLabel: IdDocumentType.label(p.idDocumentType) }
      : {}),
    ...(p.idNumber ? { idNumber: maskIdNumber(p.idNumber) } : {}),
    ...(p.notes ? { notes: p.notes } : {}),
    preferences: preferencesViewOf(p),
    occupancies,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
