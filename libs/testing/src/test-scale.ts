/*
 * How much work the long fault and load tests do. `npm test` runs the quick scale, which proves the
 * same properties with fewer repetitions; `npm test -- --full` (PCS_TEST_SCALE=full) runs the
 * hundreds of kills and the long outages. Tests derive their time limits from the work they do
 * (`budgetMs`), never from a fixed clock, so a busy machine makes them slower, not red.
 */
export type TestScale = 'quick' | 'full';

export function testScale(): TestScale {
  return process.env['PCS_TEST_SCALE'] === 'full' ? 'full' : 'quick';
}

/** The quick or the full amount of a repeated piece of work. */
export function byScale<T>(quick: T, full: T): T {
  return testScale() === 'full' ? full : quick;
}

/**
 * A time limit bounded by work: `units` pieces of work, each allowed `perUnitMs` (generous: what a
 * loaded 2-core machine needs, not what a fast one does), plus a fixed allowance for set-up.
 */
export function budgetMs(units: number, perUnitMs: number, setupMs = 60_000): number {
  return units * perUnitMs + setupMs;
}
