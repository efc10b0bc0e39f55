/*
 * The baselines' NATS connection: the same options as our processes' (libs/platform's
 * NatsConnectionHolder), so a ratio measures our frameworks rather than a connection option.
 * `noAsyncTraces` spares NATS.js two Error objects per request made only for their stack traces.
 */
import { connect } from '@nats-io/transport-node';

export function connectNats(url = process.env.NATS_URL ?? 'nats://127.0.0.1:4222') {
  return connect({ servers: url.split(','), noAsyncTraces: true });
}
