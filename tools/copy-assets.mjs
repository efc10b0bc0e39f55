// Copies each package's `src/assets` (fonts and other files tsc does not emit) to `dist/assets`, so
// that code finding them by `new URL('../assets/…', import.meta.url)` finds them from src and dist alike,
// and the images, which ship each package's dist, carry them.
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const group of ['services', 'libs']) {
  for (const name of readdirSync(join(root, group))) {
    const from = join(root, group, name, 'src', 'assets');
    if (!existsSync(from)) continue;
    const to = join(root, group, name, 'dist', 'assets');
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true });
  }
}
