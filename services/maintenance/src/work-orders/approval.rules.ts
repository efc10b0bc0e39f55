import { ApprovalStep, DomainError, Role, type Actor, type ApprovalStep as Step } from '@pcs/contracts';
import { MAINTENANCE_POLICY, type MaintenancePolicy } from '../maintenance-policy.js';

/**
 * MNT-6: the approval chain an estimate needs. Up to 1,000.00 yuan (100000 fen) the customer-service
 * manager approves; from 1,000.01 to 10,000.00 yuan the deputy chief engineer reviews and then the
 * deputy general manager approves; above 10,000.00 yuan the general manager approves.
 */
export function approvalChain(estimateFen: number, policy: MaintenancePolicy = MAINTENANCE_POLICY): Step[] {
  if (estimateFen <= policy.csManagerApprovesUpToFen) return ['cs-manager-approval'];
  if (estimateFen <= policy.deputyGmApprovesUpToFen)
    return ['deputy-chief-engineer-review', 'deputy-gm-approval'];
  return ['gm-approval'];
}

/**
 * MNT-6: the estimate a work order's approval chain is chosen by. The order may raise the estimate of
 * the signed survey, never lower it: whoever opens the order would otherwise choose who approves it
 * (decision 0197). Refused naming `estimateFen` (422).
 */
export function orderEstimate(surveyEstimateFen: number, orderEstimateFen?: number): number {
  if (orderEstimateFen === undefined) return surveyEstimateFen;
  if (orderEstimateFen < surveyEstimateFen) {
    throw new DomainError(
      'BUSINESS_RULE_VIOLATED',
      `派工单预算不能低于勘察会签的预估（${surveyEstimateFen} 分）：审批至少按勘察预估`,
      { field: 'estimateFen', surveyEstimateFen },
    );
  }
  return orderEstimateFen;
}

/** MNT-6: the role that takes each step ("chief-engineer" is the deputy chief engineer, 副总工程师). */
export const STEP_ROLE: Readonly<Record<Step, Role>> = {
  'cs-manager-approval': 'cs-manager',
  'deputy-chief-engineer-review': 'chief-engineer',
  'deputy-gm-approval': 'deputy-gm',
  'gm-approval': 'gm',
};

export interface ApprovalRecord {
  step: Step;
  byId?: string;
  byName?: string;
  at?: string;
}

/**
 * MNT-6: who may take the next step: only the role the step names, and never the staff member who
 * asked for the work order (or took an earlier step of the same chain). Returns the chain with the
 * step taken.
 */
export function takeNextApproval(
  approvals: readonly ApprovalRecord[],
  actor: Pick<Actor, 'sub' | 'name' | 'roles'>,
  requestedById: string,
  at: Date,
): { approvals: ApprovalRecord[]; complete: boolean } {
  const index = approvals.findIndex((a) => !a.at);
  const pending = approvals[index];
  if (!pending) throw new DomainError('INVALID_STATE_TRANSITION', '审批已完成');
  const step = pending.step;
  const role = STEP_ROLE[step];
  if (!actor.roles.includes(role)) {
    throw new DomainError('FORBIDDEN', `${ApprovalStep.label(step)}须由${Role.label(role)}进行`, {
      step,
      requiredRole: role,
    });
  }
  if (actor.sub === requestedById || approvals.some((a) => a.byId === actor.sub)) {
    throw new DomainError('FORBIDDEN', '不能审批自己提出或已审核过的派工单', { step });
  }
  const next = approvals.map((a, i) =>
    i === index ? { step, byId: actor.sub, byName: actor.name, at: at.toISOString() } : { ...a },
  );
  return { approvals: next, complete: next.every((a) => a.at) };
}

/**
 * MNT-6 (decision 0324): who may send an estimate back: whoever may take the step due (its role, and
 * never the requester or an earlier approver of the chain), so the refusal is the approval's other
 * answer. Throws as `takeNextApproval` does; returns the step sent back.
 */
export function stepToReturn(
  approvals: readonly ApprovalRecord[],
  actor: Pick<Actor, 'sub' | 'name' | 'roles'>,
  requestedById: string,
  at: Date,
): Step {
  takeNextApproval(approvals, actor, requestedById, at);
  const pending = approvals.find((a) => !a.at);
  if (!pending) throw new DomainError('INVALID_STATE_TRANSITION', '审批已完成');
  return pending.step;
}
