import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { renderAsyncApi } from './asyncapi.js';

export const ASYNCAPI_FILE = path.resolve(import.meta.dirname, '../../docs/asyncapi.yaml');

export function renderAsyncApiYaml(): string {
  return stringify(renderAsyncApi(), { lineWidth: 0 });
}

/* `npm run docs` (with the gateway's permission table): regenerates docs/asyncapi.yaml. */
if (process.argv[1] === import.meta.filename) {
  writeFileSync(ASYNCAPI_FILE, renderAsyncApiYaml());
  process.stdout.write('docs/asyncapi.yaml written\n');
}
