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
