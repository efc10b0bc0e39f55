import { IsInt } from 'class-validator';
import { defineEvent } from '@pcs/contracts';

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
