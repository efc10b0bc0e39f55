import { nanos, type NatsConnection } from '@nats-io/nats-core';
import {
  DiscardPolicy,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
  type StreamConfig,
} from '@nats-io/jetstream';
import type { BusNames } from '../bus/bus-names.js';

export interface OwnedStream {
  /** Unprefixed stream name, e.g. `COMPLAINTS`. */
  stream: string;
  /** Unprefixed subjects, e.g. `complaints.events.>`. */
  streamSubjects: string;
}

export interface StreamSettings {
  replicas: number;
  maxAgeDays: number;
}

/**
 * Creates or updates the stream a service publishes to, idempotently, at start-up: every replica may
 * run it at once, and a redeploy with new settings updates the stream in place.
 */
export async function provisionStream(
  connection: NatsConnection,
  names: BusNames,
  owned: OwnedStream,
  settings: StreamSettings = { replicas: 1, maxAgeDays: 90 },
): Promise<void> {
  const jsm = await jetstreamManager(connection);
  const config: Partial<StreamConfig> & { name: string } = {
    name: names.stream(owned.stream),
    subjects: [names.subject(owned.streamSubjects)],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    num_replicas: settings.replicas,
    max_age: nanos(settings.maxAgeDays * 24 * 60 * 60 * 1000),
    // Publishes of one outbox row retried within this window are stored once.
    duplicate_window: nanos(2 * 60 * 1000),
    // History is append-only: single events are never deleted by hand.
    deny_delete: true,
  };
  try {
    await jsm.streams.info(config.name);
    await jsm.streams.update(config.name, config);
  } catch (error) {
    if (!isStreamNotFound(error)) throw error;
    try {
      await jsm.streams.add(config);
    } catch (addError) {
      // Another replica created it first.
      if (!String(addError).includes('already in use')) throw addError;
      await jsm.streams.update(config.name, config);
    }
  }
}

function isStreamNotFound(error: unknown): boolean {
  return error instanceof Error && /stream not found/i.test(error.message);
}
