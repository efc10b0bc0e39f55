import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  AcceptShiftHandover,
  CreateShiftHandover,
  DomainError,
  hasAnyRole,
  RefuseShiftHandover,
  ReviewShiftHandover,
  ShiftHandoverRefused,
  type AcceptShiftHandoverV1,
  type CommandDefinition,
  type CreateShiftHandoverV1,
  type GetShiftHandoverV1,
  type ListShiftHandoversV1,
  type Page,
  type RefuseShiftHandoverV1,
  type ReviewShiftHandoverV1,
  type Role,
  type ShiftHandoverAction,
  type ShiftHandoverView,
} from '@pcs/contracts';
import {
  archiveRecord,
  CallContext,
  CommunityTimeZones,
  lockRecord,
  newId,
  Outbox,
  pageQuery,
  pageWindow,
  runCommand,
  toPage,
  Clock,
  knownCommunity,
} from '@pcs/platform';
import { addDays, DEFAULT_TIME_ZONE, WorkCalendar } from '@pcs/work-calendar';
import { refuseBeyondHorizon } from '../complaints/complaint.rules.js';
import { openItemsSince, takeSnapshot } from './handover-snapshot.js';
import { ShiftHandover } from './shift-handover.entity.js';
import { nextShiftHandoverStatus } from './shift-handover.state.js';
import { toShiftHandoverView } from './shift-handover.view.js';
import { listedCommunity } from '../replicas/listed-community.js';

/** Decision 0300: the shift handed over ends within this long of the handover, either way. */
const SHIFT_END_WITHIN_MS = 24 * 60 * 60_000;

export const SHIFT_HANDOVER_RECORD = 'shift-handover';

/** DESK-1: who reviews each day's handovers. */
const REVIEWERS: readonly Role[] = ['cs-supervisor', 'cs-manager'];

type ActionPayload = { handoverId: string };

/** DESK-1: shift handovers (交接班): made, accepted or refused by the incoming staff member, reviewed. */
@Injectable()
export class ShiftHandoverService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly communities: CommunityTimeZones,
    private readonly clock: Clock,
  ) {}

  /** The caller hands their shift over, with a snapshot of what is pending in the community. */
  async create(command: CreateShiftHandoverV1): Promise<ShiftHandoverView> {
    const actor = CallContext.actor();
    if (command.to.staffId === actor.sub) {
      throw DomainError.validation([
        { field: 'to.staffId', message: 'the incoming staff member must be someone else' },
      ]);
    }
    return runCommand(this.em, CreateShiftHandover, command, {
      load: (em) => knownCommunity(em, actor, command.communityId),
      change: async (em) => {
        const now = this.clock.now();
        if (command.shiftEndsAt) {
          refuseBeyondHorizon(new Date(command.shiftEndsAt), now, 'shiftEndsAt');
          // DESK-1: a shift handed over ends about now, not years away either way (decision 0300).
          if (Math.abs(new Date(command.shiftEndsAt).getTime() - now.getTime()) > SHIFT_END_WITHIN_MS) {
            throw DomainError.validation([
              { field: 'shiftEndsAt', message: 'shiftEndsAt must lie within 24 hours of the handover' },
            ]);
          }
        }
        // A refused handover passed nothing on: the next one starts where the last one that did.
        const previous = await em.findOne(
          ShiftHandover,
          { communityId: command.communityId, fromId: actor.sub, status: { $ne: 'refused' } },
          { orderBy: { id: 'desc' }, fields: ['id', 'createdAt'] },
        );
        const since = openItemsSince(previous?.createdAt, now);
        const handover = em.create(ShiftHandover, {
          id: newId(),
          companyId: actor.companyId,
          communityId: command.communityId,
          status: 'pending',
          fromId: actor.sub,
          fromName: actor.name,
          toId: command.to.staffId,
          toName: command.to.name,
          shiftEndsAt: command.shiftEndsAt ? new Date(command.shiftEndsAt) : undefined,
          summary: command.summary,
          notes: command.notes,
          since,
          snapshot: await takeSnapshot(em, command.communityId, since, now),
          createdAt: now,
          updatedAt: now,
          version: 1,
        });
        archiveRecord(em, SHIFT_HANDOVER_RECORD, handover, {
          action: 'handed-over',
          changes: {
            status: 'pending',
            to: command.to.staffId,
            openItemCount: handover.snapshot.openItemCount,
            callBackCount: handover.snapshot.callBackCount,
            promiseCount: handover.snapshot.promiseCount,
            activeMatterCount: handover.snapshot.activeMatterCount,
          },
          at: now,
        });
        return handover;
      },
      view: (_em, handover) => toShiftHandoverView(handover),
    });
  }

  accept(command: AcceptShiftHandoverV1): Promise<ShiftHandoverView> {
    return this.take(AcceptShiftHandover, 'accept', command, (h, now) => {
      h.acceptedAt = now;
      h.acceptanceNote = command.note;
      return { reason: command.note };
    });
  }

  /** The refusal goes to the supervisor: an event, and the handover in the day's review list. */
  refuse(command: RefuseShiftHandoverV1): Promise<ShiftHandoverView> {
    return this.take(RefuseShiftHandover, 'refuse', command, async (h, now, em) => {
      h.refusedAt = now;
      h.refusalReason = command.reason;
      await this.outbox.stage(em, ShiftHandoverRefused, {
        aggregateId: h.id,
        companyId: h.companyId,
        communityId: h.communityId,
        time: now,
        data: {
          handoverId: h.id,
          communityId: h.communityId,
          fromStaffId: h.fromId,
          toStaffId: h.toId,
          reason: command.reason,
          refusedAt: now.toISOString(),
        },
      });
      return { reason: command.reason };
    });
  }

  review(command: ReviewShiftHandoverV1): Promise<ShiftHandoverView> {
    return this.take(ReviewShiftHandover, 'review', command, (h, now) => {
      const actor = CallContext.actor();
      h.reviewedAt = now;
      h.reviewedById = actor.sub;
      h.reviewedByName = actor.name;
      h.reviewNote = command.note;
      return { reason: command.note };
    });
  }

  async get(query: GetShiftHandoverV1): Promise<ShiftHandoverView> {
    const handover = await this.em.findOne(ShiftHandover, { id: query.id });
    if (!handover) throw DomainError.notFound('SHIFT_HANDOVER_NOT_FOUND');
    return toShiftHandoverView(handover);
  }

  /**
   * Newest first by keyset on the id. `date` is the local date handed over on, in the community's
   * zone (the default zone without a community): the supervisor's review of the day.
   */
  async list(query: ListShiftHandoversV1): Promise<Page<ShiftHandoverView>> {
    const window = pageWindow(query);
    const page = pageQuery(window, 'desc');
    const where: FilterQuery<ShiftHandover> = { ...page.where };
    // GEN-5: a community outside the caller's scope or unknown is 404, not an empty list (decision 0302).
    if (query.communityId) where.communityId = await listedCommunity(this.em, query.communityId);
    if (query.status) where.status = query.status;
    if (query.reviewed !== undefined) where.reviewedAt = query.reviewed ? { $ne: null } : null;
    if (query.date) {
      const zone = query.communityId
        ? await this.communities.timeZoneOf(this.em, CallContext.actor().companyId, query.communityId)
        : DEFAULT_TIME_ZONE;
      const calendar = new WorkCalendar([], zone);
      where.createdAt = {
        $gte: calendar.startOfDay(query.date),
        $lt: calendar.startOfDay(addDays(query.date, 1)),
      };
    }
    const rows = await this.em.find(ShiftHandover, where, page.options);
    return toPage(rows, window, (shown) => shown.map(toShiftHandoverView));
  }

  /**
   * One action on a handover, one way: locked, the caller checked (only the incoming staff member
   * answers, only a supervisor reviews: 403 otherwise, before the key is claimed), the pure table
   * decides the status, and the change is archived (GEN-3), all in one idempotent transaction.
   */
  private take<P extends ActionPayload>(
    definition: CommandDefinition<P, ShiftHandoverView>,
    action: ShiftHandoverAction,
    payload: P,
    record: (
      handover: ShiftHandover,
      now: Date,
      em: EntityManager,
    ) => { reason?: string } | Promise<{ reason?: string }>,
  ): Promise<ShiftHandoverView> {
    return runCommand(this.em, definition, payload, {
      load: async (em) => {
        const handover = await lockRecord(em, ShiftHandover, payload.handoverId, 'SHIFT_HANDOVER_NOT_FOUND');
        const actor = CallContext.actor();
        if (action !== 'review' && handover.toId !== actor.sub) {
          throw new DomainError('FORBIDDEN', `只有接班人${handover.toName}可以接班或拒绝接班`);
        }
        if (action === 'review' && !hasAnyRole(actor, REVIEWERS)) {
          throw new DomainError('FORBIDDEN', '只有客服主管或客服经理可以审阅交接班');
        }
        return handover;
      },
      change: async (em, handover) => {
        const now = this.clock.now();
        const from = handover.status;
        handover.status = nextShiftHandoverStatus(
          { status: from, reviewed: Boolean(handover.reviewedAt) },
          action,
        );
        handover.updatedAt = now;
        const { reason } = await record(handover, now, em);
        archiveRecord(em, SHIFT_HANDOVER_RECORD, handover, {
          action,
          changes: from === handover.status ? { reviewed: true } : { status: { from, to: handover.status } },
          reason,
          at: now,
        });
        return handover;
      },
      view: (_em, handover) => toShiftHandoverView(handover),
    });
  }
}
