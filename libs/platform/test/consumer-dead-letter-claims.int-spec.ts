import { describe, expect, it } from '@jest/globals';
import type { JsMsg } from '@nats-io/jetstream';
import { onEvent, type DeliveryOutcome } from '@pcs/platform';
import { envelope } from './support/platform-database.js';
import { usePlatform } from './support/platform-fixture.js';
import { ThingHappened } from './support/thing-happened.js';

/*
 * An event is applied once or kept as a dead letter, never both, even when two deliveries of it run
 * at once: JetStream redelivers an event whose delivery outlived its ack wait (one stuck on a database
 * that went away), and the stuck one may fail for the last time after the other applied it. Seen in
 * consumer-dead-letters.int-spec on a loaded machine; here the interleaving is made exactly.
 */
describe('a dead letter claims its event', () => {
  const f = usePlatform();
  const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;

  /** A delivery of event `n` as the consumer sees one, recording how it was settled. */
  function delivery(n: number, deliveryCount: number, seq: number) {
    const settled: string[] = [];
    const message = {
      subject: f.names.subject(ThingHappened.subject),
      seq,
      info: { deliveryCount },
      string: () => JSON.stringify(envelope(id(n), n)),
      ack: () => settled.push('ack'),
      nak: () => settled.push('nak'),
      term: () => settled.push('term'),
      working: () => undefined,
    } as unknown as JsMsg;
    return { message, settled };
  }
  const rows = async (table: string, n: number) =>
    (await f.pool.query(`select 1 from ${table} where event_id = $1`, [id(n)])).rowCount;

  it('a last delivery that fails after another delivery applied the event keeps no letter and acknowledges it', async () => {
    const last = delivery(1, 3, 101);
    const other = delivery(1, 2, 101);
    let outcomeOfOther: DeliveryOutcome | undefined;
    const consumer = f.consumer(
      { maxDeliver: 3 },
      {
        // The last delivery's try fails, but only after the other delivery has applied the event.
        beforeHandle: async (_event, deliveries) => {
          if (deliveries !== 3) return;
          outcomeOfOther = await consumer.process(other.message);
          throw new Error('the database went away during this delivery');
        },
      },
    );
    expect(await consumer.process(last.message)).toBe('duplicate');
    expect(outcomeOfOther).toBe('applied');
    expect(other.settled).toEqual(['ack']);
    expect(last.settled).toEqual(['ack']);
    expect(await rows('effect', 1)).toBe(1);
    expect(await rows('dead_letter', 1)).toBe(0);
  });

  it('a kept letter stops later deliveries from applying its event, and its replay applies it once', async () => {
    let poisoned = true;
    const consumer = f.consumer({
      maxDeliver: 2,
      handlers: [
        onEvent(ThingHappened, async (event, em) => {
          if (poisoned) throw new Error(`event ${event.data.n} cannot be applied yet`);
          await em.execute('insert into effect (event_id, consumer, n) values (?, ?, ?)', [
            event.id,
            'things-effects',
            event.data.n,
          ]);
        }),
      ],
    });
    const last = delivery(2, 2, 102);
    expect(await consumer.process(last.message)).toBe('dead-lettered');
    expect(last.settled).toEqual(['term']);
    expect(await rows('dead_letter', 2)).toBe(1);
    // The process died after the letter's commit, before the term: the redelivery applies nothing.
    poisoned = false;
    const again = delivery(2, 3, 102);
    expect(await consumer.process(again.message)).toBe('duplicate');
    expect(await rows('effect', 2)).toBe(0);
    // The operator's replay releases the claim and applies the event, once.
    const { rows: letters } = await f.pool.query<{ payload: string }>(
      `select payload from dead_letter where event_id = $1`,
      [id(2)],
    );
    const resolve = async () => undefined;
    expect(await consumer.replay(letters[0]!.payload, resolve)).toBe('applied');
    expect(await consumer.replay(letters[0]!.payload, resolve)).toBe('duplicate');
    expect(await rows('effect', 2)).toBe(1);
  });
});
