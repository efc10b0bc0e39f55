import { afterAll, describe, expect, it } from '@jest/globals';
import { ResidentsBus } from '@pcs/contracts';
import { schemaDrift } from '@pcs/platform';
import {
  createBusPrefix,
  createTestDatabase,
  deleteBusResources,
  startTestService,
  TestBus,
  type TestDatabase,
} from '@pcs/testing';
import { residentsService } from '../src/residents.service-spec.js';

describe('the residents service', () => {
  const prefix = createBusPrefix();
  let database: TestDatabase | undefined;

  afterAll(async () => {
    await database?.drop();
    await deleteBusResources(prefix);
  });

  it('migrates a new database to exactly what its entities describe', async () => {
    database = await createTestDatabase();
    expect(await schemaDrift(residentsService, database.url)).toBe('');
  });

  it('starts, creates its stream, reports ready, answers health and metrics, and stops cleanly', async () => {
    const service = await startTestService(residentsService, { prefix });
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
      expect(await bus.events(ResidentsBus.stream)).toEqual([]);
      await bus.close();
    } finally {
      await service.destroy();
    }
    await expect(fetch(`${service.url}/health/live`)).rejects.toThrow();
  });
});
