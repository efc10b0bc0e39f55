import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { ServiceSpec } from '@pcs/platform';
import { schemaDrift } from '@pcs/platform';
import { TestBus } from './test-bus.js';
import { createBusPrefix, createTestDatabase, deleteBusResources } from './test-resources.js';
import { startTestService, type TestService } from './test-service.js';

export interface ServiceFixture {
  readonly prefix: string;
  readonly service: TestService;
  readonly bus: TestBus;
}

/**
 * Starts a service (fresh database, own bus prefix) and a test bus before the file's tests, and
 * removes both afterwards. Use inside a `describe`.
 */
export function useService(spec: ServiceSpec): ServiceFixture {
  const fixture = { prefix: createBusPrefix() } as { prefix: string; service: TestService; bus: TestBus };
  beforeAll(async () => {
    fixture.service = await startTestService(spec, { prefix: fixture.prefix });
    fixture.bus = await TestBus.connect(fixture.prefix);
  });
  afterAll(async () => {
    await fixture.bus?.close();
    await fixture.service?.destroy();
    await deleteBusResources(fixture.prefix);
  });
  return fixture;
}

/**
 * What every service must do whatever its features: migrations that produce exactly what its
 * entities describe, and a start that creates its stream, reports ready, answers health and metrics,
 * and stops cleanly.
 */
export function itBehavesAsAService(spec: ServiceSpec): void {
  it('migrates a new database to exactly what its entities describe', async () => {
    const database = await createTestDatabase();
    try {
      expect(await schemaDrift(spec, database.url)).toBe('');
    } finally {
      await database.drop();
    }
  });

  it('starts, creates its stream, reports ready, answers health and metrics, and stops cleanly', async () => {
    const prefix = createBusPrefix();
    const service = await startTestService(spec, { prefix });
    try {
      expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
      const ready = await fetch(`${service.url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        status: 'ok',
        checks: { nats: 'up', database: 'up', lifecycle: 'up' },
      });
      expect(await (await fetch(`${service.url}/metrics`)).text()).toContain('pcs_outbox_backlog');
      const bus = await TestBus.connect(prefix);
      expect(await bus.events(spec.stream.stream)).toBeInstanceOf(Array);
      await bus.close();
    } finally {
      await service.destroy();
      await deleteBusResources(prefix);
    }
    await expect(fetch(`${service.url}/health/live`)).rejects.toThrow();
  });
}
