import { IdempotencyRecord } from '../idempotency/idempotency-record.entity.js';
import { DeadLetter } from '../inbox/dead-letter.entity.js';
import { InboxMessage } from '../inbox/inbox-message.entity.js';
import { NumberSequence } from '../numbering/number-sequence.entity.js';
import { OutboxMessage } from '../outbox/outbox-message.entity.js';

/** Tables every service database has; list them with the service's own entities. */
export const PLATFORM_ENTITIES = [DeadLetter, IdempotencyRecord, InboxMessage, NumberSequence, OutboxMessage];
