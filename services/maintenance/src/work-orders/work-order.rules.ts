import {
  DomainError,
  FundDrawStatus,
  ReturnVisitStatus,
  type Actor,
  type RepairReturnVisitMethod,
  type ReturnVisitStatus as VisitStatus,
  type RepairProgress,
  type Satisfaction,
  type SettlementReviewer,
  type WorkExecutor,
  type WorkOrderAction,
  type WorkOrderStatus,
  type WorkOrderType,
  sameName,
  tidyName,
} from '@pcs/contracts';
import { MAINTENANCE_POLICY, type MaintenancePolicy } from '../maintenance-policy.js';
import { assertRecordedTime } from '@pcs/platform';
import { takeNextApproval, type ApprovalRecord } from './approval.rules.js';
import { nextWorkOrderStatus, possibleTargets } from './work-order.state.js';

export interface Material {
  name: string;
  quantity: number;
  unit: string;
  costFen: number;
}
export interface WorkRecord {
  at: string;
  byId: string;
  byName: string;
  workDone: string;
  materials: Material[];
  photos: string[];
}
export interface CompletionCheck {
  at: string;
  passed: boolean;
  inspectors: string[];
  itemsToFix?: string;
  /** How many work records the order had when it was checked: the fix must add one (decision 0264). */
  workRecords?: number;
}
export interface Consent {
  customerName: string;
  consentedAt: string;
  record: string;
}

/** What the rules read of a work order. */
export interface WorkOrderFacts {
  type: WorkOrderType;
  status: WorkOrderStatus;
  requestedById: string;
  approvals: ApprovalRecord[];
  dueAt: Date;
  /** When the order was opened and dispatched: what is recorded on it cannot be earlier (GEN-3). */
  createdAt: Date;
  dispatchedAt?: Date | null;
  executor?: WorkExecutor | null;
  /** MNT-7: the technician the order was dispatched to (the team's orders). */
  technicianId?: string | null;
  work: WorkRecord[];
  checks: CompletionCheck[];
  finalAccountFen?: number | null;
  /** MNT-9: who submitted the final account (absent on orders submitted before it was kept). */
  settlementSubmittedById?: string | null;
  settlementReviewer?: SettlementReviewer | null;
  settledFen?: number | null;
  /** MNT-10. */
  returnVisitStatus: VisitStatus;
  /** MNT-13: whether the team is still owed its draw from the revolving fund. */
  fundDraw?: FundDrawStatus | null;
}

export type WorkOrderCommand =
  | { action: 'approve' }
  | {
      action: 'dispatch';
      executor: WorkExecutor;
      teamId?: string;
      teamName?: string;
      technician?: { staffId: string; name: string };
      contractorName?: string;
      reason?: string;
    }
  | { action: 'arrive'; arrivedAt: Date }
  | { action: 'record-work'; workDone: string; materials: Material[]; photos: string[] }
  | { action: 'finish' }
  | { action: 'check'; passed: boolean; inspectors: string[]; itemsToFix?: string }
  | { action: 'sign-off'; customerName: string; satisfaction: Satisfaction; opinion?: string }
  | { action: 'extend'; until: Date; consent: Consent }
  | { action: 'submit-settlement'; finalAccountFen: number }
  | { action: 'review-settlement'; settledFen: number }
  | { action: 'confirm-settlement'; contractorSignatory: string }
  | { action: 'certify-settlement' }
  | { action: 'cancel' }
  | { action: 'retry-fund-draw' }
  | {
      action: 'return-visit';
      method: RepairReturnVisitMethod;
      satisfaction: Satisfaction;
      comments?: string;
    };

/** What a command does to a work order: its field changes and what follows from them. */
export interface Decision {
  changes: Record<string, unknown> & { status: WorkOrderStatus };
  /** The repair request's stage to report (CMP-2), when it moved on. */
  progress?: RepairProgress;
  /** MNT-8: passed the check and signed off: `work-order.completed` is published. */
  completed?: boolean;
  /** MNT-9: the settlement is final: `settlement.certified` is published and the team is paid. */
  settled?: boolean;
  /** The order was cancelled: its request returns to `surveyed` without an order (decision 0263). */
  reopensRequest?: boolean;
  /** The archive's action and reason when they are not the command's own (a re-dispatch, 0323). */
  archivedAs?: { action: string; reason: string };
}

/** MNT-9: customer service reviews final accounts up to 20,000 yuan (2000000 fen); audit above. */
export function settlementReviewer(
  finalAccountFen: number,
  policy: MaintenancePolicy = MAINTENANCE_POLICY,
): SettlementReviewer {
  return finalAccountFen <= policy.customerServiceReviewsUpToFen ? 'customer-service' : 'audit';
}

/**
 * MNT-9, BIL-10 (decision 0357): what a certified settlement takes from the liable contractor's
 * quality deposit. Only type-A work is the contractor's liability, and only work another party did for
 * it (the in-house team, another contractor) is taken from its deposit: a liable contractor that
 * repaired its own defect bore the cost itself. The contractor an order went to is known by the name
 * the dispatch gave; it is the liable one when that name is the survey's, ignoring spaces, full- or
 * half-width forms, case and invisible format characters (decision 0380).
 */
export function qualityDeductionFen(
  order: {
    type: WorkOrderType;
    executor?: WorkExecutor | null;
    contractorName?: string | null;
    settledFen: number;
  },
  liableContractorName: string | null | undefined,
): number {
  if (order.type !== 'a') return 0;
  const executedByLiable =
    order.executor === 'contractor' &&
    !!order.contractorName &&
    !!liableContractorName &&
    sameContractor(order.contractorName, liableContractorName);
  return executedByLiable ? 0 : order.settledFen;
}

/** Decision 0380: the invisible format characters (`\p{Cf}`) a pasted name carries are ignored too. */
const sameContractor = sameName;

const REVIEWER_ROLES: Readonly<Record<SettlementReviewer, readonly string[]>> = {
  'customer-service': ['cs-manager', 'cs-supervisor'],
  audit: ['auditor'],
};

/** MNT-7: what is recorded on site, by the technician the order names (decision 0322). */
const ON_SITE_ACTIONS: readonly WorkOrderAction[] = ['arrive', 'record-work', 'finish'];

/**
 * MNT-7, MNT-11 (decision 0322): an order dispatched to a technician of the team is recorded on site by
 * that technician, or by a repair lead (who may record for the team); another technician is refused,
 * 403 naming the dispatched technician, so the work and its score stay with who did it. An order
 * carried out by a contractor names no technician and is recorded as before.
 */
function refuseOthersOnSite(
  order: Pick<WorkOrderFacts, 'executor' | 'technicianId'>,
  actor: Pick<Actor, 'sub' | 'roles'>,
): void {
  if (order.executor !== 'team' || !order.technicianId) return;
  if (actor.sub === order.technicianId || actor.roles.includes('repair-lead')) return;
  throw new DomainError('FORBIDDEN', '只有派工的维修工或维修队长可以登记到场、施工和完工', {
    field: 'technician',
    technicianId: order.technicianId,
  });
}

const invalid = (field: string, message: string) => DomainError.validation([{ field, message }]);

/** Decision 0226: a new completion deadline lies at most this far ahead, as complaints' promises. */
export const EXTENSION_HORIZON_DAYS = 366;

/**
 * MNT-5 … MNT-9: the one place that decides what a command does to a work order, given its facts, the
 * actor and the time. Pure: the service loads, locks, applies and archives.
 */
export function decide(
  order: WorkOrderFacts,
  command: WorkOrderCommand,
  actor: Pick<Actor, 'sub' | 'name' | 'roles'>,
  now: Date,
  policy: MaintenancePolicy = MAINTENANCE_POLICY,
): Decision {
  const status = nextWorkOrderStatus(order.type, order.status, command.action);
  if (ON_SITE_ACTIONS.includes(command.action)) refuseOthersOnSite(order, actor);
  switch (command.action) {
    case 'approve': {
      const { approvals, complete } = takeNextApproval(order.approvals, actor, order.requestedById, now);
      return complete
        ? { changes: { status: 'approved', approvals }, progress: 'approved' }
        : { changes: { status, approvals } };
    }
    case 'dispatch': {
      // MNT-7 (decision 0323): a dispatched order is dispatched again only with the reason why.
      const again = order.status === 'dispatched';
      if (again && !command.reason) {
        throw invalid('reason', 'reason is required to dispatch an order already dispatched');
      }
      // Decision 0380: the team's order names no contractor; one given would replace the liable
      // contractor (type A) the order shows with whatever was typed.
      if (command.executor === 'team' && command.contractorName !== undefined) {
        throw invalid(
          'contractorName',
          'contractorName is only for a dispatch to a contractor, not to the team',
        );
      }
      return {
        ...(again && command.reason ? { archivedAs: { action: 'redispatch', reason: command.reason } } : {}),
        changes: {
          status,
          executor: command.executor,
          teamId: command.teamId ?? null,
          teamName: command.teamName ?? null,
          technicianId: command.technician?.staffId ?? null,
          technicianName: command.technician?.name ?? null,
          // The liable contractor (type A) stays named unless the order goes to a contractor by name.
          ...(command.contractorName ? { contractorName: tidyName(command.contractorName) } : {}),
          dispatchedAt: now,
        },
        // The repair's stage does not change with a re-dispatch: the complaint hears nothing new.
        ...(again ? {} : { progress: 'dispatched' as const }),
      };
    }
    case 'arrive':
      assertRecordedTime('arrivedAt', command.arrivedAt, now, {
        at: order.dispatchedAt,
        what: 'the dispatch',
      });
      return { changes: { status, arrivedAt: command.arrivedAt }, progress: 'in-progress' };
    case 'record-work':
      return {
        changes: {
          status,
          work: [
            ...order.work,
            {
              at: now.toISOString(),
              byId: actor.sub,
              byName: actor.name,
              workDone: command.workDone,
              materials: command.materials,
              photos: command.photos,
            },
          ],
        },
      };
    case 'finish':
      if (order.work.length === 0) {
        throw new DomainError('BUSINESS_RULE_VIOLATED', '尚未记录施工内容，不能报完工', { field: 'work' });
      }
      // MNT-8: after a failed check, the fix is recorded before the work is reported finished again.
      if (!workRecordedSinceFailedCheck(order)) {
        throw new DomainError('BUSINESS_RULE_VIOLATED', '验收未通过后尚未记录整改施工，不能再次报完工', {
          field: 'work',
        });
      }
      return { changes: { status, finishedAt: now } };
    case 'check': {
      const check: CompletionCheck = {
        at: now.toISOString(),
        passed: command.passed,
        inspectors: command.inspectors,
        ...(command.itemsToFix ? { itemsToFix: command.itemsToFix } : {}),
        workRecords: order.work.length,
      };
      const checks = [...order.checks, check];
      // MNT-8: a failed check returns the order to execution.
      if (!command.passed) return { changes: { status: 'in-progress', checks }, progress: 'in-progress' };
      return { changes: { status, checks } };
    }
    case 'sign-off':
      return {
        changes: {
          status,
          signedOffBy: command.customerName,
          satisfaction: command.satisfaction,
          opinion: command.opinion ?? null,
          completedAt: now,
        },
        progress: 'completed',
        completed: true,
      };
    case 'extend':
      // MNT-5: only later, and only with the customer's recorded consent (the contract requires it).
      if (command.until.getTime() <= order.dueAt.getTime()) {
        throw invalid('until', 'until must be later than the current completion deadline');
      }
      if (command.until.getTime() > now.getTime() + EXTENSION_HORIZON_DAYS * 86_400_000) {
        throw invalid('until', `until must lie within ${EXTENSION_HORIZON_DAYS} days from now`);
      }
      // The consent is to this order's deadline: given by now, and not before the order was opened.
      assertRecordedTime('consent.consentedAt', new Date(command.consent.consentedAt), now, {
        at: order.createdAt,
        what: 'the work order was opened',
      });
      return { changes: { status, dueAt: command.until, extensionConsent: command.consent } };
    case 'submit-settlement':
      return {
        changes: {
          status,
          finalAccountFen: command.finalAccountFen,
          settlementReviewer: settlementReviewer(command.finalAccountFen, policy),
          settlementSubmittedById: actor.sub,
          settlementSubmittedByName: actor.name,
        },
      };
    case 'review-settlement': {
      const reviewer = order.settlementReviewer;
      if (!reviewer) throw new DomainError('INVALID_STATE_TRANSITION', '尚未提交决算');
      if (!REVIEWER_ROLES[reviewer].some((r) => actor.roles.includes(r as never))) {
        throw new DomainError(
          'FORBIDDEN',
          reviewer === 'audit' ? '结算金额超过2万元，须由审计部审核' : '结算须由客服部审核',
          { reviewer },
        );
      }
      refuseSubmitterOf(order, actor, 'review-settlement');
      if (command.settledFen > (order.finalAccountFen ?? 0)) {
        throw invalid('settledFen', 'settledFen cannot exceed the final account');
      }
      // MNT-9: type A waits for the contractor's confirmation and the certification.
      if (order.type === 'a') return { changes: { status, settledFen: command.settledFen } };
      return {
        changes: { status: 'settled', settledFen: command.settledFen, certifiedAt: now },
        progress: 'settled',
        settled: true,
      };
    }
    case 'confirm-settlement':
      return { changes: { status, contractorSignatory: command.contractorSignatory } };
    case 'certify-settlement':
      if (!actor.roles.includes('chief-engineer')) {
        throw new DomainError('FORBIDDEN', 'A类结算须由副总工程师认证');
      }
      refuseSubmitterOf(order, actor, 'certify-settlement');
      return { changes: { status, certifiedAt: now }, progress: 'settled', settled: true };
    case 'cancel':
      // Decision 0263: the order is cancelled, not the repair: the request is surveyed again without
      // an order, so a new one can be opened (or the request itself cancelled).
      return { changes: { status, cancelledAt: now }, progress: 'surveyed', reopensRequest: true };
    case 'retry-fund-draw':
      // MNT-13: only a draw still owed (pending, or refused for an overdraw) is asked again; a retry
      // of a drawn one, or of an order that owes none, is a state conflict and records nothing.
      if (order.fundDraw !== 'pending' && order.fundDraw !== 'refused') {
        throw new DomainError(
          'INVALID_STATE_TRANSITION',
          `周转金支付状态为“${FundDrawStatus.label(order.fundDraw ?? 'not-needed')}”，无需再次支付`,
          { fundDraw: order.fundDraw ?? 'not-needed', action: 'retry-fund-draw' },
        );
      }
      return { changes: { status } };
    case 'return-visit':
      // MNT-10: one visit, when one is due (not for a resident who refused visits: exempt).
      if (order.returnVisitStatus !== 'due') {
        throw new DomainError(
          'INVALID_STATE_TRANSITION',
          `回访状态为“${ReturnVisitStatus.label(order.returnVisitStatus)}”，不能回访`,
          { returnVisitStatus: order.returnVisitStatus, action: 'return-visit' },
        );
      }
      return {
        changes: {
          status,
          returnVisitStatus: 'done',
          returnVisitMethod: command.method,
          returnVisitSatisfaction: command.satisfaction,
          returnVisitComments: command.comments ?? null,
          visitedAt: now,
        },
      };
  }
}

/**
 * MNT-9, segregation of duties (decision 0271): whoever submitted a final account neither reviews nor
 * certifies it, as an approver never approves the order they asked for (MNT-6). 403 naming the
 * reviewer step, nothing changed.
 */
function refuseSubmitterOf(
  order: Pick<WorkOrderFacts, 'settlementSubmittedById' | 'settlementReviewer'>,
  actor: Pick<Actor, 'sub'>,
  action: 'review-settlement' | 'certify-settlement',
): void {
  if (!order.settlementSubmittedById || order.settlementSubmittedById !== actor.sub) return;
  throw new DomainError(
    'FORBIDDEN',
    action === 'review-settlement' ? '不能审核自己提交的决算' : '不能认证自己提交的决算',
    {
      field: 'reviewer',
      reviewer: action === 'review-settlement' ? order.settlementReviewer : 'chief-engineer',
      submittedById: order.settlementSubmittedById,
      action,
    },
  );
}

/**
 * MNT-8: whether a work record was made after the last failed completion check (true when no check
 * failed). Checks made before the count was kept are judged by the records' times.
 */
function workRecordedSinceFailedCheck(order: Pick<WorkOrderFacts, 'work' | 'checks'>): boolean {
  const failed = [...order.checks].reverse().find((c) => !c.passed);
  if (!failed) return true;
  if (failed.workRecords !== undefined) return order.work.length > failed.workRecords;
  return order.work.some((w) => Date.parse(w.at) > Date.parse(failed.at));
}

/** For property tests: where a decision may lead. */
export function allowedTargets(from: WorkOrderStatus, action: WorkOrderAction): WorkOrderStatus[] {
  return possibleTargets(from, action);
}
