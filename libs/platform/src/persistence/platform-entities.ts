import { RecordHistory } from '../archive/record-history.entity.js';
import { IdempotencyRecord } from '../idempotency/idempotency-record.entity.js';
import { ConsumerPosition } from '../inbox/consumer-position.entity.js';
import { DeadLetter } from '../inbox/dead-letter.entity.js';
import { InboxMessage } from '../inbox/inbox-message.entity.js';
import { NumberSequence } from '../numbering/number-sequence.entity.js';
import { AggregateVersion } from '../outbox/aggregate-version.entity.js';
import { OutboxMessage } from '../outbox/outbox-message.entity.js';

/**
 * Tables every service database has (their migrations: `PLATFORM_MIGRATIONS`); the ORM adds them to
 * the service's own entities. The GEN-3 archive is here too: operators' actions on dead letters and
 * parked events are archived in every service.
 */
export const PLATFORM_ENTITIES = [
  AggregateVersion,
  ConsumerPosition,
  DeadLetter,
  IdempotencyRecord,
  InboxMessage,
  NumberSequence,
  OutboxMessage,
  RecordHistory,
];
