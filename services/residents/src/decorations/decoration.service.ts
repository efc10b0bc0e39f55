import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  canonicalIdNumber,
  AcceptanceDepartment,
  ApplyForDecoration,
  ConfirmDamageRepair,
  CancelDecoration,
  ChargeItemCode,
  IssueWorkerPasses,
  RecordDecorationInspection,
  RecordPatrolFinding,
  RequestDecorationInspection,
  ReviewDecoration,
  SubmitDecoration,
  UpdateDecorationDocuments,
  DecorationApproved,
  DecorationDamageFound,
  DecorationInspectionFailed,
  DecorationInspectionPassed,
  DecorationReturned,
  DecorationWorksStarted,
  DomainError,
  formatPhone,
  type ApplyForDecorationV1,
  type CancelDecorationV1,
  type DecorationDamageV1,
  type DecorationDocumentsV1,
  type DecorationRefV1,
  type DecorationView,
  type GetDecorationV1,
  type IssueWorkerPassesV1,
  type ListDecorationsV1,
  type Page,
  type RecordDecorationInspectionV1,
  type RecordPatrolFindingV1,
  type ReviewDecorationV1,
  type UpdateDecorationDocumentsV1,
  type AcceptanceSignatureV1,
  type ConfirmDamageRepairV1,
} from '@pcs/contracts';
import {
  archiveRecord,
  assertRecordedTime,
  CallContext,
  lockRecord,
  newId,
  nextRecordNumber,
  Outbox,
  pageQuery,
  pageWindow,
  runCommand,
  toPage,
} from '@pcs/platform';
import { raiseChargeRequest, withdrawChargeRequest } from '../billing/charge-requests.js';
import {
  assertNotAfterToday,
  assertWithinPlanHorizon,
  communityTimeZone,
  communityToday,
} from '../communities/community-calendar.js';
import { Company } from '../communities/company.entity.js';
import { currentOccupancies } from '../units/current-occupancies.js';
import { changeUnitStatus } from '../units/unit-status.js';
import { Decoration, type DecorationWorker } from './decoration.entity.js';
import { nextDecorationStatus, OPEN_STATUSES, type DecorationStep } from './decoration.state.js';
import {
  DECORATION_RECORD,
  decorationHistories,
  decorationNames,
  decorationView,
  toDecorationView,
} from './decoration.view.js';
import { depositRefundableFrom } from './deposit-refund.js';
import { lockUnit } from '../units/unit-lock.js';

/** RES-5: the secondary-decoration workflow, from application to the completion inspection. */
@Injectable()
export class DecorationService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  /** A draft application with its GEN-2 number; the applicant must own or rent the unit now. */
  apply(command: ApplyForDecorationV1): Promise<DecorationView> {
    return runCommand(this.em, ApplyForDecoration, command, {
      change: async (em) => {
        const actor = CallContext.actor();
        checkSchedule(command);
        const unit = await lockUnit(em, command.unitId);
        checkPlannedDates(command, await communityToday(em, unit));
        const occupants = await currentOccupancies(em, unit.id);
        // Decision 342: fitting out is the owner's to apply for (RES-5, decision 113): a tenant is
        // never given the decoration rules at their move-in.
        const applicant = occupants.find(
          (o) => o.personId === command.applicantPersonId && o.role === 'owner',
        );
        if (!applicant) {
          const tenant = occupants.some(
            (o) => o.personId === command.applicantPersonId && o.role === 'tenant',
          );
          throw new DomainError(
            'BUSINESS_RULE_VIOLATED',
            tenant ? '装修须由业主申请，租户不能申请' : '申请人不是该房屋的现业主',
            { field: 'applicantPersonId', personId: command.applicantPersonId },
          );
        }
        // One application at a time per unit: its works set and restore the unit's status.
        const open = await em.findOne(Decoration, { unitId: unit.id, status: { $in: [...OPEN_STATUSES] } });
        if (open) {
          throw new DomainError('BUSINESS_RULE_VIOLATED', `该房屋已有未结束的装修申请 ${open.number}`, {
            decorationId: open.id,
            number: open.number,
          });
        }
        const now = new Date();
        const { number } = await nextRecordNumber(em, {
          companyId: actor.companyId,
          communityId: unit.communityId,
          record: 'decoration',
          at: now,
          timeZone: await communityTimeZone(em, unit),
        });
        const decoration = em.create(Decoration, {
          id: newId(),
          number,
          companyId: unit.companyId,
          communityId: unit.communityId,
          unitId: unit.id,
          applicantPersonId: command.applicantPersonId,
          status: 'draft',
          ...documentsOf(command),
          feesPaid: false,
          patrolFindings: [],
          inspections: [],
          pendingRepairs: [],
          createdAt: now,
          updatedAt: now,
          version: 1,
        });
        archiveRecord(em, DECORATION_RECORD, decoration, {
          action: 'applied',
          changes: { status: 'draft', number, ...documentSummary(command) },
          at: now,
        });
        return decoration;
      },
      view: decorationView,
    });
  }

  /** Replaces the documents of a draft or returned application. */
  updateDocuments(command: UpdateDecorationDocumentsV1): Promise<DecorationView> {
    return runCommand(this.em, UpdateDecorationDocuments, command, {
      change: async (em) => {
        const d = await lockDecoration(em, command.decorationId);
        nextDecorationStatus(d.status, 'update-documents');
        checkSchedule(command);
        checkPlannedDates(command, await communityToday(em, d));
        Object.assign(d, documentsOf(command));
        archiveRecord(em, DECORATION_RECORD, d, {
          action: 'documents-updated',
          changes: documentSummary(command),
        });
        return d;
      },
      view: decorationView,
    });
  }

  /**
   * The first submission asks billing for the deposit and the waste-removal fee and waits for them;
   * a resubmission after a rejection goes straight back to review (the fees are paid).
   */
  submit(command: DecorationRefV1): Promise<DecorationView> {
    return runCommand(this.em, SubmitDecoration, command, {
      change: async (em) => {
        const d = await lockDecoration(em, command.decorationId);
        const to = nextDecorationStatus(d.status, 'submit');
        const missing = [
          ...(d.drawings.length === 0 ? ['drawings'] : []),
          ...(d.workers.length === 0 ? ['workers'] : []),
          // The manuals: the decoration management agreement (装修管理协议) is signed before review.
          ...(d.agreement ? [] : ['agreement']),
        ];
        if (missing.length > 0) {
          throw new DomainError(
            'BUSINESS_RULE_VIOLATED',
            '提交装修申请需要至少一份图纸、一名施工人员和已签署的装修管理协议',
            { missing },
          );
        }
        if (!d.chargeRequestId) {
          const request = await raiseChargeRequest(em, this.outbox, {
            companyId: d.companyId,
            communityId: d.communityId,
            unitId: d.unitId,
            purpose: 'decoration',
            reference: { kind: 'decoration', id: d.id },
            payerPersonId: d.applicantPersonId,
            items: (['decoration-deposit', 'decoration-waste-removal'] as const).map((code) => ({
              code,
              description: `${ChargeItemCode.label(code)}（${d.number}）`,
            })),
          });
          d.chargeRequestId = request.id;
        }
        this.transition(em, d, 'submit', to, { chargeRequestId: d.chargeRequestId });
        return d;
      },
      view: decorationView,
    });
  }

  /** Engineering approves the drawings, or rejects them with reasons: back to the applicant. */
  review(command: ReviewDecorationV1): Promise<DecorationView> {
    return runCommand(this.em, ReviewDecoration, command, {
      change: async (em) => {
        const d = await lockDecoration(em, command.decorationId);
        const now = new Date();
        if (command.decision === 'approve') {
          const to = nextDecorationStatus(d.status, 'approve');
          d.rejectionReasons = undefined;
          this.transition(em, d, 'approve', to, {}, command.reasons?.join('；'));
          await this.outbox.stage(em, DecorationApproved, {
            ...this.eventOf(d, now),
            data: {
              decorationId: d.id,
              number: d.number,
              unitId: d.unitId,
              schedule: { startDate: d.scheduleStartDate, endDate: d.scheduleEndDate },
              approvedAt: now.toISOString(),
            },
          });
        } else {
          const to = nextDecorationStatus(d.status, 'reject');
          const reasons = command.reasons ?? [];
          d.rejectionReasons = reasons;
          this.transition(em, d, 'reject', to, { reasons }, reasons.join('；'));
          await this.outbox.stage(em, DecorationReturned, {
            ...this.eventOf(d, now),
            data: { decorationId: d.id, unitId: d.unitId, reasons },
          });
        }
        return d;
      },
      view: decorationView,
    });
  }

  /** Worker passes (one number per worker) valid until at most the schedule's end; works start. */
  issuePasses(command: IssueWorkerPassesV1): Promise<DecorationView> {
    return runCommand(this.em, IssueWorkerPasses, command, {
      change: async (em) => {
        const d = await lockDecoration(em, command.decorationId);
        const to = nextDecorationStatus(d.status, 'issue-passes');
        if (command.validUntil > d.scheduleEndDate) {
          throw DomainError.validation([
            {
              field: 'validUntil',
              message: `validUntil must be on or before the schedule's end (${d.scheduleEndDate})`,
            },
          ]);
        }
        // Decision 0280: a pass expired when issued (or before the works begin) lets no worker in,
        // yet the works would be started and the step cannot be taken again to mend the date.
        const today = await communityToday(em, d);
        const earliest = today > d.scheduleStartDate ? today : d.scheduleStartDate;
        if (command.validUntil < earliest) {
          throw DomainError.validation([
            {
              field: 'validUntil',
              message: `validUntil must be on or after ${earliest}: today in the community and the schedule's start`,
            },
          ]);
        }
        const unit = await lockUnit(em, d.unitId);
        if (unit.status === 'decorating') {
          throw new DomainError('BUSINESS_RULE_VIOLATED', '该房屋正在装修施工中', { unitId: unit.id });
        }
        d.workers = d.workers.map((w, i): DecorationWorker => ({
          ...w,
          passNumber: `${d.number}-${String(i + 1).padStart(2, '0')}`,
          passValidUntil: command.validUntil,
        }));
        d.passesValidUntil = command.validUntil;
        d.unitStatusBefore = unit.status;
        d.worksStartedAt = new Date();
        this.transition(em, d, 'issue-passes', to, {
          passesValidUntil: command.validUntil,
          passNumbers: d.workers.map((w) => w.passNumber),
        });
        await changeUnitStatus(em, this.outbox, unit, 'decorating', `装修施工开始（${d.number}）`);
        await this.outbox.stage(em, DecorationWorksStarted, {
          ...this.eventOf(d),
          data: {
            decorationId: d.id,
            unitId: d.unitId,
            workerCount: d.workers.length,
            passesValidUntil: command.validUntil,
          },
        });
        return d;
      },
      view: decorationView,
    });
  }

  /** A patrol during the works; damage to common areas is charged against the deposit (BIL-8). */
  recordPatrolFinding(command: RecordPatrolFindingV1): Promise<DecorationView> {
    return runCommand(this.em, RecordPatrolFinding, command, {
      change: async (em) => {
        const actor = CallContext.actor();
        const d = await lockDecoration(em, command.decorationId);
        const to = nextDecorationStatus(d.status, 'record-patrol-finding');
        assertRecordedTime('foundAt', new Date(command.foundAt), new Date(), {
          at: d.worksStartedAt,
          what: 'the works started (passes issued)',
        });
        const now = new Date();
        const finding = {
          id: newId(),
          foundAt: command.foundAt,
          description: command.description,
          violation: command.violation,
          ...(command.damage ? { damage: command.damage } : {}),
          recordedById: actor.sub,
          recordedBy: actor.name,
          recordedAt: now.toISOString(),
        };
        d.patrolFindings = [...d.patrolFindings, finding];
        this.transition(
          em,
          d,
          'record-patrol-finding',
          to,
          { findingId: finding.id, violation: finding.violation, damage: finding.damage },
          command.description,
        );
        if (command.damage) await this.makeGood(em, d, finding.id, command.damage);
        return d;
      },
      view: decorationView,
    });
  }

  /** Works finished or fixes done: the completion inspection (or re-inspection) is due. */
  requestInspection(command: DecorationRefV1): Promise<DecorationView> {
    return runCommand(this.em, RequestDecorationInspection, command, {
      change: async (em) => {
        const d = await lockDecoration(em, command.decorationId);
        const to = nextDecorationStatus(d.status, 'request-inspection');
        d.inspectionRequestedAt = new Date();
        this.transition(em, d, 'request-inspection', to, {});
        return d;
      },
      view: decorationView,
    });
  }

  /**
   * The completion inspection. Passed: completed, the unit back to its status before the works, and
   * the deposit refundable 90 days after the inspection's local day (BIL-9). Failed: the items must be
   * fixed and re-inspected. Damages found are charged against the deposit (BIL-8).
   */
  recordInspection(command: RecordDecorationInspectionV1): Promise<DecorationView> {
    return runCommand(this.em, RecordDecorationInspection, command, {
      change: async (em) => {
        const actor = CallContext.actor();
        if (command.result === 'passed' && command.itemsToFix !== undefined) {
          throw DomainError.validation([
            { field: 'itemsToFix', message: 'itemsToFix must be absent when the inspection passed' },
          ]);
        }
        const d = await lockDecoration(em, command.decorationId);
        const step: DecorationStep = command.result === 'passed' ? 'pass-inspection' : 'fail-inspection';
        const to = nextDecorationStatus(d.status, step);
        const inspectedAt = new Date(command.inspectedAt);
        // BIL-9 counts the refund wait from it: not before the works were handed in for inspection.
        assertRecordedTime(
          'inspectedAt',
          inspectedAt,
          new Date(),
          { at: d.inspectionRequestedAt ?? d.worksStartedAt, what: 'the inspection was requested' },
          { at: d.inspections.at(-1)?.inspectedAt, what: 'the previous inspection' },
        );
        if (command.result === 'passed') {
          checkAcceptanceSignatures(command.signatures ?? []);
          checkNothingToRepair(d, command.damages);
        }
        const inspection = {
          id: newId(),
          inspectedAt: inspectedAt.toISOString(),
          result: command.result,
          ...(command.itemsToFix ? { itemsToFix: command.itemsToFix } : {}),
          damages: command.damages,
          ...(command.signatures ? { signatures: command.signatures } : {}),
          inspectedById: actor.sub,
          inspectedBy: actor.name,
          recordedAt: new Date().toISOString(),
        };
        d.inspections = [...d.inspections, inspection];
        // Damages first: billing sees the deduction before the refund clock starts (BIL-9).
        for (const damage of command.damages) await this.makeGood(em, d, inspection.id, damage);
        if (command.result === 'failed') {
          const itemsToFix = command.itemsToFix ?? [];
          this.transition(
            em,
            d,
            step,
            to,
            { inspectionId: inspection.id, itemsToFix },
            itemsToFix.join('；'),
          );
          await this.outbox.stage(em, DecorationInspectionFailed, {
            ...this.eventOf(d),
            data: { decorationId: d.id, unitId: d.unitId, itemsToFix },
          });
          return d;
        }
        const timeZone = await communityTimeZone(em, d);
        d.inspectionPassedAt = inspectedAt;
        const company = await em.findOneOrFail(Company, { id: d.companyId });
        d.depositRefundableFrom = depositRefundableFrom(
          inspectedAt,
          timeZone,
          company.decorationDepositRefundDays,
        );
        this.transition(em, d, step, to, {
          inspectionId: inspection.id,
          inspectionPassedAt: inspection.inspectedAt,
          depositRefundableFrom: d.depositRefundableFrom,
        });
        const unit = await lockUnit(em, d.unitId);
        // Another procedure may have changed the unit meanwhile; only `decorating` is ours to undo.
        if (unit.status === 'decorating') {
          await changeUnitStatus(
            em,
            this.outbox,
            unit,
            d.unitStatusBefore ?? 'vacant',
            `装修竣工验收合格（${d.number}）`,
          );
        }
        await this.outbox.stage(em, DecorationInspectionPassed, {
          ...this.eventOf(d),
          data: {
            decorationId: d.id,
            number: d.number,
            unitId: d.unitId,
            applicantPersonId: d.applicantPersonId,
            passedAt: inspection.inspectedAt,
            depositRefundableFrom: d.depositRefundableFrom,
          },
        });
        return d;
      },
      view: decorationView,
    });
  }

  /** Withdraws an application before its works start. */
  cancel(command: CancelDecorationV1): Promise<DecorationView> {
    return runCommand(this.em, CancelDecoration, command, {
      change: async (em) => {
        const d = await lockDecoration(em, command.decorationId);
        const to = nextDecorationStatus(d.status, 'cancel');
        d.cancelReason = command.reason;
        this.transition(em, d, 'cancel', to, {}, command.reason);
        if (d.chargeRequestId)
          await withdrawChargeRequest(em, this.outbox, d.chargeRequestId, command.reason);
        return d;
      },
      view: decorationView,
    });
  }

  /**
   * RES-5: the re-inspection of a damage the resident repaired. Repaired, it is done with; not
   * repaired, its amount goes to billing as a deduction from the deposit after all (BIL-8).
   */
  confirmRepair(command: ConfirmDamageRepairV1): Promise<DecorationView> {
    return runCommand(this.em, ConfirmDamageRepair, command, {
      change: async (em) => {
        const d = await lockDecoration(em, command.decorationId);
        const repair = d.pendingRepairs.find((r) => r.id === command.repairId);
        if (!repair) {
          throw new DomainError('BUSINESS_RULE_VIOLATED', '该损坏不在待修复清单中', {
            field: 'repairId',
            pendingRepairIds: d.pendingRepairs.map((r) => r.id),
          });
        }
        assertRecordedTime('inspectedAt', new Date(command.inspectedAt), new Date(), {
          at: foundAt(d, repair.foundIn),
          what: 'the damage was found',
        });
        d.pendingRepairs = d.pendingRepairs.filter((r) => r.id !== repair.id);
        d.updatedAt = new Date();
        archiveRecord(em, DECORATION_RECORD, d, {
          action: command.repaired ? 'repair-confirmed' : 'repair-not-done',
          changes: { repairId: repair.id, description: repair.description, inspectedAt: command.inspectedAt },
          ...(command.note ? { reason: command.note } : {}),
        });
        if (!command.repaired) {
          await this.damageFound(em, d, repair.id, {
            description: repair.description,
            amountFen: repair.amountFen,
          });
        }
        return d;
      },
      view: decorationView,
    });
  }

  async get(query: GetDecorationV1): Promise<DecorationView> {
    // The tenant filter hides other companies' and communities' applications: "not found" (GEN-5).
    const d = await this.em.findOne(Decoration, { id: query.id });
    if (!d) throw DomainError.notFound('DECORATION_NOT_FOUND');
    return decorationView(this.em, d);
  }

  /** Newest first; a community outside the caller's scope simply has no applications (GEN-5). */
  async list(query: ListDecorationsV1): Promise<Page<DecorationView>> {
    const window = pageWindow(query);
    const { where, options } = pageQuery(window, 'desc');
    const rows = await this.em.find(
      Decoration,
      {
        ...(query.communityId ? { communityId: query.communityId } : {}),
        ...(query.unitId ? { unitId: query.unitId } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...where,
      },
      options,
    );
    return toPage(rows, window, async (shown) => {
      const histories = await decorationHistories(
        this.em,
        shown.map((d) => d.id),
      );
      const names = await decorationNames(this.em, shown);
      return shown.map((d) => toDecorationView(d, histories.get(d.id) ?? [], names));
    });
  }

  private transition(
    em: EntityManager,
    d: Decoration,
    step: DecorationStep,
    to: Decoration['status'],
    changes: Record<string, unknown>,
    reason?: string,
  ): void {
    const from = d.status;
    d.status = to;
    d.updatedAt = new Date();
    archiveRecord(em, DECORATION_RECORD, d, {
      action: step,
      changes: from === to ? changes : { status: { from, to }, ...changes },
      reason,
    });
  }

  private eventOf(
    d: Decoration,
    time?: Date,
  ): { aggregateId: string; companyId: string; communityId: string; time?: Date } {
    return { aggregateId: d.id, companyId: d.companyId, communityId: d.communityId, time };
  }

  /** BIL-8: billing deducts the damage from the decoration deposit. */
  /** A damage is charged to the deposit at once, or waits for the resident's repair (RES-5, BIL-8). */
  private async makeGood(
    em: EntityManager,
    d: Decoration,
    foundIn: string,
    damage: DecorationDamageV1,
  ): Promise<void> {
    if (damage.remedy === 'repair') {
      d.pendingRepairs = [
        ...d.pendingRepairs,
        { id: newId(), description: damage.description, amountFen: damage.amountFen, foundIn },
      ];
      return;
    }
    await this.damageFound(em, d, foundIn, damage);
  }

  private async damageFound(
    em: EntityManager,
    d: Decoration,
    foundBy: string,
    damage: DecorationDamageV1,
  ): Promise<void> {
    await this.outbox.stage(em, DecorationDamageFound, {
      ...this.eventOf(d),
      data: {
        decorationId: d.id,
        unitId: d.unitId,
        applicantPersonId: d.applicantPersonId,
        foundBy,
        description: damage.description,
        amountFen: damage.amountFen,
      },
    });
  }
}

/** The application, locked for the rest of the transaction; outside the caller's scope: not found. */
export function lockDecoration(em: EntityManager, id: string): Promise<Decoration> {
  return lockRecord(em, Decoration, id, 'DECORATION_NOT_FOUND');
}

function checkSchedule(documents: DecorationDocumentsV1): void {
  if (documents.schedule.endDate < documents.schedule.startDate) {
    throw DomainError.validation([
      { field: 'schedule.endDate', message: 'schedule.endDate must be on or after schedule.startDate' },
    ]);
  }
}

/** Decision 221: the works start and end within a year; the agreement was signed by today. */
function checkPlannedDates(documents: DecorationDocumentsV1, today: string): void {
  assertWithinPlanHorizon(
    { 'schedule.startDate': documents.schedule.startDate, 'schedule.endDate': documents.schedule.endDate },
    today,
  );
  if (documents.agreement) assertNotAfterToday('agreement.signedOn', documents.agreement.signedOn, today);
  // Decision 344: a plan that ended before today, an agreement signed before 2000 or one worker twice
  // is a typo, not a fit-out.
  const errors: { field: string; message: string }[] = [];
  if (documents.schedule.endDate < today) {
    errors.push({
      field: 'schedule.endDate',
      message: `schedule.endDate must not be before today (${today})`,
    });
  }
  if (documents.agreement && documents.agreement.signedOn < EARLIEST_AGREEMENT) {
    errors.push({
      field: 'agreement.signedOn',
      message: `agreement.signedOn must be on or after ${EARLIEST_AGREEMENT}`,
    });
  }
  const seen = new Set<string>();
  documents.workers.forEach((w, i) => {
    const key = canonicalIdNumber(w.idNumber);
    if (seen.has(key)) {
      errors.push({ field: `workers[${i}].idNumber`, message: 'the same worker is listed twice' });
    }
    seen.add(key);
  });
  if (errors.length > 0) throw DomainError.validation(errors);
}

/** Decision 344: no decoration agreement of this platform's property companies predates 2000. */
const EARLIEST_AGREEMENT = '2000-01-01';

/** A phone the contract accepted, in the form records keep (`formatPhone`). */
function normalisedPhone(raw: string): string {
  return formatPhone(raw) ?? raw;
}

function documentsOf(
  documents: DecorationDocumentsV1,
): Pick<
  Decoration,
  'scope' | 'contractor' | 'scheduleStartDate' | 'scheduleEndDate' | 'workers' | 'drawings' | 'agreement'
> {
  return {
    scope: documents.scope,
    // Decision 344: the contractor's and workers' phones are kept as people's are (decision 110).
    contractor: { ...documents.contractor, managerPhone: normalisedPhone(documents.contractor.managerPhone) },
    scheduleStartDate: documents.schedule.startDate,
    scheduleEndDate: documents.schedule.endDate,
    workers: documents.workers.map((w) => ({
      name: w.name,
      phone: normalisedPhone(w.phone),
      idNumber: canonicalIdNumber(w.idNumber),
    })),
    drawings: documents.drawings.map((d) => ({ fileId: d.fileId, title: d.title })),
    agreement: documents.agreement
      ? { fileId: documents.agreement.fileId, signedOn: documents.agreement.signedOn }
      : undefined,
  };
}

/** What the archive keeps of the documents: no phone or ID numbers (GEN-3, GEN-4). */
function documentSummary(documents: DecorationDocumentsV1): Record<string, unknown> {
  return {
    scope: documents.scope,
    contractor: documents.contractor.name,
    schedule: documents.schedule,
    workers: documents.workers.map((w) => w.name),
    drawings: documents.drawings.map((d) => d.title),
  };
}

/** When the patrol finding or inspection that found a damage says it was found. */
function foundAt(d: Decoration, foundIn: string): string | undefined {
  return (
    d.patrolFindings.find((f) => f.id === foundIn)?.foundAt ??
    d.inspections.find((i) => i.id === foundIn)?.inspectedAt
  );
}

/** A passed acceptance carries the signature of each department head involved, once each (RES-5). */
function checkAcceptanceSignatures(signatures: readonly AcceptanceSignatureV1[]): void {
  const signed = signatures.map((s) => s.department);
  if (new Set(signed).size !== signed.length) {
    throw DomainError.validation([{ field: 'signatures', message: 'each department signs once' }]);
  }
  const missing = AcceptanceDepartment.codes.filter((d) => !signed.includes(d));
  if (missing.length > 0) {
    throw new DomainError(
      'BUSINESS_RULE_VIOLATED',
      `竣工验收尚缺以下部门负责人签字：${missing.map((d) => AcceptanceDepartment.label(d)).join('、')}`,
      { field: 'signatures', missing },
    );
  }
}

/**
 * The refund clock starts at a passed acceptance (BIL-9), so nothing may still be waiting to become a
 * deduction: every repair is confirmed first, and a passed acceptance charges what it finds.
 */
function checkNothingToRepair(d: Decoration, damages: readonly DecorationDamageV1[]): void {
  if (damages.some((damage) => damage.remedy === 'repair')) {
    throw DomainError.validation([
      {
        field: 'damages',
        message: 'a passed acceptance charges its damages; a repair needs a failed inspection',
      },
    ]);
  }
  if (d.pendingRepairs.length > 0) {
    throw new DomainError('BUSINESS_RULE_VIOLATED', '尚有业主自行修复的损坏未经复查确认，不能验收通过', {
      pendingRepairIds: d.pendingRepairs.map((r) => r.id),
    });
  }
}
