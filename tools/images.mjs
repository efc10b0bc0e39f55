#!/usr/bin/env node
// npm run images [-- --only gateway,residents] [--tag <tag>] [--jobs 2] [--json <file>]
//
// Builds every service image from its own Dockerfile, unchanged, from the repository root: with
// Docker where its daemon answers, else with podman (installed with apt-get when missing and we are
// root), after making the `node` base image locally when no registry can give it
// (tools/images/engine.mjs). Tags each image as the dev overlay names it
// (registry.example.com/pcs/<service>:<newTag>), so `npm run images:check` runs exactly what the
// manifests run. Prints each image's size and build time; the builds share their stages up to
// `build` through the engine's layer cache, so the first build compiles the workspace for all five.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { engineOutput, ensureNodeBase, findEngine, REPO, SERVICES, WORK_DIR } from './images/engine.mjs';

/** `registry.example.com/pcs/<service>:<tag>` as the dev overlay pins it. */
export function overlayImages(tag) {
  const kustomization = parse(readFileSync(join(REPO, 'deploy/k8s/overlays/dev/kustomization.yaml'), 'utf8'));
  return Object.fromEntries(
    SERVICES.map((service) => {
      const name = `registry.example.com/pcs/${service}`;
      const pinned = (kustomization.images ?? []).find((image) => image.name === name);
      return [service, `${name}:${tag ?? pinned?.newTag ?? 'latest'}`];
    }),
  );
}

function formatSize(bytes) {
  return `${Math.round(bytes / 1e6)} MB`;
}

/** Builds one image; the engine's output goes to a log file, shown only when the build fails. */
function buildOne(engine, service, ref) {
  const dir = WORK_DIR;
  mkdirSync(dir, { recursive: true });
  const logFile = join(dir, `build-${service}.log`);
  const args = [...engine.baseArgs, 'build', '-f', `services/${service}/Dockerfile`, '-t', ref];
  // podman: host networking for npm ci inside the build (its default network may not reach the
  // registry through this machine's proxy), and the layer cache that lets the five builds share stages.
  if (engine.name === 'podman') args.push('--network', 'host', '--layers');
  args.push('.');
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const chunks = [];
    const out = createWriteStream(logFile);
    const child = spawn(engine.command, args, {
      cwd: REPO,
      env: { ...engine.env, DOCKER_BUILDKIT: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Written as it comes, so that a slow build can be followed with tail -f.
    const collect = (c) => {
      chunks.push(c);
      out.write(c);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('exit', (code) => {
      const output = Buffer.concat(chunks).toString('utf8');
      out.end();
      if (code !== 0) {
        const tail = output.trimEnd().split('\n').slice(-40).join('\n');
        reject(
          new Error(
            `building ${ref} from services/${service}/Dockerfile failed (exit ${code}; full log ${logFile}):\n${tail}`,
          ),
        );
        return;
      }
      resolve(Date.now() - started);
    });
  });
}

/**
 * The first image alone (it compiles the workspace into the shared stages), then the others `jobs` at
 * a time: what is left for each (its production dependencies, /app, the final layers) is mostly
 * network and disk, so two at a time finish sooner than one after the other even on two cores.
 */
export async function buildImages({ only = SERVICES, tag, jobs = 2, engine = findEngine() } = {}) {
  if (engine.unavailable) throw new Error(`no container engine: ${engine.unavailable}`);
  for (const service of only) {
    if (!SERVICES.includes(service))
      throw new Error(`unknown service ${service} (one of ${SERVICES.join(', ')})`);
  }
  const started = Date.now();
  await ensureNodeBase(engine);
  const refs = overlayImages(tag);
  const results = [];
  const one = async (service) => {
    process.stderr.write(`[images] building ${refs[service]} with ${engine.name} …\n`);
    const ms = await buildOne(engine, service, refs[service]);
    const size = Number(
      engineOutput(engine, ['image', 'inspect', '--format', '{{.Size}}', refs[service]]).trim(),
    );
    results.push({ service, image: refs[service], sizeBytes: size, buildSeconds: Math.round(ms / 1000) });
    process.stderr.write(
      `[images] ${refs[service]}: ${formatSize(size)}, built in ${Math.round(ms / 1000)} s\n`,
    );
  };
  const [first, ...rest] = only;
  if (first) await one(first);
  const queue = [...rest];
  await Promise.all(
    Array.from({ length: Math.max(1, jobs) }, async () => {
      for (let service = queue.shift(); service; service = queue.shift()) await one(service);
    }),
  );
  results.sort((a, b) => only.indexOf(a.service) - only.indexOf(b.service));
  return { engine: engine.name, results, totalSeconds: Math.round((Date.now() - started) / 1000) };
}

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      tag: { type: 'string' },
      jobs: { type: 'string', default: '2' },
      json: { type: 'string' },
    },
  });
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : SERVICES;
  const { engine, results, totalSeconds } = await buildImages({
    only,
    tag: values.tag,
    jobs: Number(values.jobs),
  });
  const width = Math.max(...results.map((r) => r.image.length));
  process.stdout.write(`\nimage${' '.repeat(width - 5)}  size     build (${engine})\n`);
  for (const r of results) {
    process.stdout.write(
      `${r.image.padEnd(width)}  ${formatSize(r.sizeBytes).padEnd(7)}  ${r.buildSeconds} s\n`,
    );
  }
  process.stdout.write(`all ${results.length} in ${totalSeconds} s\n`);
  if (values.json)
    writeFileSync(values.json, `${JSON.stringify({ engine, results, totalSeconds }, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    process.stderr.write(`[images] ${error.message}\n`);
    process.exit(1);
  });
}
