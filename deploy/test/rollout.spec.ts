import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEPLOY_DIR } from './render.js';

/**
 * Runs deploy/scripts/rollout.sh against a stand-in kubectl that records its calls (and renders with
 * the real kubectl), to show the order: infrastructure, then migrations, then the new version.
 */
function rollout(migrationState: 'Complete' | 'Failed'): { status: number | null; calls: string[] } {
  const realKubectl = execFileSync('bash', ['-c', 'command -v kubectl'], { encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'rollout-'));
  const log = join(dir, 'calls.log');
  writeFileSync(
    join(dir, 'kubectl'),
    `#!/usr/bin/env bash
if [ "$1" = kustomize ]; then exec "${realKubectl}" "$@"; fi
echo "$*" >> "${log}"
case "$*" in
  *"get job"*) printf 'billing-migrate ${migrationState}\\ncomplaints-migrate ${migrationState}\\n' ;;
  *"get deployment"*) printf 'deployment.apps/gateway\\ndeployment.apps/billing\\n' ;;
esac
`,
  );
  chmodSync(join(dir, 'kubectl'), 0o755);
  const result = spawnSync('bash', [join(DEPLOY_DIR, 'scripts', 'rollout.sh'), 'prod'], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${dir}:${process.env['PATH'] ?? ''}` },
  });
  const calls = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.replace(/-f \S+/, '-f <rendered>'));
  rmSync(dir, { recursive: true, force: true });
  return { status: result.status, calls };
}

describe('rollout script', () => {
  it('applies infrastructure, waits, runs the migrations to completion, then rolls out the services', () => {
    const { status, calls } = rollout('Complete');
    expect(status).toBe(0);
    expect(calls).toEqual([
      'apply -f <rendered> --selector app.kubernetes.io/component notin (server,migration)',
      '-n pcs wait --for=condition=Ready clusters.postgresql.cnpg.io --all --timeout=900s',
      '-n pcs rollout status statefulset/nats --timeout=900s',
      '-n pcs delete job --selector app.kubernetes.io/component=migration --ignore-not-found --wait=true',
      'apply -f <rendered> --selector app.kubernetes.io/component=migration',
      expect.stringMatching(/^-n pcs get job --selector app.kubernetes.io\/component=migration -o jsonpath=/),
      'apply -f <rendered> --selector app.kubernetes.io/component!=migration',
      '-n pcs get deployment --selector app.kubernetes.io/component=server -o name',
      '-n pcs rollout status deployment.apps/gateway --timeout=900s',
      '-n pcs rollout status deployment.apps/billing --timeout=900s',
    ]);
  });

  it('stops before the new version when a migration fails', () => {
    const { status, calls } = rollout('Failed');
    expect(status).toBe(1);
    expect(calls.some((call) => call.includes('component!=migration'))).toBe(false);
    expect(calls.at(-1)).toMatch(/^-n pcs logs --selector app.kubernetes.io\/component=migration/);
  });
});
