import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file of the built console, read once at start: the console is a few files of a few MB. */
export interface ConsoleFile {
  body: Buffer;
  /**
   * Present for text files worth compressing. Compressed on the first request that asks for it and
   * kept: compressing the whole console at start was ~4 % of the gateway's start (bench S11).
   */
  readonly gzipped?: Buffer;
  contentType: string;
  etag: string;
  /** Vite names what it emits under assets/ by content hash: such a name never changes content. */
  immutable: boolean;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.ico': 'image/x-icon',
  '.jpg': 'image/jpeg',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/**
 * Where the console's build is: CONSOLE_DIR when set, else the `dist` of the @pcs/console workspace
 * package the gateway depends on (in the image, the Dockerfile copies each linked package's dist).
 */
export function consoleDirectory(configured: string | undefined): string | undefined {
  if (configured) return configured;
  try {
    const manifest = createRequire(import.meta.url).resolve('@pcs/console/package.json');
    return path.join(path.dirname(manifest), 'dist');
  } catch {
    return undefined; // not installed beside this gateway: the console is simply not served
  }
}

/**
 * Every file under `dir` by its path relative to it ('/'-separated). Requests are answered only by
 * looking a name up in this map, so no request can name a file outside the build.
 */
export function loadConsoleFiles(dir: string | undefined): Map<string, ConsoleFile> {
  const files = new Map<string, ConsoleFile>();
  if (!dir || !existsSync(path.join(dir, 'index.html'))) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const name = path.relative(dir, full).split(path.sep).join('/');
    const body = readFileSync(full);
    const contentType = CONTENT_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
    const compressible = COMPRESSIBLE.test(contentType) && body.length > 1024;
    let gzipped: Buffer | undefined;
    files.set(name, {
      body,
      contentType,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      immutable: name.startsWith('assets/'),
      get gzipped() {
        if (compressible) gzipped ??= gzipSync(body);
        return gzipped;
      },
    });
  }
  return files;
}
