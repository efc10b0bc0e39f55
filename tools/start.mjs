#!/usr/bin/env node
/*
 * `npm start`: builds, creates and migrates each service's database, starts the four services and the
 * gateway against this machine's PostgreSQL and NATS (DATABASE_URL and NATS_URL override them), waits
 * until all are ready, loads demo data, and stops everything cleanly on Ctrl-C.
 *
 * It supervises what it started (tools/supervisor.mjs, decision 0078): a process that dies is started
 * again after a pause that doubles each time, and when one dies 5 times within 3 minutes everything is
 * stopped and `npm start` exits 1 naming it.
 *
 * PORT (gateway, 3000), SERVICE_PORT_BASE (the services' health ports, 3101…3104) and
 * DATABASE_NAME_PREFIX (pcs_) let a second copy run beside the first, as the tests do.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeGiveUp, Supervisor } from './supervisor.mjs';

const root = path.resolve(import.meta.dirname, '..');
const databaseServer = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseNamePrefix = process.env.DATABASE_NAME_PREFIX ?? 'pcs_';
const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const gatewayPort = Number(process.env.PORT ?? 3000);
const servicePortBase = Number(process.env.SERVICE_PORT_BASE ?? 3101);
const logLevel = process.env.LOG_LEVEL ?? 'info';
const services = ['complaints', 'maintenance', 'billing', 'residents'].map((name, i) => ({
  name,
  port: servicePortBase + i,
}));
const supervisor = new Supervisor({ log: say });
let stopping = false;

function databaseUrl(service) {
  const url = new URL(databaseServer);
  url.pathname = `/${databaseNamePrefix}${service}`;
  return url.toString();
}

function say(line) {
  process.stdout.write(`\x1b[1m[start]\x1b[0m ${line}\n`);
}

/** Shows each JSON log line as `time service level message`, with the fields that matter. */
function relay(name, stream) {
  let buffer = '';
  stream.on('data', (chunk) => {
    buffer += chunk;
    let newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      try {
        const { time, level, msg, service, correlationId, err } = JSON.parse(line);
        const extra = [correlationId && `corr=${correlationId}`, err?.message && `err=${err.message}`]
          .filter(Boolean)
          .join(' ');
        process.stdout.write(
          `${String(time).slice(11, 19)} ${(service ?? name).padEnd(11)} ${level.padEnd(5)} ${msg ?? ''} ${extra}\n`,
        );
      } catch {
        if (line.trim()) process.stdout.write(`${name.padEnd(20)} ${line}\n`);
      }
    }
  });
}

function run(name, script, env) {
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development', NATS_URL: natsUrl, LOG_LEVEL: logLevel, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  relay(name, child.stdout);
  relay(name, child.stderr);
  return child;
}

async function isReady(port) {
  try {
    return (await fetch(`http://127.0.0.1:${port}/health/ready`)).ok;
  } catch {
    return false; // not listening yet
  }
}

async function waitReady(name, port, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping || (await isReady(port))) return;
    await sleep(250);
  }
  throw new Error(`${name} did not become ready on port ${port} within ${timeoutMs / 1000} s`);
}

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await supervisor.stop();
  say('stopped');
  process.exit(code);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
supervisor.gaveUp.then((giveUp) => {
  say(`${describeGiveUp(giveUp)}; stopping everything`);
  void stopAll(1);
});

say('building…');
const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);
// Fonts and other files tsc does not emit (the statement PDF's font).
const assets = spawnSync(process.execPath, [path.join(root, 'tools/copy-assets.mjs')], { stdio: 'inherit' });
if (assets.status !== 0) process.exit(assets.status ?? 1);
// Each service's process as one file, which its dist/main.js runs (decision 0178).
const bundles = spawnSync(process.execPath, [path.join(root, 'tools/bundle.mjs')], { stdio: 'inherit' });
if (bundles.status !== 0) process.exit(bundles.status ?? 1);
// The staff console, which the gateway serves at /console: rebuilt only when a source is newer than
// the build (like `tsc -b`), so that a copy starting beside a running one does not rewrite its files.
if (consoleBuildIsStale()) {
  const consoleBuild = spawnSync('npm', ['run', '--silent', 'build', '--workspace=@pcs/console'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (consoleBuild.status !== 0) process.exit(consoleBuild.status ?? 1);
}

function consoleBuildIsStale() {
  const app = path.join(root, 'apps/console');
  const built = path.join(app, 'dist/index.html');
  if (!existsSync(built)) return true;
  const sources = [
    path.join(app, 'index.html'),
    path.join(app, 'vite.config.ts'),
    path.join(app, 'package.json'),
    path.join(root, 'docs/openapi.json'),
    ...readdirSync(path.join(app, 'src'), { recursive: true }).map((f) => path.join(app, 'src', f)),
  ];
  const builtAt = statSync(built).mtimeMs;
  return sources.some((file) => statSync(file).mtimeMs > builtAt);
}

say('migrating databases…');
await Promise.all(
  services.map(
    ({ name }) =>
      new Promise((resolve, reject) => {
        const child = run(`${name}-migrate`, `services/${name}/dist/migrate.js`, {
          DATABASE_URL: databaseUrl(name),
        });
        child.once('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`${name} migrations failed`)),
        );
      }),
  ),
).catch((error) => {
  say(error.message);
  process.exit(1);
});

/** Says when a restarted process serves again; the gateway answers 503 for its part meanwhile. */
function announceReadyAgain(name, port) {
  return async (child, restarts) => {
    if (restarts === 0) return;
    // Until it is ready, or dies again (the supervisor reports that).
    while (!stopping && child.exitCode === null && child.signalCode === null) {
      if (await isReady(port)) return say(`${name} is ready again`);
      await sleep(250);
    }
  };
}

for (const { name, port } of services) {
  supervisor.supervise(name, {
    start: () =>
      run(name, `services/${name}/dist/main.js`, { PORT: String(port), DATABASE_URL: databaseUrl(name) }),
    onStart: announceReadyAgain(name, port),
  });
}
supervisor.supervise('gateway', {
  start: () => run('gateway', 'services/gateway/dist/main.js', { PORT: String(gatewayPort) }),
  onStart: announceReadyAgain('gateway', gatewayPort),
});

try {
  await Promise.all([
    ...services.map(({ name, port }) => waitReady(name, port)),
    waitReady('gateway', gatewayPort),
  ]);
} catch (error) {
  say(error.message);
  await stopAll(1);
}

if (process.env.DEMO_DATA !== 'false') {
  const { loadDemoData } = await import('./demo-data.mjs');
  await loadDemoData(`http://127.0.0.1:${gatewayPort}`).catch((error) =>
    say(`demo data not loaded: ${error.message}`),
  );
}

const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
say(`物业客户服务中心 ${version} is running:
    console    http://127.0.0.1:${gatewayPort}/console/   (development sign-in: pick a demo staff member)
    API        http://127.0.0.1:${gatewayPort}/api/v1
    API docs   http://127.0.0.1:${gatewayPort}/api/docs
    health     ${[...services.map((s) => `${s.name}:${s.port}`), `gateway:${gatewayPort}`].join('  ')}
  A token:  TOKEN=$(npm run -s token -- --roles front-desk --communities GZ01)
  Then:     curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:${gatewayPort}/api/v1/complaints/<id>
  A process that dies is restarted; Ctrl-C stops everything.`);
