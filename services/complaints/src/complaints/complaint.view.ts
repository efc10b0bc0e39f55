import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ComplainantIntent,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintKind,
  ComplaintStatus,
  DeadlineKind,
  Department,
  EscalationLevel,
  maskPhone,
  ReturnVisitExemption,
  ReturnVisitStatus,
  Satisfaction,
  type ComplaintView,
  type DeadlineView,
} from '@pcs/contracts';
import { ComplaintDeadline } from '../deadlines/complaint-deadline.entity.js';
import { Complaint } from './complaint.entity.js';

export const COMPLAINT_RECORD = 'complaint';

const iso = (d: Date | null | undefined): string | undefined => (d ? d.toISOString() : undefined);

/** Drops the keys whose value is undefined, so optional fields are absent rather than null. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
}

function toDeadlineView(d: ComplaintDeadline, now: Date): DeadlineView {
  const open = !d.metAt && !d.cancelledAt;
  return compact({
    kind: d.kind,
    kindLabel: DeadlineKind.label(d.kind),
    level: d.kind === 'escalation-acknowledge' ? EscalationLevel.codes[d.level] : undefined,
    dueAt: d.dueAt.toISOString(),
    warnAt: d.warnAt.toISOString(),
    paused: Boolean(d.pausedSince),
    overdue: open && !d.pausedSince && d.dueAt <= now,
    metAt: iso(d.metAt),
    cancelledAt: iso(d.cancelledAt),
  });
}

/** The staff view of an entry: codes with their Chinese labels, the phone masked (GEN-4). */
export function toComplaintView(
  c: Complaint,
  deadlines: readonly ComplaintDeadline[] = [],
  mergedFromIds: readonly string[] = [],
  now = new Date(),
): ComplaintView {
  const level = EscalationLevel.codes[c.escalationLevel];
  return compact({
    id: c.id,
    number: c.number,
    companyId: c.companyId,
    communityId: c.communityId,
    kind: c.kind,
    kindLabel: ComplaintKind.label(c.kind),
    channel: c.channel,
    channelLabel: ComplaintChannel.label(c.channel),
    status: c.status,
    statusLabel: ComplaintStatus.label(c.status),
    customer: {
      anonymous: c.customerAnonymous,
      ...(c.customerSurname ? { surname: c.customerSurname } : {}),
      ...(c.customerPhone ? { phone: maskPhone(c.customerPhone) } : {}),
    },
    unitId: c.unitId,
    buildingId: c.buildingId,
    personId: c.personId,
    location: c.location,
    description: c.description,
    demand: c.demand,
    category: c.category,
    categoryLabel: c.category ? ComplaintCategory.label(c.category) : undefined,
    intent: c.intent,
    intentLabel: c.intent ? ComplainantIntent.label(c.intent) : undefined,
    receivedAt: c.receivedAt.toISOString(),
    receivedBy: { staffId: c.receivedById, name: c.receivedByName },
    department: c.department,
    departmentLabel: c.department ? Department.label(c.department) : undefined,
    handler: c.handlerId ? { staffId: c.handlerId, name: c.handlerName ?? '' } : undefined,
    assignedAt: iso(c.assignedAt),
    acknowledgedAt: iso(c.acknowledgedAt),
    promisedAt: iso(c.promisedAt),
    feedback: c.feedback,
    feedbackAt: iso(c.feedbackAt),
    escalationLevel: level,
    escalationLevelLabel: EscalationLevel.label(level),
    major: c.major,
    majorReasons: c.majorReasons,
    meeting: c.meeting,
    paused: c.paused,
    pauseReason: c.pauseReason ?? undefined,
    measures: c.measures,
    result: c.result,
    resolvedAt: iso(c.resolvedAt),
    explanation: c.explanation,
    signOffs: c.signOffs.map((s) => ({
      department: s.department,
      departmentLabel: Department.label(s.department),
      by: { staffId: s.staffId, name: s.name },
      at: s.at,
    })),
    returnVisit: compact({
      status: c.returnVisitStatus,
      statusLabel: ReturnVisitStatus.label(c.returnVisitStatus),
      attempts: c.returnVisitAttempts,
      exemption: c.returnVisitExemption ?? undefined,
      exemptionLabel: c.returnVisitExemption ? ReturnVisitExemption.label(c.returnVisitExemption) : undefined,
      satisfaction: c.satisfaction ?? undefined,
      satisfactionLabel: c.satisfaction ? Satisfaction.label(c.satisfaction) : undefined,
      visitedAt: iso(c.visitedAt),
    }),
    reopenCount: c.reopenCount,
    answer: c.answer,
    closedAt: iso(c.closedAt),
    mergedIntoId: c.mergedIntoId,
    mergedFromIds: [...mergedFromIds],
    repairRequested: c.repairRequested,
    repairStatus: c.repairStatus,
    overdue: deadlines.some((d) => !d.metAt && !d.cancelledAt && !d.pausedSince && d.dueAt <= now),
    deadlines: deadlines.map((d) => toDeadlineView(d, now)),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  });
}

/** Clocks in the order the register reads them (`complaintViews`): opened first, then by id. */
export function byOpening(clocks: readonly ComplaintDeadline[]): ComplaintDeadline[] {
  return [...clocks].sort(
    (a, b) => a.openedAt.getTime() - b.openedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Views of several entries with their clocks and merged entries, in two queries whatever their number. */
export async function complaintViews(
  em: EntityManager,
  rows: readonly Complaint[],
  now = new Date(),
): Promise<ComplaintView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [deadlines, merged] = await Promise.all([
    em.find(
      ComplaintDeadline,
      { complaintId: { $in: ids } },
      { filters: false, orderBy: { openedAt: 'asc', id: 'asc' } },
    ),
    em.find(
      Complaint,
      { mergedIntoId: { $in: ids } },
      { filters: false, fields: ['id', 'mergedIntoId'], orderBy: { id: 'asc' } },
    ),
  ]);
  return rows.map((r) =>
    toComplaintView(
      r,
      deadlines.filter((d) => d.complaintId === r.id),
      merged.filter((m) => m.mergedIntoId === r.id).map((m) => m.id),
      now,
    ),
  );
}

export async function complaintView(
  em: EntityManager,
  c: Complaint,
  now = new Date(),
): Promise<ComplaintView> {
  const [view] = await complaintViews(em, [c], now);
  return view;
}
