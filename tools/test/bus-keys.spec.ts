import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { BUS_PROCESSES } from '@pcs/contracts';
import { BusIdentitySigner, BusIdentityVerifier, ProcessEnv, parseTrustedKeys, readEnv } from '@pcs/platform';

const TOOL = path.resolve(import.meta.dirname, '../bus-keys.mjs');

/** What `npm run --silent bus-keys` prints, as the README's commands read it: `name=value` lines. */
function runTool(): Map<string, string> {
  const output = execFileSync(process.execPath, [TOOL], { encoding: 'utf8' });
  return new Map(
    output
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const),
  );
}

describe('npm run bus-keys', () => {
  const keys = runTool();

  it('prints a private key for every process and one BUS_TRUSTED_KEYS line', () => {
    expect([...keys.keys()]).toEqual([...BUS_PROCESSES, 'BUS_TRUSTED_KEYS']);
    expect(Object.keys(parseTrustedKeys(keys.get('BUS_TRUSTED_KEYS')!))).toEqual([...BUS_PROCESSES]);
  });

  it('prints keys each process accepts at start-up in production', () => {
    for (const name of BUS_PROCESSES) {
      const env = readEnv(
        ProcessEnv,
        undefined,
        {
          NODE_ENV: 'production',
          PORT: '8080',
          BUS_SIGNING_KEY: keys.get(name),
          BUS_TRUSTED_KEYS: keys.get('BUS_TRUSTED_KEYS'),
        },
        name,
      );
      expect(env.BUS_SIGNING_KEY).toBe(keys.get(name));
    }
  });

  it('pairs each private key with its public key: what a process signs, the others verify', async () => {
    const verifier = new BusIdentityVerifier(parseTrustedKeys(keys.get('BUS_TRUSTED_KEYS')!));
    for (const name of BUS_PROCESSES) {
      const actor = { sub: `service:${name}`, name, companyId: 'HRX', roles: [], communities: [] };
      const token = await new BusIdentitySigner(name, keys.get(name)!).sign(actor);
      await expect(verifier.verify(token)).resolves.toMatchObject({ sub: `service:${name}` });
    }
  });

  it('prints a fresh set every time', () => {
    expect(runTool().get('gateway')).not.toBe(keys.get('gateway'));
  });
});
