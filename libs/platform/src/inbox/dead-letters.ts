import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../ids/new-id.js';

export interface DeadLetterRecord {
  consumer: string;
  subject: string;
  streamSeq: number;
  payload: string;
  error: string;
  deliveries: number;
  eventId?: string;
  eventType?: string;
  companyId?: string;
}

/**
 * Keeps an event a consumer gives up on. At most one letter per consumer and stream sequence: when the
 * process dies after this commit and before the message is terminated, the redelivery that follows
 * finds its letter already written.
 */
export async function recordDeadLetter(em: EntityManager, letter: DeadLetterRecord): Promise<void> {
  await em.execute(
    `insert into dead_letter
       (id, consumer, event_id, event_type, company_id, subject, stream_seq, payload, error, deliveries)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (consumer, stream_seq) do nothing`,
    [
      newId(),
      letter.consumer,
      letter.eventId ?? null,
      letter.eventType ?? null,
      letter.companyId ?? null,
      letter.subject,
      letter.streamSeq,
      letter.payload,
      letter.error,
      letter.deliveries,
    ],
    'run',
  );
}

/**
 * Before a replay: the consumer's inbox row that an open letter claimed its event with (decision
 * 0231), told from the row of an event really applied by being written in the letter's transaction
 * (the same `now()`). A letter kept before claims existed has none, and an event applied and also
 * kept stays applied.
 */
export async function releaseDeadLetterClaim(
  em: EntityManager,
  consumer: string,
  eventId: string,
): Promise<void> {
  await em.execute(
    `delete from inbox_message i using dead_letter d
      where i.consumer = ? and i.event_id = ? and d.consumer = i.consumer and d.event_id = i.event_id
        and d.status = 'open' and i.processed_at = d.created_at`,
    [consumer, eventId],
    'run',
  );
}
