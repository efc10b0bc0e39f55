#!/usr/bin/env node
// npm run images:check [-- --only residents] [--image residents=<ref>] [--keep]
//
// Runs the images that `npm run images` built the way the dev overlay runs them, on this machine:
//  1. renders deploy/k8s/overlays/dev (`kubectl kustomize`) and compares each image with its
//     Deployment and migration Job: user, port, probes' port, read-only root and its writable mounts;
//  2. writes each container's environment to an env file from the rendered ConfigMaps and from the
//     Secrets the deploy README tells operators to create (generated here, as that README does);
//  3. plays CloudNativePG: creates each Cluster's database, owner and runtime role from database.yaml
//     (its postInitApplicationSQL and managed roles), under names of this run's own;
//  4. runs each migration Job (same image, command, user, read-only root, CREATE_DATABASE=false,
//     the owner's URI), then starts the five Deployments' containers (no command: the image's),
//     host network to this machine's PostgreSQL and NATS, and waits for their probes;
//  5. drives a resident and a complaint journey through the gateway container with a staff token;
//  6. stops them as Kubernetes does (preStop sleep, then SIGTERM) while complaints are being
//     registered, and checks each exits 0 within terminationGracePeriodSeconds with nothing lost:
//     every complaint acknowledged is stored and its event published, no outbox row left pending.
// Any disagreement between image and manifest fails the check naming both sides.
//
// Kubernetes' Service names become this machine's addresses (nats → 127.0.0.1:4222, <cluster>-rw →
// 127.0.0.1:5432), databases and roles get a per-run name, the bus a per-run BUS_PREFIX, and PORT a
// free port per container: with host networking the five would otherwise all listen on 8080.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pg from 'pg';
import { parseAllDocuments } from 'yaml';
import { generateBusKeys } from './bus-keys.mjs';
import { overlayImages } from './images.mjs';
import { engineOutput, findEngine, REPO, SERVICES, WORK_DIR } from './images/engine.mjs';

const DATA_SERVICES = SERVICES.filter((s) => s !== 'gateway');
const PG_HOST = '127.0.0.1';
const PG_PORT = 5432;
const NATS_LOCAL = '127.0.0.1:4222';
const ADMIN_URL =
  process.env['PCS_TEST_DATABASE_SERVER_URL'] ?? `postgres://postgres@${PG_HOST}:${PG_PORT}/postgres`;

export class CheckFailure extends Error {}
const fail = (message) => {
  throw new CheckFailure(message);
};
const log = (message) => process.stderr.write(`[images:check] ${message}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// The manifests

export function renderDevOverlay() {
  let text;
  try {
    text = execFileSync('kubectl', ['kustomize', join(REPO, 'deploy/k8s/overlays/dev')], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    if (error.code === 'ENOENT')
      fail('kubectl is needed to render deploy/k8s/overlays/dev (kubectl kustomize)');
    throw error;
  }
  return parseAllDocuments(text)
    .map((d) => d.toJS())
    .filter(Boolean);
}

const find = (objects, kind, name) => objects.find((o) => o.kind === kind && o.metadata.name === name);

/** The one container of a workload, with what Kubernetes would do with it. */
function workload(objects, kind, name) {
  const object = find(objects, kind, name);
  if (!object) fail(`the dev overlay has no ${kind}/${name}`);
  const pod = object.spec.template.spec;
  const container = pod.containers[0];
  const id = `${kind}/${name}`;
  const emptyDirs = new Set((pod.volumes ?? []).filter((v) => v.emptyDir).map((v) => v.name));
  return {
    id,
    pod,
    container,
    user: container.securityContext?.runAsUser ?? pod.securityContext?.runAsUser,
    group: container.securityContext?.runAsGroup ?? pod.securityContext?.runAsGroup,
    runAsNonRoot: container.securityContext?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot,
    readOnly: container.securityContext?.readOnlyRootFilesystem === true,
    tmpfs: (container.volumeMounts ?? [])
      .filter((m) => emptyDirs.has(m.name))
      .map((m) => ({
        path: m.mountPath,
        size: pod.volumes.find((v) => v.name === m.name).emptyDir.sizeLimit,
      })),
    grace: pod.terminationGracePeriodSeconds ?? 30,
    preStopSleep: container.lifecycle?.preStop?.sleep?.seconds ?? 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Local stand-ins for what the cluster provides

/** Per-run names: databases and roles are cluster-wide in PostgreSQL, and other runs share it. */
function namer(token) {
  const pattern = new RegExp(`\\bpcs_(${DATA_SERVICES.join('|')})`, 'g');
  return (text) => text.replace(pattern, `pcs_ic${token}_$1`);
}

/**
 * The Secrets deploy/README.md has operators create (and the ones CloudNativePG creates), generated
 * as that README does: name → key → value.
 */
function makeSecrets(objects, rename) {
  const secrets = {};
  const config = {};
  const keys = generateBusKeys(SERVICES);
  for (const k of keys) {
    secrets[`${k.process}-nats`] = { NATS_PASSWORD: `p${randomBytes(24).toString('hex')}` };
    secrets[`${k.process}-bus-key`] = { BUS_SIGNING_KEY: k.privateKey };
  }
  config['bus-trusted-keys'] = { BUS_TRUSTED_KEYS: keys.map((k) => `${k.process}=${k.publicKey}`).join(',') };
  secrets['gateway-auth'] = { AUTH_JWT_SECRET: randomBytes(32).toString('hex') };
  const clusters = [];
  for (const cluster of objects.filter((o) => o.kind === 'Cluster')) {
    const initdb = cluster.spec.bootstrap.initdb;
    const database = rename(initdb.database);
    const owner = rename(initdb.owner);
    const ownerPassword = randomBytes(24).toString('hex');
    const roles = [];
    for (const role of cluster.spec.managed?.roles ?? []) {
      const password = randomBytes(24).toString('hex');
      if (role.passwordSecret) {
        secrets[role.passwordSecret.name] = { username: rename(role.name), password };
      }
      roles.push({ ...role, name: rename(role.name), password });
    }
    // CloudNativePG's <cluster>-app: the owner's credentials and connection string.
    secrets[`${cluster.metadata.name}-app`] = {
      username: owner,
      password: ownerPassword,
      uri: `postgresql://${owner}:${ownerPassword}@${cluster.metadata.name}-rw:5432/${database}`,
    };
    clusters.push({
      name: cluster.metadata.name,
      database,
      owner,
      ownerPassword,
      roles,
      postInit: (initdb.postInitApplicationSQL ?? []).map(rename),
    });
  }
  return { secrets, config, clusters, rename };
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(database) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** What CloudNativePG does when it bootstraps a Cluster and reconciles its managed roles. */
async function bootstrapCluster(cluster) {
  await withClient(ADMIN_URL, async (c) => {
    await c.query(`CREATE ROLE "${cluster.owner}" LOGIN PASSWORD '${cluster.ownerPassword}'`);
    await c.query(`CREATE DATABASE "${cluster.database}" OWNER "${cluster.owner}"`);
  });
  await withClient(databaseUrl(cluster.database), async (c) => {
    for (const sql of cluster.postInit) await c.query(sql);
    for (const role of cluster.roles) {
      const exists = (await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.name])).rowCount > 0;
      const options = [
        role.login ? 'LOGIN' : 'NOLOGIN',
        role.inherit === false ? 'NOINHERIT' : 'INHERIT',
        `CONNECTION LIMIT ${role.connectionLimit ?? -1}`,
        `PASSWORD '${role.password}'`,
      ].join(' ');
      await c.query(`${exists ? 'ALTER' : 'CREATE'} ROLE "${role.name}" ${options}`);
    }
  });
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/**
 * Removes what an interrupted run left behind: its containers, databases, roles and streams carry the
 * id of the process that made them (pcs-imgchk-<pid>x…, pcs_ic<pid>x…, IC<PID>X…_), and that process is gone.
 */
async function sweepLeftovers(engine) {
  const names = engineOutput(engine, ['ps', '-a', '--format', '{{.Names}}'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
    .split('\n')
    .filter((n) => /^pcs-imgchk-(\d+)x/.test(n) && !alive(Number(/^pcs-imgchk-(\d+)x/.exec(n)[1])));
  if (names.length) engineOutput(engine, ['rm', '-f', ...names], { stdio: ['ignore', 'pipe', 'pipe'] });
  const dead = (name) => {
    const match = /^pcs_ic(\d+)x/.exec(name);
    return match && !alive(Number(match[1]));
  };
  const prefixes = new Set();
  await withClient(ADMIN_URL, async (c) => {
    for (const { datname } of (
      await c.query("SELECT datname FROM pg_database WHERE datname LIKE 'pcs\\_ic%'")
    ).rows) {
      if (!dead(datname)) continue;
      prefixes.add(`ic${/^pcs_ic([0-9a-fx]+)_/.exec(datname)?.[1]}`);
      await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    for (const { rolname } of (await c.query("SELECT rolname FROM pg_roles WHERE rolname LIKE 'pcs\\_ic%'"))
      .rows) {
      if (dead(rolname)) await c.query(`DROP ROLE IF EXISTS "${rolname}"`);
    }
  });
  for (const prefix of prefixes) await deleteStreams(prefix);
  if (names.length || prefixes.size)
    log(`removed what interrupted runs left: ${[...names, ...prefixes].join(', ')}`);
}

async function dropClusters(clusters) {
  await withClient(ADMIN_URL, async (c) => {
    for (const cluster of clusters) {
      await c.query(`DROP DATABASE IF EXISTS "${cluster.database}" WITH (FORCE)`);
      for (const role of cluster.roles) await c.query(`DROP ROLE IF EXISTS "${role.name}"`);
      await c.query(`DROP ROLE IF EXISTS "${cluster.owner}"`);
    }
  });
}

/** Maps the cluster's Service addresses in a URL-valued variable to this machine's. */
function localAddress(objects, stand, id, name, value) {
  const services = new Set(objects.filter((o) => o.kind === 'Service').map((o) => o.metadata.name));
  const clusters = new Set(objects.filter((o) => o.kind === 'Cluster').map((o) => o.metadata.name));
  if (name === 'NATS_URL') {
    return value
      .split(',')
      .map((url) => {
        const parsed = new URL(url);
        if (!services.has(parsed.hostname))
          fail(`${id}: NATS_URL names host ${parsed.hostname}, which is no Service of the overlay`);
        return `${parsed.protocol}//${NATS_LOCAL}`;
      })
      .join(',');
  }
  if (name === 'DATABASE_URL') {
    const parsed = new URL(value);
    const cluster = parsed.hostname.replace(/-rw$/, '');
    if (!parsed.hostname.endsWith('-rw') || !clusters.has(cluster)) {
      fail(
        `${id}: DATABASE_URL names host ${parsed.hostname}, which is no CloudNativePG Cluster's -rw Service`,
      );
    }
    parsed.hostname = PG_HOST;
    parsed.port = String(PG_PORT);
    parsed.pathname = `/${stand.rename(parsed.pathname.slice(1))}`;
    return parsed.toString();
  }
  return value;
}

/** The container's environment as the kubelet would give it, then pointed at this machine. */
function containerEnv(objects, w, stand) {
  const env = {};
  for (const source of w.container.envFrom ?? []) {
    const name = source.configMapRef?.name ?? source.secretRef?.name;
    const map = source.configMapRef ? find(objects, 'ConfigMap', name)?.data : stand.secrets[name];
    if (!map)
      fail(
        `${w.id}: envFrom names ${source.configMapRef ? 'ConfigMap' : 'Secret'} ${name}, which the overlay does not have`,
      );
    Object.assign(env, map);
  }
  for (const entry of w.container.env ?? []) {
    if ('value' in entry) {
      env[entry.name] = String(entry.value).replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (whole, ref) =>
        ref in env ? env[ref] : whole,
      );
    } else if (entry.valueFrom?.secretKeyRef) {
      const { name, key } = entry.valueFrom.secretKeyRef;
      const value = stand.secrets[name]?.[key];
      if (value === undefined)
        fail(
          `${w.id}: ${entry.name} reads key ${key} of Secret ${name}, which deploy/README.md does not create`,
        );
      env[entry.name] = value;
    } else if (entry.valueFrom?.configMapKeyRef) {
      const { name, key } = entry.valueFrom.configMapKeyRef;
      const value = find(objects, 'ConfigMap', name)?.data?.[key] ?? stand.config[name]?.[key];
      if (value === undefined)
        fail(`${w.id}: ${entry.name} reads key ${key} of ConfigMap ${name}, which nothing creates`);
      env[entry.name] = value;
    } else {
      fail(`${w.id}: ${entry.name} has a valueFrom this check does not know`);
    }
  }
  for (const name of ['NATS_URL', 'DATABASE_URL']) {
    if (env[name] !== undefined) env[name] = localAddress(objects, stand, w.id, name, env[name]);
  }
  return env;
}

// ---------------------------------------------------------------------------------------------
// Image against manifest

function inspectImage(engine, ref) {
  let out;
  try {
    out = engineOutput(engine, ['image', 'inspect', ref], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    fail(`image ${ref} is not built: run npm run images first`);
  }
  const config = JSON.parse(out)[0].Config ?? {};
  const env = Object.fromEntries(
    (config.Env ?? []).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]),
  );
  return {
    user: config.User ?? '',
    env,
    exposed: Object.keys(config.ExposedPorts ?? {}),
    cmd: config.Cmd,
    entrypoint: config.Entrypoint,
  };
}

/** Where image and manifest disagree, as sentences naming both; empty when they agree. */
export function disagreements(w, image, ref, env) {
  const problems = [];
  const imageUser = image.user.split(':');
  const manifestUser = [w.user, w.group].filter((x) => x !== undefined).map(String);
  if (w.runAsNonRoot && !/^[1-9][0-9]*$/.test(imageUser[0] ?? '')) {
    problems.push(
      `${w.id} has runAsNonRoot but image ${ref} has USER "${image.user}" (Kubernetes needs a non-zero user number)`,
    );
  }
  if (w.user !== undefined && imageUser[0] !== String(w.user)) {
    problems.push(`${w.id} runs as user ${w.user} but image ${ref} has USER ${image.user || '(root)'}`);
  }
  if (w.group !== undefined && imageUser[1] !== undefined && imageUser[1] !== String(w.group)) {
    problems.push(`${w.id} runs as group ${w.group} but image ${ref} has USER ${image.user}`);
  }
  if (!w.readOnly) problems.push(`${w.id} does not set readOnlyRootFilesystem`);
  if (w.readOnly && !w.tmpfs.some((t) => t.path === '/tmp')) {
    problems.push(`${w.id} has a read-only root but no writable emptyDir at /tmp`);
  }
  const ports = w.container.ports ?? [];
  for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
    const spec = w.container[probe];
    if (!spec && w.id.startsWith('Deployment/')) {
      problems.push(`${w.id} has no ${probe}`);
      continue;
    }
    if (!spec) continue;
    const port = spec.httpGet?.port;
    const declared =
      typeof port === 'number'
        ? ports.find((p) => p.containerPort === port)
        : ports.find((p) => p.name === port);
    if (!declared) problems.push(`${w.id}: ${probe} uses port ${port}, which the container does not declare`);
  }
  for (const p of ports) {
    if (env.PORT !== undefined && String(p.containerPort) !== String(env.PORT)) {
      problems.push(
        `${w.id} declares containerPort ${p.containerPort} but its environment sets PORT=${env.PORT}`,
      );
    }
    if (!image.exposed.includes(`${p.containerPort}/tcp`)) {
      problems.push(
        `${w.id} declares containerPort ${p.containerPort} but image ${ref} exposes ${image.exposed.join(', ') || 'nothing'}`,
      );
    }
    if (image.env.PORT !== undefined && image.env.PORT !== String(p.containerPort)) {
      problems.push(
        `${w.id} declares containerPort ${p.containerPort} but image ${ref} sets PORT=${image.env.PORT}`,
      );
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Containers

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function runArgs(engine, w, name, envFile) {
  const args = ['run', '--name', name, '--network', 'host', '--env-file', envFile];
  if (w.user !== undefined)
    args.push('--user', w.group !== undefined ? `${w.user}:${w.group}` : String(w.user));
  if (w.readOnly) {
    args.push('--read-only');
    // podman would otherwise add writable /tmp, /run and /var/tmp on its own, which Kubernetes does not.
    if (engine.name === 'podman') args.push('--read-only-tmpfs=false');
  }
  for (const t of w.tmpfs)
    args.push('--tmpfs', `${t.path}:rw,nosuid,nodev,size=${String(t.size ?? '64Mi').replace(/i$/, '')}`);
  if (w.container.securityContext?.allowPrivilegeEscalation === false)
    args.push('--security-opt', 'no-new-privileges');
  for (const cap of w.container.securityContext?.capabilities?.drop ?? []) args.push('--cap-drop', cap);
  // Kubernetes: `command` replaces the image's ENTRYPOINT, `args` its CMD.
  if (w.container.command) args.push('--entrypoint', JSON.stringify(w.container.command));
  args.push(w.container.image, ...(w.container.args ?? []));
  return args;
}

function writeEnvFile(dir, name, env) {
  const file = join(dir, `${name}.env`);
  for (const [key, value] of Object.entries(env)) {
    if (/[\r\n]/.test(value)) fail(`${name}: ${key} has a line break, which an env file cannot carry`);
  }
  writeFileSync(
    file,
    Object.entries(env)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
    { mode: 0o600 },
  );
  return file;
}

function containerLogs(engine, name) {
  const result = spawnSync(engine.command, [...engine.baseArgs, 'logs', name], {
    env: engine.env,
    encoding: 'utf8',
  });
  return `${result.stdout ?? ''}${result.stderr ?? ''}`;
}

/** Names what is missing from the image when node could not load a file, else the last log lines. */
export function explainExit(id, ref, logs) {
  const missing = /Cannot find (?:module|package) '([^']+)'(?: imported from (\S+))?/.exec(logs);
  if (missing) {
    return `${id}: image ${ref} lacks ${missing[1]}${missing[2] ? ` (imported by ${missing[2]})` : ''}`;
  }
  const tail = logs.trimEnd().split('\n').slice(-15).join('\n');
  return `${id}: ${tail ? `its log ends:\n${tail}` : 'no output'}`;
}

/** The migration Job: runs to completion, must exit 0. */
async function runJob(engine, w, name, envFile) {
  log(`${w.id}: ${w.container.command.join(' ')} in ${w.container.image}`);
  let output = '';
  let code = 0;
  try {
    output = execFileSync(
      engine.command,
      [...engine.baseArgs, ...runArgs(engine, w, name, envFile).toSpliced(1, 0, '--rm')],
      {
        env: engine.env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: (w.pod.activeDeadlineSeconds ?? 900) * 1000,
      },
    );
  } catch (error) {
    code = error.status ?? 1;
    output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
  }
  if (code !== 0) fail(`${explainExit(w.id, w.container.image, output)}\n(exit ${code})`);
}

function state(engine, name) {
  try {
    const [status, code] = engineOutput(
      engine,
      ['inspect', '--format', '{{.State.Status}} {{.State.ExitCode}}', name],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
      .trim()
      .split(' ');
    return { status, code: Number(code) };
  } catch {
    return { status: 'missing', code: -1 };
  }
}

async function httpGet(port, path, timeoutMs) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

/**
 * Waits as the kubelet does: the startup probe, then the readiness probe (a pod that is not ready gets
 * no traffic, however long that lasts; here it gets the startup probe's budget, then fails).
 */
async function waitForProbes(engine, w, name, port) {
  const startup = w.container.startupProbe;
  const budget =
    ((startup.initialDelaySeconds ?? 0) + (startup.periodSeconds ?? 10) * (startup.failureThreshold ?? 3)) *
    1000;
  // Probing more often than the period makes the check faster, never more lenient: the deadline is the same.
  const deadline = Date.now() + budget;
  for (const probeName of ['startupProbe', 'readinessProbe']) {
    const probe = w.container[probeName];
    const path = probe.httpGet.path;
    let last = 0;
    for (;;) {
      const s = state(engine, name);
      if (s.status !== 'running')
        fail(
          `${explainExit(w.id, w.container.image, containerLogs(engine, name))}\n(exited with ${s.code} before its ${probeName} passed)`,
        );
      last = await httpGet(port, path, (probe.timeoutSeconds ?? 1) * 1000);
      if (last >= 200 && last < 400) break;
      if (last === 404) fail(`${w.id}: ${probeName} path ${path} answers 404 in image ${w.container.image}`);
      if (Date.now() > deadline)
        fail(
          `${w.id}: ${probeName} GET ${path} did not pass within ${Math.round(budget / 1000)} s (last status ${last || 'no answer'}); ${explainExit(w.id, w.container.image, containerLogs(engine, name))}`,
        );
      await sleep(500);
    }
  }
}

/** As the kubelet stops a pod: preStop, SIGTERM, then waits up to the grace period; exit 0 expected. */
async function stopLikeKubernetes(engine, w, name, port) {
  const started = Date.now();
  if (w.preStopSleep) await sleep(w.preStopSleep * 1000);
  engineOutput(engine, ['kill', '--signal', 'TERM', name], { stdio: ['ignore', 'pipe', 'pipe'] });
  const deadline = started + w.grace * 1000;
  // The readiness probe must fail from SIGTERM on, or the Service would keep sending it requests.
  const ready = w.container.readinessProbe.httpGet.path;
  let stillReady = true;
  for (const until = Date.now() + 2000; stillReady && Date.now() < until;) {
    stillReady = (await httpGet(port, ready, 1000)) === 200;
    if (stillReady) await sleep(100);
  }
  if (stillReady) fail(`${w.id}: ${ready} still answers 200 two seconds after SIGTERM`);
  for (;;) {
    const s = state(engine, name);
    if (s.status === 'exited' || s.status === 'stopped') {
      if (s.code !== 0)
        fail(
          `${explainExit(w.id, w.container.image, containerLogs(engine, name))}\n(exited with ${s.code} after SIGTERM, not 0)`,
        );
      return Date.now() - started;
    }
    if (Date.now() > deadline) {
      fail(
        `${w.id}: still running ${w.grace} s (terminationGracePeriodSeconds) after preStop and SIGTERM; Kubernetes would kill it`,
      );
    }
    await sleep(250);
  }
}

// ---------------------------------------------------------------------------------------------
// Journeys through the gateway

function staffToken(secret, claims, env) {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    sub: 'staff-0001',
    name: '李娜',
    company: 'HRX',
    roles: ['front-desk'],
    communities: ['GZ01'],
    ...claims,
    iat: now,
    exp: now + 3600,
    ...(env.AUTH_ISSUER ? { iss: env.AUTH_ISSUER } : {}),
    ...(env.AUTH_AUDIENCE ? { aud: env.AUTH_AUDIENCE } : {}),
  };
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

function gatewayClient(port, env) {
  return async (claims, method, path, body, expected, headers = {}) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${staffToken(env.AUTH_JWT_SECRET, claims, env)}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    const json = text ? JSON.parse(text) : undefined;
    if (expected !== undefined && res.status !== expected) {
      fail(
        `journey: ${method} ${path} through the gateway answered ${res.status}, expected ${expected}: ${text.slice(0, 400)}`,
      );
    }
    return { status: res.status, json };
  };
}

const manager = { roles: ['cs-manager'], communities: ['*'] };
const desk = { roles: ['front-desk'], communities: ['GZ01'] };

async function residentJourney(call) {
  await call(
    manager,
    'POST',
    '/api/v1/communities',
    {
      id: 'GZ01',
      name: '锦绣花园',
      kind: 'residential',
      address: { province: '广东省', city: '广州市', district: '天河区', street: '天河路385号' },
    },
    201,
  );
  const building = (
    await call(
      manager,
      'POST',
      '/api/v1/communities/GZ01/buildings',
      { code: '3', name: '3栋', floorsAboveGround: 32 },
      201,
    )
  ).json;
  const unit = (
    await call(
      manager,
      'POST',
      `/api/v1/buildings/${building.id}/units`,
      {
        number: '1201',
        floor: 12,
        type: 'residence',
        grossAreaCentiM2: 8950,
        handoverDate: '2026-06-30',
      },
      201,
    )
  ).json;
  const owner = (
    await call(
      desk,
      'POST',
      '/api/v1/people',
      {
        communityId: 'GZ01',
        name: '王建国',
        phone: '13802251234',
        idDocument: { type: 'resident-id-card', number: '440108198803152417' },
      },
      201,
    )
  ).json;
  await call(
    desk,
    'POST',
    `/api/v1/units/${unit.id}/occupancies`,
    { personId: owner.id, role: 'owner', startDate: '2026-07-01' },
    201,
  );
  const read = (await call(desk, 'GET', `/api/v1/units/${unit.id}`, undefined, 200)).json;
  const occupants = (read.occupants ?? []).map((o) => `${o.name} ${o.phone}`);
  if (occupants.join() !== '王建国 138****1234')
    fail(`resident journey: unit ${unit.label} shows occupants ${JSON.stringify(occupants)}`);
  log(`resident journey: ${read.label} registered with its owner, phone masked`);
}

const complaint = (n) => ({
  communityId: 'GZ01',
  channel: 'call',
  customer: { surname: '王', phone: '13812345678' },
  location: '3栋1单元大堂',
  description: `大堂的感应灯坏了三天，晚上很黑（${n}）`,
  demand: '尽快修好',
  receivedAt: '2026-11-22T09:30:00+08:00',
  category: 'engineering-quality',
  intent: 'solve-problem',
});

/**
 * Complaints hears of GZ01 from residents' event, a moment after the resident journey created it, and
 * takes entries only in communities it has heard of (decision 0194): wait until its queue counts answer.
 */
async function untilComplaintsKnowsGz01(call) {
  for (let attempt = 0; ; attempt += 1) {
    const { status } = await call(desk, 'GET', '/api/v1/complaints/counts?communityId=GZ01');
    if (status === 200) return;
    if (attempt >= 120) fail(`journey: complaints never heard of GZ01 (counts answered ${status})`);
    await sleep(250);
  }
}

async function complaintJourney(call) {
  await untilComplaintsKnowsGz01(call);
  const created = (
    await call(desk, 'POST', '/api/v1/complaints', complaint(0), 201, { 'idempotency-key': 'images-check-0' })
  ).json;
  if (!/^TS-GZ01-\d{4}-\d{6}$/.test(created.number ?? ''))
    fail(`complaint journey: number ${created.number}`);
  const retry = (
    await call(desk, 'POST', '/api/v1/complaints', complaint(0), 201, { 'idempotency-key': 'images-check-0' })
  ).json;
  if (retry.id !== created.id) fail('complaint journey: an Idempotency-Key retry created a second complaint');
  const read = (await call(desk, 'GET', `/api/v1/complaints/${created.id}`, undefined, 200)).json;
  if (read.status !== 'registered')
    fail(`complaint journey: complaint ${created.number} reads back as ${read.status}`);
  log(`complaint journey: ${created.number} registered, retried idempotently, read back`);
  return created.id;
}

// ---------------------------------------------------------------------------------------------

async function outboxPending(database) {
  return withClient(databaseUrl(database), async (c) =>
    Number((await c.query("SELECT count(*) AS n FROM outbox_message WHERE status <> 'sent'")).rows[0].n),
  );
}

async function deleteStreams(prefix) {
  const nc = await connect({ servers: `nats://${NATS_LOCAL}` });
  try {
    const jsm = await jetstreamManager(nc);
    const streamPrefix = `${prefix.toUpperCase().replaceAll('-', '_')}_`;
    for await (const info of jsm.streams.list()) {
      if (info.config.name.startsWith(streamPrefix)) await jsm.streams.delete(info.config.name);
    }
  } finally {
    await nc.close();
  }
}

async function streamMessages(prefix, stream) {
  const nc = await connect({ servers: `nats://${NATS_LOCAL}` });
  try {
    const jsm = await jetstreamManager(nc);
    return (await jsm.streams.info(`${prefix.toUpperCase()}_${stream}`)).state.messages;
  } finally {
    await nc.close();
  }
}

export async function check({ only = SERVICES, images = {}, keep = false } = {}) {
  const started = Date.now();
  const engine = findEngine();
  if (engine.unavailable) fail(`no container engine: ${engine.unavailable}`);
  const objects = renderDevOverlay();
  await sweepLeftovers(engine);
  const refs = { ...overlayImages(), ...images };
  const token = `${process.pid}x${randomBytes(2).toString('hex')}`;
  const prefix = `ic${token}`;
  const rename = namer(token);
  const stand = makeSecrets(objects, rename);
  const dir = join(WORK_DIR, `check-${token}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const started_containers = [];
  const clusters = stand.clusters.filter((c) => only.some((s) => c.name === `${s}-db`));
  const runs = {};
  try {
    // Image against manifest, before anything runs.
    const problems = [];
    for (const service of only) {
      const image = inspectImage(engine, refs[service]);
      const deployment = workload(objects, 'Deployment', service);
      const env = containerEnv(objects, deployment, stand);
      if (deployment.container.image !== overlayImages()[service]) {
        problems.push(
          `${deployment.id} runs ${deployment.container.image}, which npm run images does not build (${overlayImages()[service]})`,
        );
      }
      // The overlay's image, or the one given instead (e.g. a variant built to prove the check fails).
      deployment.container.image = refs[service];
      problems.push(...disagreements(deployment, image, refs[service], env));
      runs[service] = { deployment, env, image };
      if (DATA_SERVICES.includes(service)) {
        const job = workload(objects, 'Job', `${service}-migrate`);
        job.container.image = deployment.container.image;
        const jobEnv = containerEnv(objects, job, stand);
        problems.push(
          ...disagreements(job, image, refs[service], jobEnv).filter((p) => !/Probe|containerPort/.test(p)),
        );
        if (!job.container.command)
          problems.push(`${job.id} has no command: it would start the server, not migrate`);
        if (jobEnv.CREATE_DATABASE !== 'false') problems.push(`${job.id} does not set CREATE_DATABASE=false`);
        runs[service].job = job;
        runs[service].jobEnv = jobEnv;
      }
    }
    if (problems.length) fail(`images and manifests disagree:\n  ${problems.join('\n  ')}`);
    log(`${only.length} images agree with their manifests (user, ports, probes, read-only root, /tmp)`);

    for (const cluster of clusters) await bootstrapCluster(cluster);

    // Migrations, as the Jobs run them.
    for (const service of only.filter((s) => runs[s].job)) {
      const { job, jobEnv } = runs[service];
      const name = `pcs-imgchk-${token}-${service}-migrate`;
      await runJob(engine, job, name, writeEnvFile(dir, name, { ...jobEnv, BUS_PREFIX: prefix }));
    }
    log("migrations applied by the Jobs' command");

    // The Deployments' containers; the gateway last, as it forwards to the others.
    const order = [...only.filter((s) => s !== 'gateway'), ...only.filter((s) => s === 'gateway')];
    for (const service of order) {
      const { deployment, env } = runs[service];
      const port = await freePort();
      const name = `pcs-imgchk-${token}-${service}`;
      const envFile = writeEnvFile(dir, name, { ...env, PORT: String(port), BUS_PREFIX: prefix });
      engineOutput(engine, runArgs(engine, deployment, name, envFile).toSpliced(1, 0, '-d'), {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      started_containers.push(name);
      Object.assign(runs[service], { name, port });
    }
    for (const service of order) {
      const t = Date.now();
      await waitForProbes(engine, runs[service].deployment, runs[service].name, runs[service].port);
      log(`${runs[service].deployment.id} ready (${Math.round((Date.now() - t) / 1000)} s)`);
    }

    const whole = SERVICES.every((s) => only.includes(s));
    const acknowledged = [];
    if (whole) {
      const call = gatewayClient(runs.gateway.port, runs.gateway.env);
      await residentJourney(call);
      acknowledged.push(await complaintJourney(call));

      // Complaints keep arriving while the complaints service is told to stop.
      const complaints = runs.complaints;
      let stopping = true;
      const traffic = (async () => {
        const answers = [];
        for (let n = 1; stopping && n < 2000; n += 1) {
          answers.push(
            await call(desk, 'POST', '/api/v1/complaints', complaint(n), undefined, {
              'idempotency-key': `images-check-${n}`,
            }).catch((e) => ({ status: 0, error: e })),
          );
        }
        return answers;
      })();
      const ms = await stopLikeKubernetes(engine, complaints.deployment, complaints.name, complaints.port);
      stopping = false;
      const answers = await traffic;
      const bad = answers.filter((a) => a.status !== 201 && a.status !== 503 && a.status !== 504);
      if (bad.length)
        fail(
          `while complaints stopped, the gateway answered ${bad.map((a) => a.status).join(', ')} (only 201, or 503/504 to retry, are acceptable)`,
        );
      acknowledged.push(...answers.filter((a) => a.status === 201).map((a) => a.json.id));
      log(
        `${complaints.deployment.id} exited 0 ${Math.round(ms / 1000)} s after being told to stop, ${answers.length} complaints sent meanwhile (${acknowledged.length - 1} acknowledged)`,
      );
      const database = stand.clusters.find((c) => c.name === 'complaints-db').database;
      const stored = await withClient(databaseUrl(database), async (c) =>
        (await c.query('SELECT id FROM complaint WHERE id = ANY($1)', [acknowledged])).rows.map((r) => r.id),
      );
      const lost = acknowledged.filter((id) => !stored.includes(id));
      if (lost.length) fail(`complaints acknowledged with 201 but not stored: ${lost.join(', ')}`);
      const events = await streamMessages(prefix, 'COMPLAINTS');
      if (events < acknowledged.length)
        fail(
          `${acknowledged.length} complaints acknowledged but the COMPLAINTS stream holds ${events} events`,
        );
    }

    // The rest stop together, as in a rollout or a node drain.
    await Promise.all(
      order
        .filter((s) => state(engine, runs[s].name).status === 'running')
        .map(async (service) => {
          const ms = await stopLikeKubernetes(
            engine,
            runs[service].deployment,
            runs[service].name,
            runs[service].port,
          );
          log(
            `${runs[service].deployment.id} exited 0 ${Math.round(ms / 1000)} s after being told to stop (grace ${runs[service].deployment.grace} s)`,
          );
        }),
    );
    for (const cluster of clusters) {
      const pending = await outboxPending(cluster.database);
      if (pending) fail(`${cluster.name}: ${pending} outbox rows not published after a graceful stop`);
    }
    log(`passed in ${Math.round((Date.now() - started) / 1000)} s: nothing left in any outbox`);
  } finally {
    if (!keep) {
      for (const name of started_containers) {
        try {
          engineOutput(engine, ['rm', '-f', name], { stdio: ['ignore', 'pipe', 'pipe'] });
        } catch {
          /* already gone */
        }
      }
      await dropClusters(stand.clusters).catch((e) => log(`cleanup of databases failed: ${e.message}`));
      await deleteStreams(prefix).catch((e) => log(`cleanup of streams failed: ${e.message}`));
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      image: { type: 'string', multiple: true },
      keep: { type: 'boolean' },
    },
  });
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : SERVICES;
  const images = Object.fromEntries((values.image ?? []).map((pair) => pair.split('=')));
  await check({ only, images, keep: values.keep });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    process.stderr.write(
      `[images:check] FAILED: ${error instanceof CheckFailure ? error.message : error.stack}\n`,
    );
    process.exit(1);
  });
}
