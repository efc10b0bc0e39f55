// The container engine the image tools use: Docker where its daemon answers, else podman (installed
// with apt-get when we are root and it is missing), set up as ../shared/ARCHITECTURE.md
// ("Containers on our machines") describes. No image registry is reachable on our machines, so the
// `node` base image is made locally when it is missing (makeNodeBase).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SERVICES = ['gateway', 'complaints', 'maintenance', 'billing', 'residents'];
/** Build logs, env files and the containers.conf: one directory per user, not shared with others. */
export const WORK_DIR = join(tmpdir(), `pcs-images-${process.getuid?.() ?? 'user'}`);

const log = (message) => process.stderr.write(`[images] ${message}\n`);

function works(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'ignore', env, timeout: 60_000 });
  return result.status === 0;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * { name, command, baseArgs, env } of a working engine, or { unavailable: reason } when none can be had.
 * `install: false` only looks, it never installs.
 */
export function findEngine({ install = true } = {}) {
  if (onPath('docker') && works('docker', ['info'])) {
    return { name: 'docker', command: 'docker', baseArgs: [], env: process.env };
  }
  if (!onPath('podman') && install) {
    if (!isRoot() || !onPath('apt-get')) {
      return {
        unavailable:
          'no Docker daemon answers and podman is not installed (installing it needs root and apt-get)',
      };
    }
    log('no Docker daemon answers: installing podman, runc and debootstrap with apt-get');
    const install = spawnSync(
      'sh',
      [
        '-c',
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc debootstrap',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (install.status !== 0) return { unavailable: 'apt-get could not install podman' };
  }
  if (!onPath('podman')) return { unavailable: 'no Docker daemon answers and podman is not installed' };
  // podman installed without runc (apt's podman brings only crun, which cannot run containers under
  // this kernel's cgroup layout: "cgroups in hybrid mode not supported"): add it, as above.
  if (!existsSync('/usr/sbin/runc') && install && isRoot() && onPath('apt-get')) {
    log('podman is installed without runc: installing runc with apt-get');
    spawnSync(
      'sh',
      ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq runc'],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  // This kernel's cgroup layout: cgroupfs and runc (crun refuses it), no default ulimits.
  const dir = WORK_DIR;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const conf = join(dir, 'containers.conf');
  writeFileSync(conf, '[containers]\ndefault_ulimits = []\n\n[engine]\ncgroup_manager = "cgroupfs"\n');
  const env = { ...process.env, CONTAINERS_CONF: conf };
  const baseArgs = existsSync('/usr/sbin/runc') ? ['--runtime', '/usr/sbin/runc'] : [];
  const info = spawnSync('podman', [...baseArgs, 'info'], { env, encoding: 'utf8', timeout: 60_000 });
  if (info.status !== 0) {
    const why = (info.stderr ?? '').trim().split('\n').pop() || `exit ${info.status}`;
    return { unavailable: `podman is installed but \`podman info\` fails for this user: ${why}` };
  }
  return { name: 'podman', command: 'podman', baseArgs, env };
}

/** Runs the engine, returning stdout; throws with stderr on failure. */
export function engineOutput(engine, args, options = {}) {
  return execFileSync(engine.command, [...engine.baseArgs, ...args], {
    env: engine.env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
}

/** Runs the engine with output to our stderr; resolves with the exit code. */
export function engineRun(engine, args, { quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(engine.command, [...engine.baseArgs, ...args], {
      env: engine.env,
      stdio: ['ignore', quiet ? 'ignore' : process.stderr, quiet ? 'ignore' : process.stderr],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

export function imageExists(engine, ref) {
  return works(engine.command, [...engine.baseArgs, 'image', 'inspect', ref], engine.env);
}

/** The base image the Dockerfiles start from (ARG NODE_IMAGE), read from the first one. */
export function nodeBaseImage() {
  const text = readFileSync(join(REPO, 'services', SERVICES[0], 'Dockerfile'), 'utf8');
  const match = /^ARG NODE_IMAGE=(\S+)$/m.exec(text);
  if (!match) throw new Error(`services/${SERVICES[0]}/Dockerfile has no ARG NODE_IMAGE=`);
  return match[1];
}

/** Docker Hub short names as podman stores them. */
export function qualified(ref) {
  if (/^[^/]+\.[^/]+\//.test(ref) || ref.startsWith('localhost/')) return ref;
  return ref.includes('/') ? `docker.io/${ref}` : `docker.io/library/${ref}`;
}

/**
 * Makes the `node` base image from Debian bookworm (debootstrap), the Node binary the repository pins
 * (node_modules/node) and npm 11: the stand-in for the official image, which no registry can give us.
 */
export async function makeNodeBase(engine, ref) {
  if (!onPath('debootstrap') && !existsSync('/usr/sbin/debootstrap') && isRoot() && onPath('apt-get')) {
    log('installing debootstrap with apt-get, to make the base image');
    spawnSync(
      'sh',
      ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap'],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }
  if (!onPath('debootstrap') && !existsSync('/usr/sbin/debootstrap')) {
    throw new Error(`${ref} is missing and debootstrap is not installed to make it`);
  }
  const nodeBinary = join(REPO, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(nodeBinary)) throw new Error(`${nodeBinary} is missing: run npm ci first`);
  const sources = existsSync('/etc/apt/sources.list.d/debian.sources')
    ? readFileSync('/etc/apt/sources.list.d/debian.sources', 'utf8')
    : '';
  const mirror = /^URIs:\s*(\S+)/m.exec(sources)?.[1] ?? 'http://deb.debian.org/debian';
  const work = join(WORK_DIR, `node-base-${process.pid}`);
  const root = join(work, 'root');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const started = Date.now();
  log(`making the base image ${ref} locally (debootstrap bookworm from ${mirror}, about a minute)`);
  try {
    execFileSync('debootstrap', ['--variant=minbase', 'bookworm', root, mirror], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    mkdirSync(join(root, 'usr/local/bin'), { recursive: true });
    copyFileSync(nodeBinary, join(root, 'usr/local/bin/node'));
    execFileSync('chmod', ['755', join(root, 'usr/local/bin/node')]);
    const npmDir = join(root, 'usr/local/lib/node_modules/npm');
    mkdirSync(npmDir, { recursive: true });
    const tarball = execFileSync('npm', ['pack', 'npm@11', '--silent', '--pack-destination', work], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    })
      .trim()
      .split('\n')
      .pop();
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', npmDir, '--strip-components=1']);
    symlinkSync('../lib/node_modules/npm/bin/npm-cli.js', join(root, 'usr/local/bin/npm'));
    symlinkSync('../lib/node_modules/npm/bin/npx-cli.js', join(root, 'usr/local/bin/npx'));
    execFileSync('chroot', [
      root,
      'sh',
      '-c',
      'groupadd -g 1000 node && useradd -u 1000 -g node -m -s /bin/sh node',
    ]);
    mkdirSync(join(root, 'etc/ssl/certs'), { recursive: true });
    if (existsSync('/etc/ssl/certs/ca-certificates.crt')) {
      copyFileSync('/etc/ssl/certs/ca-certificates.crt', join(root, 'etc/ssl/certs/ca-certificates.crt'));
    }
    rmSync(join(root, 'var/cache/apt/archives'), { recursive: true, force: true });
    const code = await new Promise((resolve, reject) => {
      const tar = spawn('tar', ['-C', root, '-c', '.'], { stdio: ['ignore', 'pipe', 'inherit'] });
      const importer = spawn(
        engine.command,
        [
          ...engine.baseArgs,
          'import',
          '--change',
          'CMD ["node"]',
          '--change',
          'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt',
          '-',
          qualified(ref),
        ],
        { env: engine.env, stdio: ['pipe', 'ignore', 'inherit'] },
      );
      tar.stdout.pipe(importer.stdin);
      tar.on('error', reject);
      importer.on('error', reject);
      importer.on('exit', (c) => resolve(c));
    });
    if (code !== 0) throw new Error(`importing ${ref} failed (exit ${code})`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  log(`made ${ref} in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Makes sure the base image is there: pulled by Docker, or made locally for podman. */
export async function ensureNodeBase(engine) {
  const ref = nodeBaseImage();
  if (imageExists(engine, ref) || imageExists(engine, qualified(ref))) return;
  if (engine.name === 'docker') return; // Docker pulls it from Docker Hub during the build.
  await makeNodeBase(engine, ref);
}

// `node tools/images/engine.mjs`: prints the engine found (exit 0) or why there is none (exit 3).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const engine = findEngine();
  if (engine.unavailable) {
    process.stdout.write(`${engine.unavailable}\n`);
    process.exit(3);
  }
  process.stdout.write(`${engine.name}\n`);
}
