import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AcknowledgeComplaintEscalationV1,
  AcknowledgeComplaintV1,
  AnswerComplaintV1,
  AssignComplaintV1,
  CategoriseComplaintV1,
  CloseComplaintAsExplainedV1,
  CloseComplaintV1,
  ComplaintsBus,
  DomainError,
  EscalateComplaintV1,
  EscalationLevel,
  ExemptReturnVisitV1,
  ExtendComplaintDeadlineV1,
  FlagMajorComplaintV1,
  GetComplaintCountsV1,
  GetComplaintHistoryV1,
  GetComplaintV1,
  hasAnyRole,
  ListComplaintsV1,
  ListReturnVisitsV1,
  MergeComplaintV1,
  PauseComplaintDeadlinesV1,
  RecordComplaintDisagreementV1,
  RecordComplaintFeedbackV1,
  RecordComplaintMeetingV1,
  RecordReturnVisitV1,
  RecordVisitAttemptV1,
  RegisterComplaintV1,
  ReopenComplaintV1,
  ResolveComplaintV1,
  ResumeComplaintDeadlinesV1,
  SignOffComplaintV1,
  type ComplaintCountsView,
  type ComplaintHistoryView,
  type ComplaintView,
  type Page,
  type Role,
} from '@pcs/contracts';
import { assertRecordedTime } from '@pcs/platform';
import { ComplaintDeadline } from '../deadlines/complaint-deadline.entity.js';
import { ComplaintActionsService } from './complaint-actions.service.js';
import { ComplaintCountsService } from './complaint-counts.service.js';
import { ComplaintService } from './complaint.service.js';
import { mergeInto } from './complaint-merge.js';
import { mayAcknowledgeLevel } from './escalation-roles.js';

const C = ComplaintsBus.commands;
const Q = ComplaintsBus.queries;

/** CMP-2: who sets or corrects an entry's category after registration. */
const CATEGORISERS: readonly Role[] = ['cs-supervisor', 'cs-manager'];

/** The complaints service on the bus: one handler per request of `COMPLAINTS_MESSAGES`. */
@Controller()
export class ComplaintsNatsController {
  constructor(
    private readonly complaints: ComplaintService,
    private readonly actions: ComplaintActionsService,
    private readonly queueCounts: ComplaintCountsService,
  ) {}

  @MessagePattern(C.register)
  register(@Payload() command: RegisterComplaintV1): Promise<ComplaintView> {
    return this.complaints.register(command);
  }

  @MessagePattern(Q.get)
  get(@Payload() query: GetComplaintV1): Promise<ComplaintView> {
    return this.complaints.get(query);
  }

  @MessagePattern(Q.list)
  list(@Payload() query: ListComplaintsV1): Promise<Page<ComplaintView>> {
    return this.complaints.list(query);
  }

  @MessagePattern(Q.returnVisits)
  returnVisits(@Payload() query: ListReturnVisitsV1): Promise<Page<ComplaintView>> {
    return this.complaints.returnVisits(query);
  }

  @MessagePattern(Q.counts)
  counts(@Payload() query: GetComplaintCountsV1): Promise<ComplaintCountsView> {
    return this.queueCounts.counts(query);
  }

  @MessagePattern(Q.history)
  history(@Payload() query: GetComplaintHistoryV1): Promise<ComplaintHistoryView> {
    return this.complaints.history(query);
  }

  @MessagePattern(C.assign)
  assign(@Payload() c: AssignComplaintV1): Promise<ComplaintView> {
    return this.actions.take('assign', c, () => ({
      action: 'assign',
      department: c.department,
      handler: c.handler,
    }));
  }

  @MessagePattern(C.acknowledge)
  acknowledge(@Payload() c: AcknowledgeComplaintV1): Promise<ComplaintView> {
    return this.actions.take('acknowledge', c, async (_, ctx) => {
      // CMP-3: a running resolution clock still ahead bounds the promise (decision 0294); a paused one
      // will still move (CMP-14), and a passed one is already overdue and escalated (CMP-4).
      const resolve = await ctx.resolveClock();
      const bounding = resolve && !resolve.pausedSince && resolve.dueAt > ctx.now;
      return {
        action: 'acknowledge',
        promisedAt: new Date(c.promisedAt),
        ...(bounding ? { resolveDue: resolve.dueAt } : {}),
      };
    });
  }

  @MessagePattern(C.feedback)
  feedback(@Payload() c: RecordComplaintFeedbackV1): Promise<ComplaintView> {
    return this.actions.take('feedback', c, () => ({ action: 'feedback', feedback: c.feedback }));
  }

  @MessagePattern(C.extend)
  extend(@Payload() c: ExtendComplaintDeadlineV1): Promise<ComplaintView> {
    return this.actions.take('extend', c, async (_, ctx) => ({
      action: 'extend',
      until: new Date(c.until),
      currentDue: await ctx.resolveDue(),
      consentedAt: new Date(c.customerConsent.consentedAt),
      consentChannel: c.customerConsent.channel,
    }));
  }

  @MessagePattern(C.pause)
  pause(@Payload() c: PauseComplaintDeadlinesV1): Promise<ComplaintView> {
    return this.actions.take('pause', c, () => ({ action: 'pause', reason: c.reason, note: c.note }));
  }

  @MessagePattern(C.resume)
  resume(@Payload() c: ResumeComplaintDeadlinesV1): Promise<ComplaintView> {
    return this.actions.take('resume', c, () => ({ action: 'resume' }));
  }

  @MessagePattern(C.escalate)
  escalate(@Payload() c: EscalateComplaintV1): Promise<ComplaintView> {
    return this.actions.take('escalate', c, () => ({ action: 'escalate' }));
  }

  @MessagePattern(C.acknowledgeEscalation)
  acknowledgeEscalation(@Payload() c: AcknowledgeComplaintEscalationV1): Promise<ComplaintView> {
    return this.actions.take('acknowledge-escalation', c, async (_, ctx) => {
      const level = EscalationLevel.codes.indexOf(c.level);
      // CMP-4: each level acknowledges for itself: a supervisor cannot sign for the general manager.
      if (!mayAcknowledgeLevel(ctx.actor.roles, level)) {
        throw new DomainError('FORBIDDEN', `只有${EscalationLevel.label(c.level)}可以确认该级上报`, {
          field: 'level',
        });
      }
      const open = await ctx.em.count(
        ComplaintDeadline,
        {
          complaintId: ctx.complaint.id,
          kind: 'escalation-acknowledge',
          level,
          metAt: null,
          cancelledAt: null,
        },
        { filters: false },
      );
      return { action: 'acknowledge-escalation', level, openAtLevel: open > 0 };
    });
  }

  @MessagePattern(C.flagMajor)
  flagMajor(@Payload() c: FlagMajorComplaintV1): Promise<ComplaintView> {
    return this.actions.take('flag-major', { ...c, reason: c.note }, () => ({
      action: 'flag-major',
      reasons: c.reasons,
    }));
  }

  @MessagePattern(C.recordMeeting)
  recordMeeting(@Payload() c: RecordComplaintMeetingV1): Promise<ComplaintView> {
    return this.actions.take('record-meeting', c, (_, ctx) => {
      // CMP-5: the meeting was held about this complaint: after it came in, and not in the future.
      const heldAt = new Date(c.heldAt);
      assertRecordedTime('heldAt', heldAt, ctx.now, {
        at: ctx.complaint.receivedAt,
        what: 'the complaint was received',
      });
      return {
        action: 'record-meeting',
        meeting: { heldAt: heldAt.toISOString(), attendees: c.attendees, minutes: c.minutes },
      };
    });
  }

  @MessagePattern(C.resolve)
  resolve(@Payload() c: ResolveComplaintV1): Promise<ComplaintView> {
    return this.actions.take('resolve', c, async (_, ctx) => ({
      action: 'resolve',
      measures: c.measures,
      result: c.result,
      refusesVisits: await ctx.refusesVisits(),
    }));
  }

  @MessagePattern(C.disagree)
  disagree(@Payload() c: RecordComplaintDisagreementV1): Promise<ComplaintView> {
    return this.actions.take('disagree', c, () => ({ action: 'disagree' }));
  }

  @MessagePattern(C.explain)
  explain(@Payload() c: CloseComplaintAsExplainedV1): Promise<ComplaintView> {
    return this.actions.take('explain', c, () => ({ action: 'explain', explanation: c.explanation }));
  }

  @MessagePattern(C.signOff)
  signOff(@Payload() c: SignOffComplaintV1): Promise<ComplaintView> {
    return this.actions.take('sign-off', c, (_, ctx) => ({
      action: 'sign-off',
      department: c.department,
      by: { staffId: ctx.actor.sub, name: ctx.actor.name },
      roles: ctx.actor.roles,
    }));
  }

  @MessagePattern(C.returnVisit)
  returnVisit(@Payload() c: RecordReturnVisitV1): Promise<ComplaintView> {
    return this.actions.take('return-visit', { ...c, note: c.comments }, async (_, ctx) => ({
      action: 'return-visit',
      method: c.method,
      satisfaction: c.satisfaction,
      refusesVisits: await ctx.refusesVisits(),
    }));
  }

  @MessagePattern(C.visitAttempt)
  visitAttempt(@Payload() c: RecordVisitAttemptV1): Promise<ComplaintView> {
    return this.actions.take('visit-attempt', c, async (_, ctx) => {
      // DESK-4: the attempts must spread over working days of the community's calendar.
      const calendar = await ctx.calendar();
      const date = calendar.localDateOf(ctx.now);
      return {
        action: 'visit-attempt',
        method: c.method,
        day: { date, working: calendar.isWorkingDay(date) },
      };
    });
  }

  @MessagePattern(C.exemptVisit)
  exemptVisit(@Payload() c: ExemptReturnVisitV1): Promise<ComplaintView> {
    return this.actions.take('exempt-visit', c, async (_, ctx) => {
      if (c.exemption !== 'resolved-on-the-spot') {
        return { action: 'exempt-visit', exemption: c.exemption, satisfaction: c.satisfaction };
      }
      // CMP-9: on the spot is the day it was received, in its community's calendar (decision 0216).
      const calendar = await ctx.calendar();
      const { receivedAt, resolvedAt } = ctx.complaint;
      return {
        action: 'exempt-visit',
        exemption: c.exemption,
        satisfaction: c.satisfaction,
        by: ctx.actor.sub,
        resolvedOnDayReceived: resolvedAt
          ? calendar.localDateOf(resolvedAt) === calendar.localDateOf(receivedAt)
          : false,
      };
    });
  }

  @MessagePattern(C.reopen)
  reopen(@Payload() c: ReopenComplaintV1): Promise<ComplaintView> {
    return this.actions.take('reopen', c, () => ({ action: 'reopen' }));
  }

  @MessagePattern(C.close)
  close(@Payload() c: CloseComplaintV1): Promise<ComplaintView> {
    return this.actions.take('close', c, () => ({ action: 'close' }));
  }

  @MessagePattern(C.answer)
  answer(@Payload() c: AnswerComplaintV1): Promise<ComplaintView> {
    return this.actions.take('answer', c, () => ({ action: 'answer', answer: c.answer }));
  }

  @MessagePattern(C.merge)
  merge(@Payload() c: MergeComplaintV1): Promise<ComplaintView> {
    return this.actions.take('merge', c, (_, ctx) => mergeInto(ctx, c.intoId, c.reason));
  }

  /** CMP-2: only a customer-service lead sets or corrects an entry's category (decision 0334). */
  @MessagePattern(C.categorise)
  categorise(@Payload() c: CategoriseComplaintV1): Promise<ComplaintView> {
    return this.actions.take('categorise', c, (_, ctx) => {
      if (!hasAnyRole(ctx.actor, CATEGORISERS)) {
        throw new DomainError('FORBIDDEN', '只有客服主管或客服经理可以设定或更正类别', { field: 'category' });
      }
      return { action: 'categorise', category: c.category };
    });
  }
}
