import { describe, expect, it } from '@jest/globals';
import { Readiness } from './readiness.js';

describe('Readiness', () => {
  it('is ready only between start and stop, and only while every check passes', async () => {
    const readiness = new Readiness();
    let databaseUp = true;
    readiness.add({ name: 'database', check: async () => databaseUp });
    expect(await readiness.report()).toEqual({ ready: false, checks: { lifecycle: 'down' } });
    readiness.markStarted();
    expect(await readiness.report()).toEqual({ ready: true, checks: { database: 'up', lifecycle: 'up' } });
    databaseUp = false;
    expect(await readiness.report()).toEqual({ ready: false, checks: { database: 'down', lifecycle: 'up' } });
    readiness.markStopping();
    expect(await readiness.report()).toEqual({ ready: false, checks: { lifecycle: 'down' } });
  });

  it('never waits for a hung check, and answers at once while stopping', async () => {
    const readiness = new Readiness();
    readiness.add({ name: 'database', check: () => new Promise<boolean>(() => undefined) });
    readiness.add({
      name: 'nats',
      check: async () => {
        throw new Error('down');
      },
    });
    readiness.markStarted();
    const started = Date.now();
    expect(await readiness.report()).toEqual({
      ready: false,
      checks: { database: 'down', nats: 'down', lifecycle: 'up' },
    });
    expect(Date.now() - started).toBeLessThan(1_500);
    readiness.markStopping();
    const stopping = Date.now();
    await readiness.report();
    expect(Date.now() - stopping).toBeLessThan(50);
  });
});
