import { describe, expect, it } from '@jest/globals';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { eventually } from '@pcs/testing';
import { envelope } from './support/platform-database.js';
import { usePlatform } from './support/platform-fixture.js';
import { poisonedEffects, ThingHappened, THINGS_STREAM } from './support/thing-happened.js';

const POISON = 13;

describe('a consumer facing events it cannot apply', () => {
  const f = usePlatform();

  it('retries a failing event with backoff up to its last delivery, then keeps it as a dead letter; the others flow', async () => {
    const attempts = new Map<number, number>();
    const consumer = f.consumer({
      maxDeliver: 4,
      backoffMs: [50, 100, 200],
      handlers: [poisonedEffects(attempts, POISON)],
    });
    const js = jetstream(f.nc);
    const subject = f.names.subject(ThingHappened.subject);
    const ids = Array.from(
      { length: 20 },
      (_, n) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    );
    for (const [n, id] of ids.entries())
      await js.publish(subject, JSON.stringify(envelope(id, n)), { msgID: id });
    await js.publish(subject, '{"this is": "not a CloudEvent"}');
    await js.publish(
      subject,
      JSON.stringify({ ...envelope('00000000-0000-7000-8000-0000000000ee', 99), type: 'thing.happened.v9' }),
    );
    await js.publish(
      subject,
      JSON.stringify({ ...envelope('00000000-0000-7000-8000-0000000000ef', 98), data: { n: 'many' } }),
    );
    consumer.start();

    const letters = await eventually(
      async () => {
        const { rows } = await f.pool.query<{
          event_id: string | null;
          error: string;
          deliveries: number;
          payload: string;
        }>('select event_id, error, deliveries, payload from dead_letter order by created_at');
        expect(rows).toHaveLength(4);
        return rows;
      },
      20_000,
      100,
    );
    // The poison event: four attempts, then a dead letter with its error and the message as received.
    expect(attempts.get(POISON)).toBe(4);
    const poison = letters.find((l) => l.event_id === ids[POISON]);
    expect(poison).toMatchObject({ deliveries: 4, error: 'Error: the handler cannot apply event 13' });
    expect(JSON.parse(poison!.payload)).toMatchObject({ id: ids[POISON], data: { n: POISON } });
    // Unreadable messages are not retried: one delivery each.
    expect(
      letters.filter((l) => l.event_id !== ids[POISON]).map((l) => [l.deliveries, l.error.split(':')[0]]),
    ).toEqual(
      expect.arrayContaining([
        [1, 'not a CloudEvents envelope'],
        [1, 'no handler for event type thing.happened.v9'],
        [1, 'invalid data'],
      ]),
    );
    // Every other event applied once; the poison event's writes were rolled back each time.
    const { rows } = await f.pool.query<{ n: number }>('select n from effect order by n');
    expect(rows.map((r) => r.n)).toEqual([...Array(20).keys()].filter((n) => n !== POISON));
    await eventually(async () => {
      const info = await (
        await jetstreamManager(f.nc)
      ).consumers.info(f.names.stream(THINGS_STREAM.stream), consumer.durableName);
      expect(info.num_pending + info.num_ack_pending).toBe(0);
    });
  });
});
