// node --test tools/images/broken-image.test.mjs (npm run images:ci runs it after the images are built)
//
// The check must fail, and say why, when an image is broken: a variant of the residents image with
// one compiled file removed (a one-layer image on top of the built one: seconds, not a rebuild), and
// images that disagree with their manifests.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { disagreements } from '../images-check.mjs';
import { overlayImages } from '../images.mjs';
import { engineOutput, findEngine, REPO } from './engine.mjs';

test('an image that lacks a dist file fails the check, which names the file', () => {
  const engine = findEngine();
  assert.equal(engine.unavailable, undefined, `a container engine is needed: ${engine.unavailable}`);
  // Both dist/migrate.js and dist/main.js import it: the migration Job is the first to fail.
  const missing = '/app/services/residents/dist/residents.service-spec.js';
  const broken = 'localhost/pcs/residents:missing-dist-file';
  const context = mkdtempSync(join(tmpdir(), 'pcs-broken-image-'));
  try {
    writeFileSync(
      join(context, 'Dockerfile'),
      `FROM ${overlayImages().residents}\nUSER 0:0\nRUN test -f ${missing} && rm ${missing}\nUSER 1000:1000\n`,
    );
    engineOutput(engine, ['build', '-t', broken, context], { stdio: ['ignore', 'pipe', 'pipe'] });
    const result = spawnSync(
      process.execPath,
      [join(REPO, 'tools/images-check.mjs'), '--only', 'residents', '--image', `residents=${broken}`],
      { cwd: REPO, encoding: 'utf8' },
    );
    assert.notEqual(result.status, 0, `the check passed on a broken image:\n${result.stderr}`);
    assert.match(
      result.stderr,
      new RegExp(`Job/residents-migrate: image ${broken} lacks ${missing.replaceAll('.', '\\.')}`),
    );
  } finally {
    rmSync(context, { recursive: true, force: true });
    spawnSync(engine.command, [...engine.baseArgs, 'rmi', '-f', broken], {
      env: engine.env,
      stdio: 'ignore',
    });
  }
});

const deployment = () => ({
  id: 'Deployment/residents',
  user: 1000,
  group: 1000,
  runAsNonRoot: true,
  readOnly: true,
  tmpfs: [{ path: '/tmp', size: '64Mi' }],
  container: {
    ports: [{ name: 'http', containerPort: 8080 }],
    startupProbe: { httpGet: { path: '/health/live', port: 'http' } },
    readinessProbe: { httpGet: { path: '/health/ready', port: 'http' } },
    livenessProbe: { httpGet: { path: '/health/live', port: 'http' } },
  },
});
const image = () => ({ user: '1000:1000', env: { PORT: '8080' }, exposed: ['8080/tcp'] });
const ref = 'registry.example.com/pcs/residents:0.1.0';

test('an image and manifest that agree give no disagreement', () => {
  assert.deepEqual(disagreements(deployment(), image(), ref, { PORT: '8080' }), []);
});

test('each kind of disagreement is named with both sides', () => {
  const root = disagreements(deployment(), { ...image(), user: '' }, ref, { PORT: '8080' });
  assert.ok(
    root.some((p) => p.includes('runAsNonRoot') && p.includes('USER ""')),
    root.join('\n'),
  );
  const port = disagreements(
    deployment(),
    { ...image(), env: { PORT: '3000' }, exposed: ['3000/tcp'] },
    ref,
    {
      PORT: '9090',
    },
  );
  assert.ok(
    port.some((p) => p.includes('containerPort 8080') && p.includes('PORT=9090')),
    port.join('\n'),
  );
  assert.ok(
    port.some((p) => p.includes('exposes 3000/tcp')),
    port.join('\n'),
  );
  assert.ok(
    port.some((p) => p.includes(`image ${ref} sets PORT=3000`)),
    port.join('\n'),
  );
  const probe = deployment();
  probe.container.readinessProbe.httpGet.port = 'metrics';
  assert.deepEqual(disagreements(probe, image(), ref, { PORT: '8080' }), [
    'Deployment/residents: readinessProbe uses port metrics, which the container does not declare',
  ]);
  const writable = { ...deployment(), tmpfs: [] };
  assert.deepEqual(disagreements(writable, image(), ref, { PORT: '8080' }), [
    'Deployment/residents has a read-only root but no writable emptyDir at /tmp',
  ]);
  assert.deepEqual(disagreements({ ...deployment(), user: 1001 }, image(), ref, { PORT: '8080' }), [
    `Deployment/residents runs as user 1001 but image ${ref} has USER 1000:1000`,
  ]);
});
