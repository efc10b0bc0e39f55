import { IsInt } from 'class-validator';
import { defineEvent } from '@pcs/contracts';
import { onEvent, type EventHandler } from '@pcs/platform';

export class ThingHappenedV1 {
  @IsInt()
  n!: number;
}

/** A test-only event on the test-only stream THINGS. */
export const ThingHappened = defineEvent({
  subject: 'things.events.thing.happened',
  type: 'thing.happened.v1',
  data: ThingHappenedV1,
  summary: 'Something happened (reliability tests only)',
});

export const THINGS_STREAM = { stream: 'THINGS', streamSubjects: 'things.events.>' };

/**
 * Records each event's effect (one `effect` row) and counts its handler's runs in `attempts`; throws
 * after writing for the event numbered `poison`, so its write must roll back with it.
 */
export function poisonedEffects(attempts: Map<number, number>, poison: number): EventHandler {
  return onEvent(ThingHappened, async (event, em) => {
    attempts.set(event.data.n, (attempts.get(event.data.n) ?? 0) + 1);
    await em.execute('insert into effect (event_id, consumer, n) values (?, ?, ?)', [
      event.id,
      'x',
      event.data.n,
    ]);
    if (event.data.n === poison) throw new Error(`the handler cannot apply event ${poison}`);
  });
}
