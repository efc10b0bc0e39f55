import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from '@mikro-orm/postgresql';
import { archive, CallContext, idempotent, nextRecordNumber, Outbox } from '@pcs/platform';
import { staff } from '@pcs/testing';
import { usePlatform } from './support/platform-fixture.js';
import { ThingHappened } from './support/thing-happened.js';

describe('helpers whose writes must commit with the change', () => {
  const f = usePlatform();
  const em = (): EntityManager => f.orm.em.fork() as EntityManager;
  const number = {
    companyId: 'HRX',
    communityId: 'GZ01',
    record: 'complaint',
    at: new Date(),
    timeZone: 'Asia/Shanghai',
  } as const;

  it('refuse to run outside a transaction, and leave nothing behind', async () => {
    const event = { aggregateId: 'a', companyId: 'HRX', data: { n: 1 } };
    await expect(new Outbox('t').stage(em(), ThingHappened, event)).rejects.toThrow(
      /Outbox.stage must be called inside em.transactional/,
    );
    await expect(nextRecordNumber(em(), number)).rejects.toThrow(/nextRecordNumber must be called inside/);
    await CallContext.run({ correlationId: 'c', actor: staff(), idempotencyKey: 'k' }, async () => {
      await expect(
        idempotent(em(), { companyId: 'HRX', operation: 'op', payload: {} }, async () => 1),
      ).rejects.toThrow(/idempotent must be called inside/);
      expect(() =>
        archive(em(), { companyId: 'HRX', communityId: 'GZ01', recordType: 't', recordId: 'r', action: 'x' }),
      ).toThrow(/archive must be called inside/);
    });
    const { rows } = await f.pool.query<{ n: string }>(
      `select (select count(*) from outbox_message) + (select count(*) from number_sequence)
            + (select count(*) from idempotency_record) + (select count(*) from record_history) as n`,
    );
    expect(rows[0]?.n).toBe('0');
    // Inside one, they work.
    await em().transactional(async (tx) => {
      await new Outbox('t').stage(tx, ThingHappened, event);
      await nextRecordNumber(tx, number);
    });
    expect((await f.pool.query('select 1 from outbox_message')).rowCount).toBe(1);
  });

  it("GEN-2: a number takes the year of the moment in the community's time zone", async () => {
    // 16:30 UTC on 31 December is 00:30 on 1 January in Shanghai, still 31 December in London.
    const at = new Date('2026-12-31T16:30:00Z');
    const numbers = await em().transactional(async (tx) => [
      (await nextRecordNumber(tx, { ...number, communityId: 'GZ02', at, timeZone: 'Asia/Shanghai' })).number,
      (await nextRecordNumber(tx, { ...number, communityId: 'GZ02', at, timeZone: 'Europe/London' })).number,
    ]);
    expect(numbers).toEqual(['TS-GZ02-2027-000001', 'TS-GZ02-2026-000001']);
  });
});
