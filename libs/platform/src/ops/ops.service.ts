import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  ALL_COMMUNITIES,
  DomainError,
  type Actor,
  type DeadLetterView,
  type ListDeadLettersV1,
  type ListOutboxEventsV1,
  type OutboxEventView,
  type Page,
  type ResolveDeadLetterV1,
  type ResolveOutboxEventV1,
} from '@pcs/contracts';
import { archive } from '../archive/archive.js';
import { CallContext } from '../context/call-context.js';
import { EventConsumersService } from '../lifecycle/event-consumers.service.js';
import { OutboxRelayService } from '../lifecycle/outbox-relay.service.js';
import { pageWindow, toPage } from '../paging/page.js';
import { toDeadLetterView, toOutboxEventView, type DeadLetterRow, type OutboxRow } from './ops-views.js';

/**
 * What operators do about events that did not flow: replay or discard dead letters, retry or skip
 * parked outbox events. Each action names its reason and is archived (GEN-3). Operators act for
 * their company: they see the letters and events of its records (and letters too broken to name
 * a company, which belong to no one else).
 */
@Injectable()
export class OpsService {
  constructor(
    private readonly em: EntityManager,
    private readonly consumers: EventConsumersService,
    private readonly relay: OutboxRelayService,
  ) {}

  async listDeadLetters(query: ListDeadLettersV1): Promise<Page<DeadLetterView>> {
    const actor = operator();
    const window = pageWindow(query);
    const rows = await this.em.execute<DeadLetterRow[]>(
      `select * from dead_letter
        where (company_id = ? or company_id is null) and status = ?
          and (?::text is null or consumer = ?) and (?::uuid is null or id < ?)
        order by id desc limit ?`,
      [
        actor.companyId,
        query.status ?? 'open',
        query.consumer ?? null,
        query.consumer ?? null,
        window.after ?? null,
        window.after ?? null,
        window.limit + 1,
      ],
    );
    return toPage(rows, window, (shown) => shown.map(toDeadLetterView));
  }

  /** Applies the event through its consumer now: once at most (the inbox), whatever the order. */
  async replayDeadLetter(command: ResolveDeadLetterV1): Promise<DeadLetterView> {
    const actor = operator();
    const letter = await this.openLetter(this.em, command.id, actor);
    const consumer = this.consumers.running.find((c) => c.name === letter.consumer);
    if (!consumer) {
      throw new DomainError(
        'BUSINESS_RULE_VIOLATED',
        `本服务没有名为 ${letter.consumer} 的事件消费者，无法重放`,
      );
    }
    let resolved: DeadLetterRow | undefined;
    const outcome = await consumer.replay(letter.payload, async (tx) => {
      resolved = await this.resolveLetter(tx, letter, 'replayed', command.reason, actor);
    });
    if (!resolved) throw new DomainError('CONFLICT');
    return {
      ...toDeadLetterView(resolved),
      ...(outcome === 'duplicate' ? { resolution: `${command.reason}（事件此前已应用）` } : {}),
    };
  }

  async discardDeadLetter(command: ResolveDeadLetterV1): Promise<DeadLetterView> {
    const actor = operator();
    return this.em.transactional(async (tx) => {
      const letter = await this.openLetter(tx, command.id, actor);
      return toDeadLetterView(await this.resolveLetter(tx, letter, 'discarded', command.reason, actor));
    });
  }

  async listOutboxEvents(query: ListOutboxEventsV1): Promise<Page<OutboxEventView>> {
    const actor = operator();
    const window = pageWindow(query);
    const rows = await this.em.execute<OutboxRow[]>(
      `select * from outbox_message
        where envelope->>'companyid' = ? and status = ? and (?::uuid is null or id < ?)
        order by id desc limit ?`,
      [
        actor.companyId,
        query.status ?? 'parked',
        window.after ?? null,
        window.after ?? null,
        window.limit + 1,
      ],
    );
    return toPage(rows, window, (shown) => shown.map(toOutboxEventView));
  }

  /** A parked event becomes due again (after its cause is fixed: a larger limit, a stream). */
  async retryOutboxEvent(command: ResolveOutboxEventV1): Promise<OutboxEventView> {
    const view = await this.resolveParked(
      command,
      'retried',
      `status = 'pending', attempts = 0, next_attempt_at = now()`,
    );
    this.relay.relay.wake();
    return view;
  }

  /** A parked event is given up: never published; its aggregate's later events flow again. */
  skipOutboxEvent(command: ResolveOutboxEventV1): Promise<OutboxEventView> {
    return this.resolveParked(command, 'skipped', `status = 'skipped'`);
  }

  private async openLetter(em: EntityManager, id: string, actor: Actor): Promise<DeadLetterRow> {
    const [letter] = await em.execute<DeadLetterRow[]>(
      `select * from dead_letter where id = ? and (company_id = ? or company_id is null) for update`,
      [id, actor.companyId],
    );
    if (!letter) throw DomainError.notFound('DEAD_LETTER_NOT_FOUND');
    if (letter.status !== 'open') {
      throw new DomainError(
        'INVALID_STATE_TRANSITION',
        `该死信已${letter.status === 'replayed' ? '重放' : '丢弃'}`,
      );
    }
    return letter;
  }

  private async resolveLetter(
    em: EntityManager,
    letter: DeadLetterRow,
    status: 'replayed' | 'discarded',
    reason: string,
    actor: Actor,
  ): Promise<DeadLetterRow> {
    const [row] = await em.execute<DeadLetterRow[]>(
      `update dead_letter set status = ?, resolved_at = now(), resolved_by = ?, resolution = ?
        where id = ? and status = 'open' returning *`,
      [status, actor.sub, reason, letter.id],
    );
    if (!row) throw new DomainError('CONFLICT');
    archive(
      em,
      {
        companyId: letter.company_id ?? actor.companyId,
        communityId: communityOf(letter.payload),
        recordType: 'dead-letter',
        recordId: letter.id,
        action: status,
        changes: {
          status: { from: 'open', to: status },
          consumer: letter.consumer,
          eventId: letter.event_id,
        },
        reason,
      },
      actor,
    );
    await em.flush();
    return row;
  }

  private async resolveParked(
    command: ResolveOutboxEventV1,
    action: 'retried' | 'skipped',
    set: string,
  ): Promise<OutboxEventView> {
    const actor = operator();
    return this.em.transactional(async (tx) => {
      const [event] = await tx.execute<OutboxRow[]>(
        `select * from outbox_message where id = ? and envelope->>'companyid' = ? for update`,
        [command.id, actor.companyId],
      );
      if (!event) throw DomainError.notFound('OUTBOX_EVENT_NOT_FOUND');
      if (event.status !== 'parked') {
        throw new DomainError('INVALID_STATE_TRANSITION', '只有已搁置的事件可以重试或跳过');
      }
      const [row] = await tx.execute<OutboxRow[]>(
        `update outbox_message set ${set} where id = ? returning *`,
        [command.id],
      );
      archive(
        tx,
        {
          companyId: actor.companyId,
          communityId: event.envelope.communityid ?? ALL_COMMUNITIES,
          recordType: 'outbox-event',
          recordId: event.id,
          action,
          changes: { status: { from: 'parked', to: row?.status }, lastError: event.last_error },
          reason: command.reason,
        },
        actor,
      );
      await tx.flush();
      return toOutboxEventView(row as OutboxRow);
    });
  }
}

/** Operators are administrators; the gateway checks it too, and a service does not take its word for it. */
function operator(): Actor {
  const actor = CallContext.actor();
  if (!actor.roles.includes('admin')) throw new DomainError('FORBIDDEN');
  return actor;
}

/** The community of the event a letter holds, when it can be read; else the whole company's. */
function communityOf(payload: string): string {
  try {
    const communityId = (JSON.parse(payload) as { communityid?: unknown }).communityid;
    return typeof communityId === 'string' ? communityId : ALL_COMMUNITIES;
  } catch {
    return ALL_COMMUNITIES;
  }
}
