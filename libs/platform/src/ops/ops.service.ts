import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  ALL_COMMUNITIES,
  DomainError,
  opsMessagesOf,
  type Actor,
  type OpsMessages,
  type DeadLetterView,
  type ListDeadLettersV1,
  type ListOutboxEventsV1,
  type OutboxEventView,
  type Page,
  type ResolveDeadLetterV1,
  type ResolveOutboxEventV1,
} from '@pcs/contracts';
import { archive } from '../archive/archive.js';
import { runCommand } from '../commands/run-command.js';
import { CallContext } from '../context/call-context.js';
import { EventConsumersService } from '../lifecycle/event-consumers.service.js';
import { OutboxRelayService } from '../lifecycle/outbox-relay.service.js';
import { SERVICE_NAME } from '../lifecycle/tokens.js';
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
  private readonly messages: OpsMessages;

  constructor(
    private readonly em: EntityManager,
    private readonly consumers: EventConsumersService,
    private readonly relay: OutboxRelayService,
    @Inject(SERVICE_NAME) service: string,
  ) {
    this.messages = opsMessagesOf(service);
  }

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

  /**
   * Applies the event through its consumer now: once at most (the inbox), whatever the order. The
   * consumer's own transaction applies it and marks the letter; this one keeps the Idempotency-Key.
   */
  replayDeadLetter(command: ResolveDeadLetterV1): Promise<DeadLetterView> {
    const actor = operator();
    return runCommand(this.em, this.messages.replayDeadLetter, command, {
      load: (tx) => this.visibleLetter(tx, command.id, actor),
      change: async (_tx, letter) => {
        assertOpen(letter);
        const consumer = this.consumers.running.find((c) => c.name === letter.consumer);
        if (!consumer) {
          throw new DomainError(
            'BUSINESS_RULE_VIOLATED',
            `本服务没有名为 ${letter.consumer} 的事件消费者，无法重放`,
          );
        }
        let resolved: DeadLetterRow | undefined;
        await consumer.replay(letter.payload, async (tx) => {
          resolved = await this.resolveLetter(tx, letter, 'replayed', command.reason, actor);
        });
        if (!resolved) throw new DomainError('CONFLICT');
        return resolved;
      },
      view: (_tx, row) => toDeadLetterView(row),
    });
  }

  discardDeadLetter(command: ResolveDeadLetterV1): Promise<DeadLetterView> {
    const actor = operator();
    return runCommand(this.em, this.messages.discardDeadLetter, command, {
      load: (tx) => this.visibleLetter(tx, command.id, actor),
      change: (tx, letter) => {
        assertOpen(letter);
        return this.resolveLetter(tx, letter, 'discarded', command.reason, actor);
      },
      view: (_tx, row) => toDeadLetterView(row),
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
      this.messages.retryOutboxEvent,
      command,
      'retried',
      `status = 'pending', attempts = 0, next_attempt_at = now()`,
    );
    this.relay.relay.wake();
    return view;
  }

  /** A parked event is given up: never published; its aggregate's later events flow again. */
  skipOutboxEvent(command: ResolveOutboxEventV1): Promise<OutboxEventView> {
    return this.resolveParked(this.messages.skipOutboxEvent, command, 'skipped', `status = 'skipped'`);
  }

  private async visibleLetter(em: EntityManager, id: string, actor: Actor): Promise<DeadLetterRow> {
    const [letter] = await em.execute<DeadLetterRow[]>(
      `select * from dead_letter where id = ? and (company_id = ? or company_id is null)`,
      [id, actor.companyId],
    );
    if (!letter) throw DomainError.notFound('DEAD_LETTER_NOT_FOUND');
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
    return row;
  }

  private resolveParked(
    definition: OpsMessages['retryOutboxEvent'],
    command: ResolveOutboxEventV1,
    action: 'retried' | 'skipped',
    set: string,
  ): Promise<OutboxEventView> {
    const actor = operator();
    return runCommand(this.em, definition, command, {
      load: async (tx) => {
        const [event] = await tx.execute<OutboxRow[]>(
          `select * from outbox_message where id = ? and envelope->>'companyid' = ? for update`,
          [command.id, actor.companyId],
        );
        if (!event) throw DomainError.notFound('OUTBOX_EVENT_NOT_FOUND');
        return event;
      },
      change: async (tx, event) => {
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
        return row as OutboxRow;
      },
      view: (_tx, row) => toOutboxEventView(row),
    });
  }
}

/** Operators are administrators; the gateway checks it too, and a service does not take its word for it. */
function operator(): Actor {
  const actor = CallContext.actor();
  if (!actor.roles.includes('admin')) throw new DomainError('FORBIDDEN');
  return actor;
}

function assertOpen(letter: DeadLetterRow): void {
  if (letter.status !== 'open') {
    throw new DomainError(
      'INVALID_STATE_TRANSITION',
      `该死信已${letter.status === 'replayed' ? '重放' : '丢弃'}`,
    );
  }
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
