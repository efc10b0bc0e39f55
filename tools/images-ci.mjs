#!/usr/bin/env node
// npm run images:ci — the CI phase after `npm test` (.ci/run): builds the images (npm run images), runs
// the system from them as the dev overlay does (npm run images:check), and proves that a broken image
// fails that check (tools/images/*.test.mjs). Skipped, saying why, only where no container engine
// can be had (no Docker daemon, and podman neither installed nor installable).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findEngine, REPO } from './images/engine.mjs';

const log = (message) => process.stderr.write(`[images:ci] ${message}\n`);
const started = Date.now();
const seconds = (from) => Math.round((Date.now() - from) / 1000);

const engine = findEngine();
if (engine.unavailable) {
  log(`SKIPPED: the images are neither built nor run here, because ${engine.unavailable}.`);
  process.exit(0);
}

const steps = [
  ['build the images', ['tools/images.mjs']],
  ['run the system from them', ['tools/images-check.mjs']],
  [
    'a broken image fails the check',
    [
      '--test',
      ...readdirSync(join(REPO, 'tools/images'))
        .filter((f) => f.endsWith('.test.mjs'))
        .map((f) => join('tools/images', f)),
    ],
  ],
];
for (const [title, args] of steps) {
  const t = Date.now();
  log(`${title} (${engine.name}) …`);
  const result = spawnSync(process.execPath, args, { cwd: REPO, stdio: 'inherit' });
  if (result.status !== 0) {
    log(`FAILED: ${title} (exit ${result.status}, after ${seconds(t)} s)`);
    process.exit(1);
  }
  log(`${title}: ${seconds(t)} s`);
}
log(`images phase passed in ${seconds(started)} s`);
