import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  DomainError,
  formatPhone,
  IncomingCallReceived,
  IncomingCallStatus,
  maskPhone,
  RecordIncomingCall,
  TakeIncomingCall,
  type IncomingCallView,
  type ListIncomingCallsV1,
  type Page,
  type RecordIncomingCallV1,
  type TakeIncomingCallV1,
  type TakenIncomingCallView,
} from '@pcs/contracts';
import {
  CallContext,
  Clock,
  knownCommunity,
  lockRecord,
  newId,
  Outbox,
  pageQuery,
  pageWindow,
  RECORDED_TIME_SKEW_MS,
  runCommand,
  toPage,
} from '@pcs/platform';
import { IncomingCall } from './incoming-call.entity.js';
import { listedCommunity } from '../replicas/listed-community.js';

/** Decision 0300: a call the exchange reports rang at most this long ago. */
const RINGING_WITHIN_MS = 15 * 60_000;

export function incomingCallView(c: IncomingCall): IncomingCallView {
  return {
    id: c.id,
    communityId: c.communityId,
    callId: c.callId,
    phone: maskPhone(c.phone),
    ...(c.line ? { line: c.line } : {}),
    receivedAt: c.receivedAt.toISOString(),
    status: c.status,
    statusLabel: IncomingCallStatus.label(c.status),
    ...(c.takenById ? { takenBy: { staffId: c.takenById, name: c.takenByName ?? '' } } : {}),
    ...(c.takenAt ? { takenAt: c.takenAt.toISOString() } : {}),
  };
}

/**
 * DESK-3: calls the telephony system reports, the desk's list of them, and taking one. A call is
 * recorded once per community and exchange call id, whatever the retries; only one desk takes it.
 */
@Injectable()
export class IncomingCallService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  record(command: RecordIncomingCallV1): Promise<IncomingCallView> {
    const actor = CallContext.actor();
    return runCommand(this.em, RecordIncomingCall, command, {
      // GEN-5, decision 0328: a community outside the exchange's scope, or one residents never
      // announced to its company, takes no calls (404 COMMUNITY_NOT_FOUND, as registration, 0194).
      load: (em) => knownCommunity(em, actor, command.communityId),
      change: async (em) => {
        // Exchanges number their calls on their own: a call id is one call within its community only,
        // and a call of another community is never the answer (decision 0304).
        const known = await em.findOne(
          IncomingCall,
          { companyId: actor.companyId, communityId: command.communityId, callId: command.callId },
          { filters: false },
        );
        if (known) return known; // the exchange retried: one call
        const now = this.clock.now();
        // DESK-3: the exchange reports a call as it rings: received within minutes of now (decision 0300).
        const receivedAt = new Date(command.receivedAt).getTime();
        if (
          receivedAt < now.getTime() - RINGING_WITHIN_MS ||
          receivedAt > now.getTime() + RECORDED_TIME_SKEW_MS
        ) {
          throw DomainError.validation([
            { field: 'receivedAt', message: 'receivedAt must lie within 15 minutes of now' },
          ]);
        }
        const phone = formatPhone(command.callerNumber) ?? command.callerNumber;
        const call = em.create(IncomingCall, {
          id: newId(),
          companyId: actor.companyId,
          communityId: command.communityId,
          callId: command.callId,
          phone,
          line: command.line,
          receivedAt: new Date(command.receivedAt),
          status: 'ringing',
          createdAt: now,
          version: 1,
        });
        await this.outbox.stage(em, IncomingCallReceived, {
          aggregateId: call.id,
          companyId: call.companyId,
          communityId: call.communityId,
          time: now,
          data: {
            incomingCallId: call.id,
            communityId: call.communityId,
            phone: maskPhone(phone),
            ...(call.line ? { line: call.line } : {}),
            receivedAt: call.receivedAt.toISOString(),
          },
        });
        return call;
      },
      view: (_em, call) => incomingCallView(call),
    });
  }

  async list(query: ListIncomingCallsV1): Promise<Page<IncomingCallView>> {
    const window = pageWindow(query);
    const page = pageQuery(window, 'desc');
    const where: FilterQuery<IncomingCall> = { ...page.where };
    // GEN-5: a community outside the caller's scope or unknown is 404, not an empty list (decision 0302).
    if (query.communityId) where.communityId = await listedCommunity(this.em, query.communityId);
    if (query.status) where.status = query.status;
    const rows = await this.em.find(IncomingCall, where, page.options);
    return toPage(rows, window, (shown) => shown.map(incomingCallView));
  }

  /** The first desk to take a call has it; the same desk taking it again gets it again. */
  take(command: TakeIncomingCallV1): Promise<TakenIncomingCallView> {
    const actor = CallContext.actor();
    return runCommand(this.em, TakeIncomingCall, command, {
      load: (em) => lockRecord(em, IncomingCall, command.incomingCallId, 'INCOMING_CALL_NOT_FOUND'),
      change: async (_em, call) => {
        if (call.status === 'taken' && call.takenById !== actor.sub) {
          throw new DomainError('INVALID_STATE_TRANSITION', `来电已由${call.takenByName ?? ''}接听`, {
            status: call.status,
          });
        }
        if (call.status === 'ringing') {
          Object.assign(call, {
            status: 'taken',
            takenById: actor.sub,
            takenByName: actor.name,
            takenAt: this.clock.now(),
          });
        }
        return call;
      },
      view: (_em, call) => ({ call: incomingCallView(call), number: call.phone }),
    });
  }
}
