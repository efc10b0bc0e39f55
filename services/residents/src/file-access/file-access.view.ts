import { type RecordHistory } from '@pcs/platform';
import {
  FileAccessPurpose,
  FileAccessStatus,
  HistoryRecordType,
  IdDocumentType,
  OccupancyRole,
  type FileAccessRequestView,
  type ResidentFileView,
} from '@pcs/contracts';
import type { Occupancy } from '../occupancies/occupancy.entity.js';
import type { Person } from '../people/person.entity.js';
import { historySummary } from '../history/history-summary.js';
import { preferencesViewOf } from '../people/person.view.js';
import type { FileAccessRequest } from './file-access-request.entity.js';

/** A file request as listed: it carries the person's name, never their numbers. */
export function toFileAccessRequestView(r: FileAccessRequest, personName: string): FileAccessRequestView {
  return {
    id: r.id,
    communityId: r.communityId,
    personId: r.personId,
    personName,
    purpose: r.purpose,
    purposeLabel: FileAccessPurpose.label(r.purpose),
    reason: r.reason,
    status: r.status,
    statusLabel: FileAccessStatus.label(r.status),
    requestedBy: { staffId: r.requestedById, name: r.requestedByName },
    requestedAt: r.requestedAt.toISOString(),
    ...(r.decidedById
      ? { decidedBy: { staffId: r.decidedById, name: r.decidedByName ?? r.decidedById } }
      : {}),
    ...(r.decidedAt ? { decidedAt: r.decidedAt.toISOString() } : {}),
    ...(r.comment ? { comment: r.comment } : {}),
    ...(r.validUntil ? { validUntil: r.validUntil.toISOString() } : {}),
  };
}

/** RES-8: the whole file, unmasked; only an approved request's requester gets it, and it is logged. */
export function toResidentFileView(file: {
  person: Person;
  occupancies: Occupancy[];
  unitLabels: Map<string, string>;
  history: RecordHistory[];
  accessLogId: string;
}): ResidentFileView {
  const { person } = file;
  return {
    personId: person.id,
    communityId: person.communityId,
    name: person.name,
    phone: person.phone,
    ...(person.idDocumentType
      ? {
          idDocumentType: person.idDocumentType,
          idDocumentTypeLabel: IdDocumentType.label(person.idDocumentType),
        }
      : {}),
    ...(person.idNumber ? { idNumber: person.idNumber } : {}),
    ...(person.notes ? { notes: person.notes } : {}),
    preferences: preferencesViewOf(person),
    occupancies: file.occupancies.map((o) => ({
      unitLabel: file.unitLabels.get(o.unitId) ?? '',
      roleLabel: OccupancyRole.label(o.role),
      startDate: o.startDate,
      ...(o.endDate ? { endDate: o.endDate } : {}),
    })),
    history: file.history.map((h) => ({
      action: `${h.recordType}.${h.action}`,
      actionLabel: HistoryRecordType.is(h.recordType)
        ? historySummary(h.recordType, h.action)
        : `${h.recordType} ${h.action}`,
      actorName: h.actorName,
      at: h.at.toISOString(),
      ...(h.reason ? { reason: h.reason } : {}),
    })),
    accessLogId: file.accessLogId,
  };
}
