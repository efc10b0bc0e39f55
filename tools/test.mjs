#!/usr/bin/env node
/*
 * `npm test`: every check, in the order that fails fastest: formatting, lint, types, unit tests,
 * the build, integration tests (real PostgreSQL and NATS), then end-to-end journeys through the
 * gateway against every service started as a real process. Stops at the first failing phase.
 *
 *   npm test                      every phase, the long fault tests at their quick scale
 *   npm test -- --full            the same with the hundreds of kills and the long outages
 *   npm test -- unit integration  only the phases named (by the start of their names)
 */
import { spawnSync } from 'node:child_process';

// In CI every task runs: a result cached on this machine proves nothing about this checkout.
const cache = process.env.CI ? ['--skip-nx-cache'] : [];
const nx = (...args) => ['nx', ...args, '--outputStyle=static', ...cache];
const phases = [
  ['format', ['prettier', '--check', '--log-level', 'warn', '.']],
  // Lint and type checks each work out the workspace's types once, over one program for every Node
  // project (tsconfig.typecheck.json) and one for the console (browser settings), rather than once
  // per project, each of which would check the libraries it imports again: a quarter of the work.
  // Nx's module-boundary rule reads the project graph nx caches; outside an nx task (a fresh clone) it
  // would skip itself with only a warning, so the graph is computed first.
  [
    'lint',
    ['sh', '-c', 'nx show projects > /dev/null && eslint --max-warnings 0 .'],
    { PCS_LINT_WHOLE: '1' },
  ],
  ['types', ['tsc', '-p', 'tsconfig.typecheck.json']],
  ['console types', ['tsc', '-p', 'apps/console/tsconfig.json']],
  ['unit tests', nx('run-many', '-t', 'test')],
  ['build', ['npm', 'run', '--silent', 'build']],
  ['integration tests', nx('run-many', '-t', 'test-integration')],
  ['end-to-end tests', nx('run', 'e2e:e2e')],
];

const args = process.argv.slice(2);
const full = args.includes('--full');
const only = args.filter((a) => a !== '--full');
const started = Date.now();
for (const [name, [command, ...args], env = {}] of phases) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  const t = Date.now();
  process.stdout.write(`\n\x1b[1m▶ ${name}\x1b[0m\n`);
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', ...env, ...(full ? { PCS_TEST_SCALE: 'full' } : {}) },
  });
  const seconds = ((Date.now() - t) / 1000).toFixed(0);
  if (status !== 0) {
    process.stdout.write(`\n\x1b[31m✖ ${name} failed after ${seconds} s\x1b[0m\n`);
    process.exit(status ?? 1);
  }
  process.stdout.write(`\x1b[32m✔ ${name} (${seconds} s)\x1b[0m\n`);
}
process.stdout.write(
  `\n\x1b[32m✔ all checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s\x1b[0m\n`,
);
