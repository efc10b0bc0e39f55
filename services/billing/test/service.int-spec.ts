import { afterAll, describe, expect, it } from '@jest/globals';
import { BillingBus } from '@pcs/contracts';
import { schemaDrift } from '@pcs/platform';
import {
  createBusPrefix,
  createTestDatabase,
  deleteBusResources,
  startTestService,
  TestBus,
  type TestDatabase,
} from '@pcs/testing';
import { billingService } from '../src/billing.service-spec.js';

describe('the billing service', () => {
  const prefix = createBusPrefix();
  let database: TestDatabase | undefined;

  afterAll(async () => {
    await database?.drop();
    await deleteBusResources(prefix);
  });

  it('migrates a new database to exactly what its entities describe', async () => {
    database = await createTestDatabase();
    expect(await schemaDrift(billingService, database.url)).toBe('');
  });

  it('starts, creates its stream, reports ready, answers health and metrics, and stops cleanly', async () => {
    const service = await startTestService(billingService, { prefix });
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
      expect(await bus.events(BillingBus.stream)).toEqual([]);
      await bus.close();
    } finally {
      await service.destroy();
    }
    await expect(fetch(`${service.url}/health/live`)).rejects.toThrow();
  });
});
