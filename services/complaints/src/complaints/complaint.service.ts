import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import {
  canAccessCommunity,
  ComplaintAction,
  ComplaintRegistered,
  ComplaintRepairRequested,
  DomainError,
  formatPhone,
  phoneDigits,
  RegisterComplaint,
  type Actor,
  type ComplaintHistoryView,
  type ComplaintKind,
  type ComplaintStatus,
  type ComplaintView,
  type GetComplaintHistoryV1,
  type GetComplaintV1,
  type ListComplaintsV1,
  type ListReturnVisitsV1,
  type NumberedRecord,
  type Page,
  type RegisterComplaintV1,
} from '@pcs/contracts';
import {
  archiveRecord,
  CallContext,
  CompanyCalendars,
  newId,
  nextRecordNumber,
  Outbox,
  pageQuery,
  pageWindow,
  RecordHistory,
  runCommand,
  toPage,
  Clock,
  RECORDED_TIME_SKEW_MS,
} from '@pcs/platform';
import { applyDeadlineOps } from '../deadlines/deadline-book.js';
import type { ComplaintDeadline } from '../deadlines/complaint-deadline.entity.js';
import { lookForEarlyWarning, settleEarlyWarning } from '../incidents/early-warnings.js';
import type { DeadlineOp } from '../deadlines/deadline-rule.js';
import { refuseSignedDay } from '../reconciliation/signed-days.js';
import { registrationRefs } from '../replicas/registration-refs.js';
import { COMPLAINT_POLICY } from './complaint-policy.js';
import { Complaint } from './complaint.entity.js';
import {
  byOpening,
  COMPLAINT_RECORD,
  complaintView,
  complaintViews,
  toComplaintView,
} from './complaint.view.js';
import { listedCommunity } from '../replicas/listed-community.js';

/** GEN-2: each kind of register entry numbers in its own series. */
const NUMBER_SERIES: Readonly<Record<ComplaintKind, NumberedRecord>> = {
  complaint: 'complaint',
  suggestion: 'suggestion',
  praise: 'praise',
  enquiry: 'enquiry',
  repair: 'repair-call',
};

/** Decision 0296: how far back a contact may be registered (the demo register spans four weeks). */
export const RECEIVED_AT_MAX_AGE_DAYS = 60;
const RECEIVED_AT_MAX_AGE_MS = RECEIVED_AT_MAX_AGE_DAYS * 24 * 60 * 60 * 1000;

/** CMP-1, DESK-2: what an entry starts as, by kind. */
const FIRST_STATUS: Readonly<Record<ComplaintKind, ComplaintStatus>> = {
  complaint: 'registered',
  suggestion: 'registered',
  praise: 'registered',
  enquiry: 'answered',
  repair: 'referred',
};

/** The clocks an entry starts with (CMP-3, CMP-13); repairs follow maintenance's (MNT-5). */
function firstClocks(kind: ComplaintKind, receivedAt: Date, needsRepair: boolean): DeadlineOp[] {
  const p = COMPLAINT_POLICY;
  if (kind === 'complaint') {
    return [
      { op: 'open', kind: 'acknowledge', rule: { unit: 'end-of-day', from: receivedAt } },
      ...(needsRepair
        ? []
        : [
            {
              op: 'open',
              kind: 'resolve',
              rule: { unit: 'calendar-days', amount: p.resolveCalendarDays, from: receivedAt },
            } as const,
          ]),
    ];
  }
  if (kind === 'suggestion' || kind === 'praise') {
    return [
      {
        op: 'open',
        kind: 'answer',
        rule: { unit: 'calendar-days', amount: p.answerCalendarDays, from: receivedAt },
      },
    ];
  }
  return [];
}

/** CMP-1, DESK-2: the call/visit register: every contact, whatever it became. */
@Injectable()
export class ComplaintService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly calendars: CompanyCalendars,
    private readonly clock: Clock,
  ) {}

  /** CMP-1: registers an entry with its number (GEN-2), its clocks, its archive entry (GEN-3) and its events. */
  async register(command: RegisterComplaintV1): Promise<ComplaintView> {
    const actor = CallContext.actor();
    this.refuseInconsistent(actor, command);
    return runCommand(this.em, RegisterComplaint, command, {
      change: (em) => this.registerWithClocks(em, actor, command),
      // A new entry's view needs no reads: its clocks are the ones just opened, and nothing can have
      // been merged into it yet (two statements fewer per registration, bench S1).
      view: (_em, { complaint, clocks }) => toComplaintView(complaint, clocks, [], this.clock.now()),
    });
  }

  /**
   * The registration itself, inside the caller's transaction: what another record raises (a survey's
   * items, SAT-3) becomes an entry exactly as one the desk registers, atomically with that record.
   */
  async registerIn(em: EntityManager, actor: Actor, command: RegisterComplaintV1): Promise<Complaint> {
    return (await this.registerWithClocks(em, actor, command)).complaint;
  }

  /** The registration, and the entry's clocks it opened, in the order the register lists them. */
  private async registerWithClocks(
    em: EntityManager,
    actor: Actor,
    command: RegisterComplaintV1,
  ): Promise<{ complaint: Complaint; clocks: ComplaintDeadline[] }> {
    this.refuseInconsistent(actor, command);
    const kind = command.kind ?? 'complaint';
    const now = this.clock.now();
    const receivedAt = new Date(command.receivedAt);
    if (receivedAt.getTime() > now.getTime() + RECORDED_TIME_SKEW_MS) {
      throw DomainError.validation([{ field: 'receivedAt', message: 'receivedAt cannot be in the future' }]);
    }
    // Decision 0296: a contact is registered while it is recent, not years later: an old one would
    // start overdue, escalate at once and change reports and reconciliations long closed.
    if (receivedAt.getTime() < now.getTime() - RECEIVED_AT_MAX_AGE_MS) {
      throw DomainError.validation([
        {
          field: 'receivedAt',
          message: `receivedAt must lie within the last ${RECEIVED_AT_MAX_AGE_DAYS} days`,
        },
      ]);
    }
    // A community residents never announced takes no entries: they could never be reconciled or
    // reported, and a mistyped code would start a number series of its own (decision 0194).
    // A unit or resident it names must be one residents announced in that community (decision 0217).
    const { timeZone, buildingId } = await registrationRefs(
      em,
      actor,
      command.communityId,
      command.unitId,
      command.personId,
    );
    // Read before the number: from the number on, the community's sequence row stays locked until
    // commit and every other registration in the community waits, so only writes follow it.
    const calendar = await this.calendars.forCompany(em, actor.companyId, timeZone);
    const id = newId();
    // CMP-11: the third complaint of a kind about a building in a week raises a warning.
    const warningWatch = await lookForEarlyWarning(em, {
      id,
      companyId: actor.companyId,
      communityId: command.communityId,
      buildingId,
      category: command.category,
      kind,
      receivedAt,
    });
    // CMP-6: a day a supervisor signed is closed to new entries.
    await refuseSignedDay(em, actor.companyId, command.communityId, receivedAt, timeZone);
    const { number } = await nextRecordNumber(em, {
      companyId: actor.companyId,
      communityId: command.communityId,
      record: NUMBER_SERIES[kind],
      at: now,
      timeZone,
    });
    const needsRepair = kind === 'repair' || command.needsRepair === true;
    const status = FIRST_STATUS[kind];
    const complaint = em.create(Complaint, {
      id,
      number,
      companyId: actor.companyId,
      communityId: command.communityId,
      kind,
      channel: command.channel,
      status,
      customerAnonymous: command.customer.anonymous ?? false,
      customerSurname: command.customer.surname,
      // Normalised on write (DESK-3), so that the register shows one form whatever was typed.
      customerPhone: command.customer.phone ? formatPhone(command.customer.phone) : undefined,
      phoneDigits: command.customer.phone ? phoneDigits(command.customer.phone) : undefined,
      personId: command.personId,
      unitId: command.unitId,
      buildingId,
      location: command.location,
      description: command.description,
      demand: command.demand,
      category: command.category,
      intent: command.intent,
      receivedAt,
      receivedById: actor.sub,
      receivedByName: actor.name,
      escalationLevel: 0,
      major: false,
      paused: false,
      signOffs: [],
      returnVisitStatus: 'not-due',
      returnVisitAttempts: 0,
      reopenCount: 0,
      repairRequested: needsRepair,
      ...(kind === 'enquiry' ? { answer: command.answer, answeredAt: now, closedAt: now } : {}),
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    // A new entry has no clocks yet: none to read.
    const clocks = await applyDeadlineOps(
      em,
      calendar,
      complaint,
      firstClocks(kind, receivedAt, needsRepair),
      now,
      [],
    );
    await settleEarlyWarning(em, this.outbox, warningWatch, complaint, now);
    archiveRecord(em, COMPLAINT_RECORD, complaint, {
      action: 'registered',
      changes: { status, kind, number, ...(needsRepair ? { repairRequested: true } : {}) },
      at: now,
    });
    await this.outbox.stage(em, ComplaintRegistered, {
      aggregateId: complaint.id,
      companyId: complaint.companyId,
      communityId: complaint.communityId,
      time: now,
      data: {
        complaintId: complaint.id,
        number,
        kind,
        channel: complaint.channel,
        category: complaint.category,
        intent: complaint.intent,
        unitId: complaint.unitId,
        location: complaint.location,
        receivedAt: complaint.receivedAt.toISOString(),
        receivedBy: actor.sub,
      },
    });
    if (needsRepair) {
      // CMP-2: maintenance opens the repair request and reports its progress back.
      await this.outbox.stage(em, ComplaintRepairRequested, {
        aggregateId: complaint.id,
        companyId: complaint.companyId,
        communityId: complaint.communityId,
        time: now,
        data: {
          complaintId: complaint.id,
          number,
          kind,
          category: complaint.category,
          unitId: complaint.unitId,
          location: complaint.location,
          description: complaint.description,
          personId: complaint.personId,
          requestedAt: now.toISOString(),
          // MNT-10: a caller who left a name and a contact gets the repair's return visit (0321).
          anonymous: complaint.customerAnonymous,
        },
      });
    }
    return { complaint, clocks: byOpening(clocks) };
  }

  private refuseInconsistent(actor: Actor, command: RegisterComplaintV1): void {
    // GEN-5: a community the caller may not see does not exist for them.
    if (!canAccessCommunity(actor, command.communityId)) throw DomainError.notFound('COMMUNITY_NOT_FOUND');
    const kind = command.kind ?? 'complaint';
    // CMP-1, CMP-9: anonymous means no name and no contact; a customer who left either is not
    // anonymous, or the return visit would be skipped with a number on file (decision 0292).
    const { customer } = command;
    if (customer.anonymous === true && (customer.surname !== undefined || customer.phone !== undefined)) {
      throw DomainError.validation([
        {
          field: 'customer.anonymous',
          message:
            'an anonymous customer gives no surname or phone: leave them out or set anonymous to false',
        },
      ]);
    }
    if (command.answer !== undefined && kind !== 'enquiry') {
      throw DomainError.validation([
        { field: 'answer', message: 'only an enquiry is answered at registration' },
      ]);
    }
    if (command.needsRepair && kind !== 'complaint' && kind !== 'repair') {
      throw DomainError.validation([
        { field: 'needsRepair', message: 'only a complaint or a repair call needs a repair' },
      ]);
    }
  }

  async get(query: GetComplaintV1): Promise<ComplaintView> {
    // The tenant filter hides other companies' and communities' entries: they answer "not found".
    const complaint = await this.em.findOne(Complaint, { id: query.id });
    if (!complaint) throw DomainError.notFound('COMPLAINT_NOT_FOUND');
    return complaintView(this.em, complaint, this.clock.now());
  }

  /**
   * DESK-2: the register, newest first, by keyset on the id (UUID v7: creation order). Every filter
   * has an index that starts with the company (see the migration); the tenant filter adds the
   * caller's communities.
   */
  async list(query: ListComplaintsV1): Promise<Page<ComplaintView>> {
    const window = pageWindow(query);
    const page = pageQuery(window, 'desc');
    const where: FilterQuery<Complaint> = { ...page.where };
    // GEN-5: a community outside the caller's scope or unknown is 404, not an empty list (decision 0302).
    if (query.communityId) where.communityId = await listedCommunity(this.em, query.communityId);
    if (query.buildingId) where.buildingId = query.buildingId;
    if (query.unitId) where.unitId = query.unitId;
    if (query.kind) where.kind = query.kind;
    if (query.category) where.category = query.category;
    if (query.status) where.status = query.status;
    if (query.channel) where.channel = query.channel;
    if (query.handlerId) where.handlerId = query.handlerId;
    if (query.major !== undefined) where.major = query.major;
    if (query.overdue !== undefined) where.overdueSince = query.overdue ? { $ne: null } : null;
    if (query.receivedFrom || query.receivedTo) {
      where.receivedAt = {
        ...(query.receivedFrom ? { $gte: new Date(query.receivedFrom) } : {}),
        ...(query.receivedTo ? { $lt: new Date(query.receivedTo) } : {}),
      };
    }
    if (query.phone !== undefined) {
      const digits = phoneDigits(query.phone);
      if (!digits)
        throw DomainError.validation([
          { field: 'phone', message: 'phone must be a mainland mobile or landline number' },
        ]);
      where.phoneDigits = digits;
    }
    const rows = await this.em.find(Complaint, where, page.options);
    return toPage(rows, window, (shown) => complaintViews(this.em, shown, this.clock.now()));
  }

  /** CMP-9, DESK-4: resolved entries waiting for their return visit, oldest first. */
  async returnVisits(query: ListReturnVisitsV1): Promise<Page<ComplaintView>> {
    const window = pageWindow(query);
    const page = pageQuery(window, 'asc');
    const where: FilterQuery<Complaint> = { ...page.where, returnVisitStatus: 'due', status: 'resolved' };
    // GEN-5: a community outside the caller's scope or unknown is 404, not an empty list (decision 0302).
    if (query.communityId) where.communityId = await listedCommunity(this.em, query.communityId);
    const rows = await this.em.find(Complaint, where, page.options);
    return toPage(rows, window, (shown) => complaintViews(this.em, shown, this.clock.now()));
  }

  /** GEN-3, CMP-16: the entry's history with the histories of the entries merged into it. */
  async history(query: GetComplaintHistoryV1): Promise<ComplaintHistoryView> {
    const complaint = await this.em.findOne(Complaint, { id: query.id });
    if (!complaint) throw DomainError.notFound('COMPLAINT_NOT_FOUND');
    const merged = await this.em.find(Complaint, { mergedIntoId: complaint.id }, { fields: ['id'] });
    const ids = [complaint.id, ...merged.map((m) => m.id)];
    const rows = await this.em.find(
      RecordHistory,
      { recordType: COMPLAINT_RECORD, recordId: { $in: ids } },
      { orderBy: { at: 'asc', id: 'asc' } },
    );
    return {
      complaintId: complaint.id,
      entries: rows.map((r) => ({
        id: r.id,
        complaintId: r.recordId,
        action: r.action,
        actionLabel: ComplaintAction.is(r.action)
          ? ComplaintAction.label(r.action)
          : (HISTORY_LABELS[r.action] ?? r.action),
        actorId: r.actorId,
        actorName: r.actorName,
        at: r.at.toISOString(),
        ...(r.changes ? { changes: r.changes } : {}),
        ...(r.reason ? { reason: r.reason } : {}),
      })),
    };
  }
}

/** Labels of the history entries that are not actions a caller takes. */
const HISTORY_LABELS: Readonly<Record<string, string>> = {
  registered: '登记',
  escalated: '自动上报',
  'merged-in': '合并登记',
  'incident-attached': '关联事件',
  'deadline-recomputed': '时限重算',
  'repair-progressed': '维修进度',
  'called-back': '回电告知',
  'typical-case-marked': '标记典型案例',
  'typical-case-unmarked': '取消典型案例',
};
