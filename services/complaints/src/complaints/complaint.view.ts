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
  MajorReason,
  maskPhone,
  PauseReason,
  RepairProgress,
  ReturnVisitExemption,
  ReturnVisitStatus,
  Satisfaction,
  type ComplaintView,
  type DeadlineView,
} from '@pcs/contracts';
import type { ComplaintDeadline } from '../deadlines/complaint-deadline.entity.js';
import type { Complaint } from './complaint.entity.js';

export const COMPLAINT_RECORD = 'complaint';

const iso = (d: Date | null | undefined): string | undefined => (d ? d.toISOString() : undefined);

/** Drops the keys whose value is undefined, so optional fields are absent rather than null. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/** What a view shows of a clock: the fields of `ComplaintDeadline` that `complaintViews` reads. */
export type ClockFacts = Pick<
  ComplaintDeadline,
  | 'id'
  | 'complaintId'
  | 'kind'
  | 'level'
  | 'openedAt'
  | 'dueAt'
  | 'warnAt'
  | 'pausedSince'
  | 'metAt'
  | 'cancelledAt'
>;

function toDeadlineView(d: ClockFacts, now: Date): DeadlineView {
  const open = !d.metAt && !d.cancelledAt;
  return compact({
    kind: d.kind,
    kindLabel: DeadlineKind.label(d.kind),
    level: d.kind === 'escalation-acknowledge' ? EscalationLevel.codes[d.level] : undefined,
    levelLabel:
      d.kind === 'escalation-acknowledge' ? EscalationLevel.label(EscalationLevel.codes[d.level]) : undefined,
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
  deadlines: readonly ClockFacts[] = [],
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
    majorReasonLabels: c.majorReasons?.map((r) => MajorReason.label(r)),
    meeting: c.meeting,
    paused: c.paused,
    pauseReason: c.pauseReason ?? undefined,
    pauseReasonLabel: c.pauseReason ? PauseReason.label(c.pauseReason) : undefined,
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
      attemptDays: c.returnVisitAttemptDays ?? 0,
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
    repairRequestId: c.repairRequestId,
    repairRequestNumber: c.repairRequestNumber,
    repairStatus: c.repairStatus,
    repairStatusLabel:
      c.repairStatus && RepairProgress.is(c.repairStatus) ? RepairProgress.label(c.repairStatus) : undefined,
    overdue: deadlines.some((d) => !d.metAt && !d.cancelledAt && !d.pausedSince && d.dueAt <= now),
    deadlines: deadlines.map((d) => toDeadlineView(d, now)),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  });
}

/** Clocks in the order the register reads them (`complaintViews`): opened first, then by id. */
export function byOpening<T extends Pick<ClockFacts, 'openedAt' | 'id'>>(clocks: readonly T[]): T[] {
  return [...clocks].sort(
    (a, b) => a.openedAt.getTime() - b.openedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Views of several entries with their clocks and merged entries, in two statements whatever their
 * number. Both are plain SQL rather than `em.find`: the rows are only read to be shown, and building
 * and hydrating the two queries through the ORM was about a quarter of the service's CPU per page of
 * the register (bench S8, decision 0190). The entries themselves are already filtered by tenant, so
 * their ids need no filter here.
 */
export async function complaintViews(
  em: EntityManager,
  rows: readonly Complaint[],
  now = new Date(),
): Promise<ComplaintView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [clockRows, mergedRows] = await Promise.all([
    em.execute<ClockRow[]>(CLOCKS_OF, [ids]),
    em.execute<{ id: string; merged_into_id: string }[]>(MERGED_INTO, [ids]),
  ]);
  const clocks = clockRows.map(toClockFacts);
  return rows.map((r) =>
    toComplaintView(
      r,
      clocks.filter((d) => d.complaintId === r.id),
      mergedRows.filter((m) => m.merged_into_id === r.id).map((m) => m.id),
      now,
    ),
  );
}

/** Instants as epoch milliseconds, exactly (numeric), whatever the session's time zone and date style. */
const epochMs = (column: string): string =>
  `floor(extract(epoch from ${column}) * 1000)::float8 as ${column}`;

/** The clocks of entries, in the order the register shows them: opened first, then by id. */
const CLOCKS_OF = `select id, complaint_id, kind, level, ${[
  'opened_at',
  'due_at',
  'warn_at',
  'paused_since',
  'met_at',
  'cancelled_at',
]
  .map(epochMs)
  .join(', ')} from complaint_deadline where complaint_id in (?) order by opened_at asc, id asc`;

/** The entries merged into entries (CMP-16). */
const MERGED_INTO = 'select id, merged_into_id from complaint where merged_into_id in (?) order by id asc';

interface ClockRow {
  id: string;
  complaint_id: string;
  kind: ClockFacts['kind'];
  level: number;
  opened_at: number;
  due_at: number;
  warn_at: number;
  paused_since: number | null;
  met_at: number | null;
  cancelled_at: number | null;
}

const dateOrNull = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

function toClockFacts(row: ClockRow): ClockFacts {
  return {
    id: row.id,
    complaintId: row.complaint_id,
    kind: row.kind,
    level: row.level,
    openedAt: new Date(row.opened_at),
    dueAt: new Date(row.due_at),
    warnAt: new Date(row.warn_at),
    pausedSince: dateOrNull(row.paused_since),
    metAt: dateOrNull(row.met_at),
    cancelledAt: dateOrNull(row.cancelled_at),
  };
}

export async function complaintView(
  em: EntityManager,
  c: Complaint,
  now = new Date(),
): Promise<ComplaintView> {
  const [view] = await complaintViews(em, [c], now);
  return view;
}
