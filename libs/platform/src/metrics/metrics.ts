import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { Traffic } from './traffic.js';

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The process's Prometheus metrics. One registry per process (not prom-client's global one) so that
 * several services booted in one test process do not collide.
 */
export class Metrics {
  readonly registry = new Registry();

  /** Requests of the HTTP edge by method, route template and status, and their latency. */
  readonly httpTraffic = new Traffic(
    this.registry,
    {
      requests: { name: 'pcs_http_requests_total', help: 'HTTP requests by method, route and status' },
      duration: { name: 'pcs_http_request_duration_seconds', help: 'HTTP request latency' },
      labels: ['method', 'route'],
      outcome: 'status',
    },
    LATENCY_BUCKETS,
  );

  readonly httpInFlight = new Gauge({
    name: 'pcs_http_in_flight',
    help: 'HTTP requests of the API being handled now',
    registers: [this.registry],
  });

  readonly rpcInFlight = new Gauge({
    name: 'pcs_rpc_in_flight',
    help: 'Bus requests being served now',
    registers: [this.registry],
  });

  /** Bus requests this process served, by subject and outcome (ok or an error code), and their latency. */
  readonly rpcServed = new Traffic(
    this.registry,
    {
      requests: {
        name: 'pcs_rpc_served_total',
        help: 'Bus requests served, by subject and outcome (ok or an error code)',
      },
      duration: { name: 'pcs_rpc_served_duration_seconds', help: 'Latency of bus requests served' },
      labels: ['subject'],
      outcome: 'outcome',
    },
    LATENCY_BUCKETS,
  );

  /** Bus requests this process made, by subject and outcome, and their latency as the caller saw it. */
  readonly rpcCalls = new Traffic(
    this.registry,
    {
      requests: {
        name: 'pcs_rpc_calls_total',
        help: 'Bus requests made, by subject and outcome (ok or an error code)',
      },
      duration: {
        name: 'pcs_rpc_call_duration_seconds',
        help: 'Latency of bus requests made, as the caller sees it',
      },
      labels: ['subject'],
      outcome: 'outcome',
    },
    LATENCY_BUCKETS,
  );

  readonly outboxPublished = new Counter({
    name: 'pcs_outbox_published_total',
    help: 'Outbox events published to JetStream (duplicates acknowledged by the stream included)',
    registers: [this.registry],
  });

  readonly outboxFailures = new Counter({
    name: 'pcs_outbox_publish_failures_total',
    help: 'Failed attempts to publish an outbox event',
    registers: [this.registry],
  });

  readonly outboxBacklog = new Gauge({
    name: 'pcs_outbox_backlog',
    help: 'Outbox events not yet published, by status (pending or parked)',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });

  readonly eventsConsumed = new Counter({
    name: 'pcs_events_consumed_total',
    help: 'Deliveries handled by a consumer, by outcome (applied, duplicate, failed, waiting, dead-lettered)',
    labelNames: ['consumer', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly consumerLag = new Gauge({
    name: 'pcs_consumer_lag',
    help: 'Messages of the stream the consumer has not finished: not yet delivered, or delivered and not acknowledged',
    labelNames: ['consumer'] as const,
    registers: [this.registry],
  });

  readonly eventTransactions = new Counter({
    name: 'pcs_event_transactions_total',
    help: 'Transactions a consumer committed applying events: with pcs_events_consumed_total, events per transaction',
    labelNames: ['consumer'] as const,
    registers: [this.registry],
  });

  readonly eventBatchesSplit = new Counter({
    name: 'pcs_event_batches_split_total',
    help: 'Events applied together whose transaction failed and that were then applied one by one',
    labelNames: ['consumer'] as const,
    registers: [this.registry],
  });

  readonly orderWaits = new Counter({
    name: 'pcs_event_order_waits_total',
    help: 'Deliveries put back because the predecessor of the event (same aggregate) was not applied yet',
    labelNames: ['consumer'] as const,
    registers: [this.registry],
  });

  readonly deadLettersOpen = new Gauge({
    name: 'pcs_dead_letters_open',
    help: 'Dead letters neither replayed nor discarded by an operator yet',
    registers: [this.registry],
  });

  readonly outboxOldestPendingSeconds = new Gauge({
    name: 'pcs_outbox_oldest_pending_seconds',
    help: 'Age of the oldest outbox event not yet published (0 when none waits)',
    registers: [this.registry],
  });

  readonly rowsPruned = new Counter({
    name: 'pcs_rows_pruned_total',
    help: 'Rows deleted after their retention, by table (published outbox events, inbox, idempotency records)',
    labelNames: ['table'] as const,
    registers: [this.registry],
  });

  readonly deadLetters = new Counter({
    name: 'pcs_dead_letters_total',
    help: 'Events given up on after their last delivery, recorded as dead letters',
    labelNames: ['consumer'] as const,
    registers: [this.registry],
  });

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }
}
