// Bundles each service's compiled process (`dist/start.js` and everything it imports, our libraries
// and npm packages alike) into one file, `dist/bundle/start.js`, which `dist/main.js` runs. A cold
// start is mostly Node finding, reading and compiling ~2,800 modules one by one (bench S11); one
// file of the same code starts in about half the time (decision 0178).
//
// Usage: node tools/bundle.mjs [service…]   (no argument: every service). Run after `tsc -b`: it
// bundles tsc's output, which already carries the decorators' metadata Nest and MikroORM read. Like
// `tsc -b`, it leaves a bundle newer than everything it is made of alone, and replaces one whole (a
// new directory renamed over the old), so a copy of the system starting beside a running one never
// reads a half-written bundle.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));

/*
 * Left out of the bundle and loaded from node_modules as before: packages that find their own data
 * files relative to their own module (pdfkit's fonts and colour profile), which a bundle would move.
 * pdfkit is loaded on the first statement printed, so it costs no start time either way.
 */
const EXTERNAL = ['pdfkit'];

/** The services that have a process of their own (a `src/start.ts`). */
export function bundledServices() {
  return readdirSync(join(root, 'services')).filter((name) =>
    existsSync(join(root, 'services', name, 'src', 'start.ts')),
  );
}

export async function bundle(service) {
  const dist = join(root, 'services', service, 'dist');
  const out = join(dist, 'bundle');
  const made = existsSync(join(out, 'start.js')) ? statSync(join(out, 'start.js')).mtimeMs : 0;
  if (made > newestInput(dist)) return false;
  const next = `${out}.${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  await build({
    input: join(dist, 'start.js'),
    platform: 'node',
    external: (id) => EXTERNAL.some((name) => id === name || id.startsWith(`${name}/`)),
    onLog(level, log, handler) {
      // Optional peers Nest and MikroORM probe for and we do not install (kafkajs, ioredis,
      // express…): left as imports that are never reached, as they were before bundling.
      if (log.code === 'UNRESOLVED_IMPORT') return;
      handler(level, log);
    },
    output: {
      dir: next,
      format: 'esm',
      // One file: a chunk per dynamic import would bring back the module loading this removes.
      codeSplitting: false,
      // Modules evaluate in the order Node would have run them: reflect-metadata's global must be
      // installed before the first decorator runs, and CommonJS packages are wrapped lazily.
      strictExecutionOrder: true,
      // Class names stay as written: MikroORM names entities, Nest names providers and the API
      // document names schemas after them, and a bundle would otherwise rename clashing classes.
      keepNames: true,
      sourcemap: true,
    },
  });
  rmSync(out, { recursive: true, force: true });
  renameSync(next, out);
  return true;
}

/** The newest modification time among what a bundle is made of: tsc's output and the lock file. */
function newestInput(dist) {
  const dirs = [dist, ...readdirSync(join(root, 'libs')).map((lib) => join(root, 'libs', lib, 'dist'))];
  let newest = statSync(join(root, 'package-lock.json')).mtimeMs;
  for (const dir of dirs.filter((d) => existsSync(d))) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      const file = join(entry.parentPath, entry.name);
      if (!entry.isFile() || file.startsWith(join(dist, 'bundle'))) continue;
      newest = Math.max(newest, statSync(file).mtimeMs);
    }
  }
  return newest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const services = process.argv.length > 2 ? process.argv.slice(2) : bundledServices();
  for (const service of services) {
    if (await bundle(service)) console.log(`bundled services/${service}/dist/bundle/start.js`);
  }
}
