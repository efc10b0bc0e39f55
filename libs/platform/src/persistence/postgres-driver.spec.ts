import { describe, expect, it } from '@jest/globals';
import { releasingOnFailure } from './postgres-driver.js';

type Driver = Parameters<typeof releasingOnFailure>[0];

/** A Kysely driver that fails the steps named, and records what it released. */
function fakeDriver(failing: ('begin' | 'commit' | 'rollback')[]) {
  const released: object[] = [];
  const fail = (step: 'begin' | 'commit' | 'rollback') => async () => {
    if (failing.includes(step)) throw new Error('Connection terminated unexpectedly');
  };
  const connection = { executeQuery: async () => ({ rows: [] }) };
  const driver = {
    init: async () => undefined,
    acquireConnection: async () => connection,
    beginTransaction: fail('begin'),
    commitTransaction: fail('commit'),
    rollbackTransaction: fail('rollback'),
    releaseConnection: async (c: object) => void released.push(c),
    destroy: async () => undefined,
  } as unknown as Driver;
  return { driver: releasingOnFailure(driver), released, connection };
}

describe('a transaction whose connection broke gives it back (kysely-org/kysely#1990)', () => {
  it('releases the connection when begin fails: Kysely would not', async () => {
    const { driver, released, connection } = fakeDriver(['begin']);
    const c = await driver.acquireConnection();
    await expect(driver.beginTransaction(c, {})).rejects.toThrow('Connection terminated');
    expect(released).toEqual([connection]);
  });

  it('releases it when rollback fails, once, even if somebody releases it again', async () => {
    const { driver, released } = fakeDriver(['rollback']);
    const c = await driver.acquireConnection();
    await driver.beginTransaction(c, {});
    await expect(driver.rollbackTransaction(c)).rejects.toThrow();
    await driver.releaseConnection(c);
    expect(released).toHaveLength(1);
  });

  it('leaves a failed commit to the rollback that always follows it', async () => {
    const { driver, released } = fakeDriver(['commit']);
    const c = await driver.acquireConnection();
    await driver.beginTransaction(c, {});
    await expect(driver.commitTransaction(c)).rejects.toThrow();
    expect(released).toHaveLength(0);
    await driver.rollbackTransaction(c);
    await driver.releaseConnection(c);
    expect(released).toHaveLength(1);
  });

  it('releases normally otherwise, and a connection handed out again can be released again', async () => {
    const { driver, released } = fakeDriver([]);
    for (let i = 0; i < 3; i++) {
      const c = await driver.acquireConnection();
      await driver.beginTransaction(c, {});
      await driver.commitTransaction(c);
      await driver.releaseConnection(c);
    }
    expect(released).toHaveLength(3);
  });
});
