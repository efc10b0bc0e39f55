import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@pcs/contracts';
import { archiveRecord } from '@pcs/platform';
import { Complaint } from '../complaints/complaint.entity.js';
import { COMPLAINT_RECORD } from '../complaints/complaint.view.js';
import { UNRESOLVED_STATUSES } from '../complaints/complaint.state.js';
import type { Incident } from './incident.entity.js';

/**
 * CMP-15: attaches complaints to an incident in bulk. `strict`: every id must be an unresolved
 * complaint of the incident's community not attached elsewhere, or nothing is attached and each
 * refused id is named (422). Not strict (from a warning): the ineligible ones are left out. An id
 * already attached to this incident is a no-op, so a repeated request changes nothing.
 */
export async function attachComplaints(
  em: EntityManager,
  incident: Incident,
  ids: readonly string[],
  options: { strict: boolean; now: Date },
): Promise<void> {
  if (ids.length === 0) return;
  // The tenant filter hides what the caller may not see: it is "not found", like anywhere else.
  const found = new Map((await em.find(Complaint, { id: { $in: [...ids] } })).map((c) => [c.id, c] as const));
  const problems: { field: string; message: string }[] = [];
  const toAttach: Complaint[] = [];
  ids.forEach((id, i) => {
    const c = found.get(id);
    const refuse = (message: string) => problems.push({ field: `complaintIds[${i}]`, message });
    if (!c) return refuse(`complaint ${id} not found`);
    if (c.incidentId === incident.id) return undefined;
    if (c.communityId !== incident.communityId)
      return refuse(`${c.number} is not a complaint of ${incident.communityId}`);
    if (c.kind !== 'complaint') return refuse(`${c.number} is not a complaint`);
    if (c.incidentId) return refuse(`${c.number} is attached to another incident`);
    if (!UNRESOLVED_STATUSES.includes(c.status)) return refuse(`${c.number} is already resolved or closed`);
    toAttach.push(c);
    return undefined;
  });
  if (options.strict && problems.length) throw DomainError.validation(problems);
  for (const complaint of toAttach) {
    complaint.incidentId = incident.id;
    complaint.updatedAt = options.now;
    archiveRecord(em, COMPLAINT_RECORD, complaint, {
      action: 'incident-attached',
      changes: { incidentId: incident.id, incidentNumber: incident.number },
      at: options.now,
    });
  }
  incident.complaintCount += toAttach.length;
}
