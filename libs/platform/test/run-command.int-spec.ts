import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MikroORM } from '@mikro-orm/postgresql';
import { defineCommand, DomainError, type Actor } from '@pcs/contracts';
import { CallContext, runCommand } from '@pcs/platform';
import type { TestDatabase } from '@pcs/testing';
import { IsString } from 'class-validator';
import type pg from 'pg';
import { createPlatformDatabase } from './support/platform-database.js';

class AddRowV1 {
  @IsString()
  id!: string;
}

interface RowsView {
  id: string;
  rows: number;
}

const AddRow = defineCommand<AddRowV1, RowsView>({
  subject: 'things.rows.add',
  request: AddRowV1,
  summary: 'Add a business row (tests only)',
});
const AddOtherRow = defineCommand<AddRowV1, RowsView>({
  subject: 'things.rows.add-other',
  request: AddRowV1,
  summary: 'Another command with the same payload (tests only)',
});

const ACTOR: Actor = {
  sub: 'staff-1',
  name: '李娜',
  companyId: 'HRX',
  roles: ['front-desk'],
  communities: ['*'],
};

/** Runs `fn` as ACTOR, with the Idempotency-Key given (or none). */
function as<T>(idempotencyKey: string | undefined, fn: () => Promise<T>): Promise<T> {
  return CallContext.run({ correlationId: 'corr-1', actor: ACTOR, idempotencyKey }, fn);
}

describe('runCommand', () => {
  let database: TestDatabase;
  let orm: MikroORM;
  let pool: pg.Pool;
  const calls = { load: 0, change: 0 };

  beforeAll(async () => {
    ({ database, orm, pool } = await createPlatformDatabase());
  });

  afterAll(async () => {
    await pool?.end();
    await orm?.close();
    await database?.drop();
  });

  const addRow = (id: string, options: { fail?: boolean; command?: typeof AddRow } = {}) =>
    runCommand(
      orm.em.fork(),
      options.command ?? AddRow,
      { id },
      {
        load: async () => {
          calls.load += 1;
        },
        change: async (em) => {
          calls.change += 1;
          await em.execute('insert into business_row (id) values (?)', [id]);
          if (options.fail) throw new DomainError('BUSINESS_RULE_VIOLATED');
          return id;
        },
        view: async (em, changed) => {
          const [{ n }] = await em.execute<{ n: string }[]>('select count(*) as n from business_row');
          return { id: changed, rows: Number(n) };
        },
      },
    );

  const rowCount = async () => Number((await pool.query('select count(*) as n from business_row')).rows[0].n);

  it('replays the first reply to a retry with the same key, changing nothing and still loading', async () => {
    const before = { ...calls };
    const first = await as('key-1', () => addRow('row-1'));
    const retry = await as('key-1', () => addRow('row-1'));
    expect(retry).toEqual(first);
    expect(first.id).toBe('row-1');
    expect(calls.change - before.change).toBe(1);
    // The load step runs on every call: checks that must hold for replays too live there.
    expect(calls.load - before.load).toBe(2);
  });

  it('refuses the key for another payload or another command (409)', async () => {
    await as('key-2', () => addRow('row-2'));
    await expect(as('key-2', () => addRow('row-3'))).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    await expect(as('key-2', () => addRow('row-2', { command: AddOtherRow }))).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('rolls a failed change back with its key, so a corrected retry may reuse the key', async () => {
    const rows = await rowCount();
    await expect(as('key-4', () => addRow('row-4', { fail: true }))).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
    });
    expect(await rowCount()).toBe(rows);
    await as('key-4', () => addRow('row-4'));
    expect(await rowCount()).toBe(rows + 1);
  });

  it('runs the change on every call without a key', async () => {
    const rows = await rowCount();
    await as(undefined, () => addRow('row-5'));
    await as(undefined, () => addRow('row-6'));
    expect(await rowCount()).toBe(rows + 2);
  });

  it('refuses a call without an actor before opening a transaction', async () => {
    await expect(CallContext.run({ correlationId: 'corr-2' }, () => addRow('row-7'))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});
