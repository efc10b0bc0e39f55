import {
  CATEGORY_DEPARTMENTS,
  Department,
  DEPARTMENT_SIGNERS,
  DISSATISFIED,
  DomainError,
  EscalationLevel,
  type ComplaintAction,
  type ComplaintCategory,
  type ComplaintChannel,
  type ComplaintKind,
  type ComplaintStatus,
  type MajorReason,
  type PauseReason,
  type ReturnVisitExemption,
  type ReturnVisitMethod,
  type ReturnVisitStatus,
  type Role,
  type Satisfaction,
} from '@pcs/contracts';
import { RECORDED_TIME_SKEW_MS } from '@pcs/platform';
import type { DeadlineOp } from '../deadlines/deadline-rule.js';
import type { ComplaintPolicy } from './complaint-policy.js';
import { nextComplaintStatus } from './complaint.state.js';

/** The highest level: the general manager (CMP-4). */
export const TOP_LEVEL = EscalationLevel.codes.length - 1;

export interface StaffName {
  staffId: string;
  name: string;
}

/** A special meeting record (CMP-5). */
export interface MeetingRecord {
  heldAt: string;
  attendees: string[];
  minutes: string;
}

export interface SignOff {
  department: Department;
  staffId: string;
  name: string;
  at: string;
}

/** What the rules read of an entry: everything a decision depends on. */
export interface ComplaintFacts {
  kind: ComplaintKind;
  status: ComplaintStatus;
  category?: ComplaintCategory;
  department?: Department;
  handlerId?: string;
  escalationLevel: number;
  major: boolean;
  meeting?: MeetingRecord;
  paused: boolean;
  returnVisitStatus: ReturnVisitStatus;
  returnVisitAttempts: number;
  /** DESK-4: the distinct working days the failed attempts fell on (none: null), and the latest of them. */
  returnVisitAttemptDays?: number | null;
  returnVisitLastAttemptOn?: string | null;
  customerAnonymous: boolean;
  /** A number to call the customer back on (CMP-9: not anonymous then). */
  customerPhone?: string;
  receivedAt: Date;
  /** The staff member who took the call or visit (CMP-1). */
  receivedById: string;
  repairRequested: boolean;
  signOffs: SignOff[];
  reopenCount: number;
  /** CMP-3: the time the customer was promised, once acknowledged. */
  promisedAt?: Date | null;
}

/** The fields an action may change: the facts and what is recorded with them. */
export interface ComplaintChanges extends Partial<ComplaintFacts> {
  handlerName?: string;
  assignedAt?: Date;
  acknowledgedAt?: Date;
  feedback?: string;
  feedbackAt?: Date;
  majorReasons?: MajorReason[];
  pauseReason?: PauseReason | null;
  measures?: string;
  result?: string;
  resolvedAt?: Date;
  explanation?: string;
  returnVisitExemption?: ReturnVisitExemption | null;
  satisfaction?: Satisfaction | null;
  visitedAt?: Date | null;
  answer?: string;
  answeredAt?: Date;
  closedAt?: Date | null;
  mergedIntoId?: string;
}

/** A day in the community's calendar (GEN-1): its local date and whether staff work on it. */
export interface CalendarDay {
  date: string;
  working: boolean;
}

/** Each action with what it carries, as the service hands it to the rules. */
export type ComplaintCommand =
  | { action: 'assign'; department?: Department; handler: StaffName }
  | {
      action: 'acknowledge';
      promisedAt: Date;
      /** When the resolution is due now, if a running clock bounds the promise (decision 0294). */
      resolveDue?: Date;
    }
  | { action: 'feedback'; feedback: string }
  | {
      action: 'extend';
      until: Date;
      currentDue?: Date;
      consentedAt: Date;
      /** How the customer consented (CMP-3: recorded with the extension). */
      consentChannel?: ComplaintChannel;
    }
  | { action: 'pause'; reason: PauseReason; note?: string }
  | { action: 'resume' }
  | { action: 'escalate' }
  | { action: 'acknowledge-escalation'; level: number; openAtLevel: boolean }
  | { action: 'flag-major'; reasons: MajorReason[] }
  | { action: 'record-meeting'; meeting: MeetingRecord }
  | { action: 'resolve'; measures: string; result: string; refusesVisits: boolean }
  | { action: 'disagree' }
  | { action: 'explain'; explanation: string }
  | { action: 'sign-off'; department: Department; by: StaffName; roles: readonly Role[] }
  | { action: 'return-visit'; method: ReturnVisitMethod; satisfaction: Satisfaction; refusesVisits: boolean }
  | { action: 'visit-attempt'; method: ReturnVisitMethod; day: CalendarDay }
  | {
      action: 'exempt-visit';
      exemption: ReturnVisitExemption;
      /** CMP-9: the customer's satisfaction, recorded with a resolution on the spot. */
      satisfaction?: Satisfaction;
      /** Who records the exemption. */
      by?: string;
      /** The entry was received and resolved on the same day of its community's calendar. */
      resolvedOnDayReceived?: boolean;
    }
  | { action: 'reopen' }
  | { action: 'close' }
  | { action: 'answer'; answer: string }
  | { action: 'merge'; intoId: string }
  | { action: 'categorise'; category: ComplaintCategory };

export interface Decision {
  changes: ComplaintChanges;
  deadlines: DeadlineOp[];
  /** Escalated to this level (CMP-4, CMP-5): the customer is told. */
  escalatedTo?: number;
  /** A dissatisfied return visit reopened it (CMP-9). */
  reopenedByVisit?: boolean;
  /** GEN-3: what the archive keeps besides the changed fields (an extension's consent, a pause's note). */
  recorded?: Record<string, unknown>;
}

const refuse = (message: string, details: Record<string, unknown> = {}): DomainError =>
  new DomainError('BUSINESS_RULE_VIOLATED', message, details);

/** Decision 0226: a promised time or an extended deadline lies at most this far ahead (as decision 0221's plans). */
export const PROMISE_HORIZON_DAYS = 366;
const PROMISE_HORIZON_MS = PROMISE_HORIZON_DAYS * 24 * 60 * 60 * 1000;

/** 400 naming the field when `at` is further ahead than anyone can promise the customer (decision 0226). */
export function refuseBeyondHorizon(at: Date, now: Date, field: string): void {
  if (at.getTime() > now.getTime() + PROMISE_HORIZON_MS) {
    throw DomainError.validation([
      { field, message: `${field} must lie within ${PROMISE_HORIZON_DAYS} days from now` },
    ]);
  }
}

const WORKING_CLOCKS = ['acknowledge', 'feedback', 'resolve', 'answer'] as const;

/**
 * The clocks a reopened complaint starts again: feedback and resolution, from now (CMP-3). A repair
 * complaint gets the feedback clock only: its repair follows MNT-5, never a 7-day resolution clock
 * (decision 0080, 0293).
 */
function restartClocks(now: Date, policy: ComplaintPolicy, repair: boolean): DeadlineOp[] {
  return [
    { op: 'cancel', kinds: ['return-visit'] },
    feedbackClock(now, policy),
    ...(repair ? [] : [resolveClock(now, policy)]),
  ];
}

function feedbackClock(now: Date, policy: ComplaintPolicy): DeadlineOp {
  return {
    op: 'open',
    kind: 'feedback',
    rule: { unit: 'working-days', amount: policy.feedbackWorkingDays, from: now },
  };
}

function resolveClock(now: Date, policy: ComplaintPolicy): DeadlineOp {
  return {
    op: 'open',
    kind: 'resolve',
    rule: { unit: 'calendar-days', amount: policy.resolveCalendarDays, from: now },
  };
}

/** Escalation one level up (CMP-4), or to the top at once for a major complaint (CMP-5). */
export function escalation(from: number, to: number, now: Date, policy: ComplaintPolicy): Decision {
  const deadlines: DeadlineOp[] = [];
  for (let level = from + 1; level <= to; level++) {
    deadlines.push({
      op: 'open',
      kind: 'escalation-acknowledge',
      level,
      rule: { unit: 'working-days', amount: policy.escalationAcknowledgeWorkingDays, from: now },
    });
  }
  return { changes: { escalationLevel: to }, deadlines, escalatedTo: to };
}

/**
 * CMP-2 … CMP-10, CMP-13, CMP-16: what an action does to an entry: the new status (from the table in
 * `complaint.state.ts`), the recorded fields and the clocks opened, met, paused or cancelled. Pure:
 * the service loads the facts, applies the decision, archives it and publishes it.
 */
export function decide(
  facts: ComplaintFacts,
  command: ComplaintCommand,
  now: Date,
  policy: ComplaintPolicy,
): Decision {
  const status = nextComplaintStatus(facts.kind, facts.status, command.action as ComplaintAction);
  const base = (changes: ComplaintChanges, deadlines: DeadlineOp[] = []): Decision => ({
    changes: status === facts.status ? changes : { ...changes, status },
    deadlines,
  });
  switch (command.action) {
    case 'assign': {
      const department =
        command.department ?? (facts.category ? CATEGORY_DEPARTMENTS[facts.category] : undefined);
      if (!department) throw refuse('未分类的登记须指定责任部门', { field: 'department' });
      const first = !facts.handlerId; // null when loaded, undefined when new
      return base(
        {
          department,
          handlerId: command.handler.staffId,
          handlerName: command.handler.name,
          ...(first ? { assignedAt: now } : {}),
        },
        first && facts.kind === 'complaint'
          ? [
              {
                op: 'open',
                kind: 'feedback',
                rule: { unit: 'working-days', amount: policy.feedbackWorkingDays, from: now },
              },
            ]
          : [],
      );
    }
    case 'acknowledge':
      if (command.promisedAt <= now) throw refuse('承诺时间须晚于现在', { field: 'promisedAt' });
      refuseBeyondHorizon(command.promisedAt, now, 'promisedAt');
      // CMP-3: the promise keeps to the resolution deadline; a later one needs the customer's
      // consent to an extension first (decision 0294).
      if (command.resolveDue !== undefined && command.promisedAt > command.resolveDue) {
        throw refuse('承诺时间不能晚于解决时限，如需更晚请先征得客户同意延期', {
          field: 'promisedAt',
          resolveDueAt: command.resolveDue.toISOString(),
        });
      }
      return {
        ...base({ acknowledgedAt: now, promisedAt: command.promisedAt }, [
          { op: 'meet', kinds: ['acknowledge'] },
        ]),
        // GEN-3: a changed promise keeps the one it replaces.
        ...(facts.promisedAt ? { recorded: { previousPromisedAt: facts.promisedAt.toISOString() } } : {}),
      };
    case 'feedback':
      return base({ feedback: command.feedback, feedbackAt: now }, [{ op: 'meet', kinds: ['feedback'] }]);
    case 'extend':
      if (facts.repairRequested) throw refuse('报修类投诉的时限随维修工单(MNT-5)，不能在此延期');
      if (command.until <= now || (command.currentDue !== undefined && command.until <= command.currentDue)) {
        throw refuse('延期后的时限须晚于现有时限', { field: 'until' });
      }
      refuseBeyondHorizon(command.until, now, 'until');
      // CMP-3: the consent is a record of a conversation about this entry, so it falls between the
      // entry's receipt and now (the desk's clock may run a few minutes behind the service's).
      if (
        command.consentedAt < facts.receivedAt ||
        command.consentedAt.getTime() > now.getTime() + RECORDED_TIME_SKEW_MS
      ) {
        throw refuse('客户同意的时间须在登记收到之后、当前时间之前', {
          field: 'customerConsent.consentedAt',
        });
      }
      return {
        ...base({}, [
          { op: 'cancel', kinds: ['resolve'] },
          { op: 'open', kind: 'resolve', rule: { unit: 'fixed', at: command.until } },
        ]),
        // CMP-3, GEN-3: the extension is archived with the deadline it replaced and the consent.
        recorded: {
          until: command.until.toISOString(),
          previousDueAt: command.currentDue?.toISOString() ?? null,
          customerConsent: {
            consentedAt: command.consentedAt.toISOString(),
            ...(command.consentChannel ? { channel: command.consentChannel } : {}),
          },
        },
      };
    case 'pause':
      if (facts.paused) throw refuse('计时已暂停');
      return {
        ...base({ paused: true, pauseReason: command.reason }, [{ op: 'pause' }]),
        // GEN-3: the note typed with the pause is kept beside its reason code (decision 0294).
        ...(command.note !== undefined ? { recorded: { note: command.note } } : {}),
      };
    case 'resume':
      if (!facts.paused) throw refuse('计时未暂停');
      return base({ paused: false, pauseReason: null }, [{ op: 'resume' }]);
    case 'escalate':
      if (facts.escalationLevel >= TOP_LEVEL) throw refuse('已上报至总经理，不能再上报');
      return escalation(facts.escalationLevel, facts.escalationLevel + 1, now, policy);
    case 'acknowledge-escalation':
      if (command.level > facts.escalationLevel || !command.openAtLevel) {
        throw refuse('该级别没有待确认的上报', { field: 'level' });
      }
      return base({}, [{ op: 'meet', kinds: ['escalation-acknowledge'], level: command.level }]);
    case 'flag-major': {
      if (facts.major) throw refuse('已是重大投诉');
      const up = escalation(facts.escalationLevel, TOP_LEVEL, now, policy);
      // CMP-5: straight to the manager and the general manager, whatever level it had reached.
      const levels = new Set(up.deadlines.map((d) => (d.op === 'open' ? d.level : undefined)));
      for (const level of [TOP_LEVEL - 1, TOP_LEVEL]) {
        if (!levels.has(level)) {
          up.deadlines.push({
            op: 'open',
            kind: 'escalation-acknowledge',
            level,
            rule: { unit: 'working-days', amount: policy.escalationAcknowledgeWorkingDays, from: now },
          });
        }
      }
      return { ...up, changes: { ...up.changes, major: true, majorReasons: command.reasons } };
    }
    case 'record-meeting':
      return base({ meeting: command.meeting });
    case 'resolve': {
      // CMP-9, CMP-10: who is not visited is exempt at once, with the reason.
      const exemption: ReturnVisitExemption | undefined = facts.customerAnonymous
        ? 'anonymous'
        : command.refusesVisits
          ? 'refused-visits'
          : undefined;
      return base(
        {
          measures: command.measures,
          result: command.result,
          resolvedAt: now,
          paused: false,
          pauseReason: null,
          returnVisitStatus: exemption ? 'exempt' : 'due',
          returnVisitAttempts: 0,
          returnVisitAttemptDays: 0,
          returnVisitLastAttemptOn: null,
          returnVisitExemption: exemption ?? null,
          satisfaction: null,
          visitedAt: null,
        },
        [
          { op: 'meet', kinds: WORKING_CLOCKS },
          ...(exemption
            ? []
            : [
                {
                  op: 'open',
                  kind: 'return-visit',
                  rule: { unit: 'working-days', amount: policy.returnVisitWorkingDays, from: now },
                } as const,
              ]),
        ],
      );
    }
    case 'disagree':
      // CMP-8: back to negotiation with a resolution clock; a repair complaint follows its repair
      // (MNT-5) and gets the department's feedback clock instead (decisions 0080, 0293).
      return base({ returnVisitStatus: 'not-due', returnVisitExemption: null }, [
        { op: 'cancel', kinds: ['return-visit'] },
        facts.repairRequested ? feedbackClock(now, policy) : resolveClock(now, policy),
      ]);
    case 'explain':
      // An explanation ends the complaint as closing does: a major one needs its meeting first.
      if (facts.major && !facts.meeting) throw refuse('重大投诉须有专题会议纪要才能以解释结案(CMP-5)');
      return base({ explanation: command.explanation, closedAt: now, paused: false, pauseReason: null }, [
        { op: 'meet', kinds: WORKING_CLOCKS },
        { op: 'cancel', kinds: 'all' },
      ]);
    case 'sign-off':
      // CMP-8: a department acknowledges through its own staff, nobody signs for another (decision 0290).
      if (!DEPARTMENT_SIGNERS[command.department].some((role) => command.roles.includes(role))) {
        throw new DomainError(
          'FORBIDDEN',
          `只有${Department.label(command.department)}的人员可以代表该部门签字认可`,
          { field: 'department', department: command.department },
        );
      }
      if (facts.signOffs.some((s) => s.department === command.department)) {
        throw refuse('该部门已签字认可', { field: 'department' });
      }
      return base({
        signOffs: [
          ...facts.signOffs,
          {
            department: command.department,
            staffId: command.by.staffId,
            name: command.by.name,
            at: now.toISOString(),
          },
        ],
      });
    case 'return-visit': {
      if (facts.returnVisitStatus !== 'due')
        throw refuse('该投诉不需回访或已回访', { returnVisitStatus: facts.returnVisitStatus });
      if (command.refusesVisits) throw refuse('客户已拒绝回访(CMP-10)，应记录免回访');
      if (DISSATISFIED.includes(command.satisfaction)) {
        // CMP-9: a dissatisfied result reopens the complaint, with fresh clocks.
        return {
          changes: {
            status: 'reopened',
            satisfaction: command.satisfaction,
            visitedAt: now,
            returnVisitStatus: 'not-due',
            reopenCount: facts.reopenCount + 1,
            closedAt: null,
          },
          deadlines: [
            { op: 'meet', kinds: ['return-visit'] },
            ...restartClocks(now, policy, facts.repairRequested),
          ],
          reopenedByVisit: true,
        };
      }
      return base({ satisfaction: command.satisfaction, visitedAt: now, returnVisitStatus: 'done' }, [
        { op: 'meet', kinds: ['return-visit'] },
      ]);
    }
    case 'visit-attempt': {
      if (facts.returnVisitStatus !== 'due')
        throw refuse('该投诉不需回访或已回访', { returnVisitStatus: facts.returnVisitStatus });
      const attempts = facts.returnVisitAttempts + 1;
      // DESK-4: the attempts are spread over working days: a working day counts once, however many
      // calls were made on it, and a weekend or holiday call counts as an attempt but not as a day.
      const newDay = command.day.working && command.day.date !== facts.returnVisitLastAttemptOn;
      const days = {
        returnVisitAttempts: attempts,
        returnVisitAttemptDays: (facts.returnVisitAttemptDays ?? 0) + (newDay ? 1 : 0),
        ...(newDay ? { returnVisitLastAttemptOn: command.day.date } : {}),
      };
      if (attempts >= policy.visitAttempts && days.returnVisitAttemptDays >= policy.visitAttemptWorkingDays) {
        // DESK-4: after the last attempt the customer is recorded as unreachable, an exemption.
        return base({ ...days, returnVisitStatus: 'exempt', returnVisitExemption: 'unreachable' }, [
          { op: 'meet', kinds: ['return-visit'] },
        ]);
      }
      return base(
        days,
        attempts === 1
          ? [
              { op: 'cancel', kinds: ['return-visit'] },
              {
                op: 'open',
                kind: 'return-visit',
                rule: { unit: 'working-days', amount: policy.visitAttemptWorkingDays, from: now },
              },
            ]
          : [],
      );
    }
    case 'exempt-visit':
      if (facts.returnVisitStatus !== 'due')
        throw refuse('该投诉不需回访或已回访', { returnVisitStatus: facts.returnVisitStatus });
      // CMP-9: "anonymous or no way to contact" does not fit a customer who left a number.
      if (command.exemption === 'anonymous' && !facts.customerAnonymous && facts.customerPhone)
        throw refuse('客户留有联系电话，不能以匿名或无法联系免回访', { field: 'exemption' });
      if (command.exemption === 'resolved-on-the-spot') return onTheSpot(facts, command, base);
      if (command.satisfaction !== undefined) {
        throw DomainError.validation([
          { field: 'satisfaction', message: 'satisfaction is recorded only with resolved-on-the-spot' },
        ]);
      }
      return base({ returnVisitStatus: 'exempt', returnVisitExemption: command.exemption }, [
        { op: 'cancel', kinds: ['return-visit'] },
      ]);
    case 'reopen':
      return base(
        {
          returnVisitStatus: 'not-due',
          returnVisitExemption: null,
          reopenCount: facts.reopenCount + 1,
          closedAt: null,
        },
        restartClocks(now, policy, facts.repairRequested),
      );
    case 'close':
      if (facts.returnVisitStatus !== 'done' && facts.returnVisitStatus !== 'exempt') {
        throw refuse('须先完成回访或记录免回访才能结案(CMP-9)', {
          returnVisitStatus: facts.returnVisitStatus,
        });
      }
      if (facts.major && !facts.meeting) throw refuse('重大投诉须有专题会议纪要才能结案(CMP-5)');
      return base({ closedAt: now }, [{ op: 'cancel', kinds: 'all' }]);
    case 'answer':
      return base({ answer: command.answer, answeredAt: now, closedAt: now }, [
        { op: 'meet', kinds: WORKING_CLOCKS },
        { op: 'cancel', kinds: 'all' },
      ]);
    case 'merge':
      return base({ mergedIntoId: command.intoId, closedAt: now, paused: false, pauseReason: null }, [
        { op: 'cancel', kinds: 'all' },
      ]);
    case 'categorise':
      // CMP-2, GEN-3: the category is set or corrected with its reason, the one it replaces kept; an
      // entry nobody has routed yet goes to the category's department (decision 0334).
      if (facts.category === command.category) {
        throw refuse('登记已是该类别', { field: 'category' });
      }
      return {
        ...base({
          category: command.category,
          ...(facts.department ? {} : { department: CATEGORY_DEPARTMENTS[command.category] }),
        }),
        recorded: { previousCategory: facts.category ?? null },
      };
  }
}

/** CMP-9: the answers that count as "the customer satisfied". */
const SATISFIED: readonly Satisfaction[] = ['very-satisfied', 'satisfied'];

/**
 * CMP-9: "resolved on the spot with the customer satisfied" (decision 0216). On the spot: resolved on
 * the day it was received, by the desk or its handler, without a repair, a reopening or a major
 * flag in between; recorded by the staff member who received it or its handler (who saw the customer
 * satisfied), with the satisfaction they stated.
 */
function onTheSpot(
  facts: ComplaintFacts,
  command: Extract<ComplaintCommand, { action: 'exempt-visit' }>,
  base: (changes: ComplaintChanges, deadlines?: DeadlineOp[]) => Decision,
): Decision {
  if (command.by !== undefined && command.by !== facts.receivedById && command.by !== facts.handlerId) {
    throw new DomainError('FORBIDDEN', '只有受理人或处理人可以记录当场解决', { field: 'exemption' });
  }
  if (!command.satisfaction || !SATISFIED.includes(command.satisfaction)) {
    throw refuse('当场解决免回访须记录客户满意', { field: 'satisfaction' });
  }
  if (
    command.resolvedOnDayReceived !== true ||
    facts.repairRequested ||
    facts.reopenCount > 0 ||
    facts.major
  ) {
    throw refuse('该投诉不是当天受理当场解决的(报修、重开或重大投诉不适用)', { field: 'exemption' });
  }
  return base(
    {
      returnVisitStatus: 'exempt',
      returnVisitExemption: 'resolved-on-the-spot',
      satisfaction: command.satisfaction,
    },
    [{ op: 'cancel', kinds: ['return-visit'] }],
  );
}
