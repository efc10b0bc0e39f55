import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { renderApiClient } from './api-client.js';
import { API_CLIENT_FILE, ASYNCAPI_FILE, LABELS_FILE, readOpenApi } from './api-documents.js';
import { renderAsyncApi } from './asyncapi.js';
import { renderLabels } from './labels.js';

export { ASYNCAPI_FILE } from './api-documents.js';

export function renderAsyncApiYaml(): string {
  return stringify(renderAsyncApi(), { lineWidth: 0 });
}

/*
 * `npm run docs` (after the gateway's part, which writes docs/openapi.json): regenerates
 * docs/asyncapi.yaml from the contracts, the API client from docs/openapi.json and the client's
 * Chinese labels from the contracts.
 */
if (process.argv[1] === import.meta.filename) {
  writeFileSync(ASYNCAPI_FILE, renderAsyncApiYaml());
  process.stdout.write('docs/asyncapi.yaml written\n');
  writeFileSync(API_CLIENT_FILE, await renderApiClient(readOpenApi()));
  process.stdout.write('libs/api-client/src/generated/openapi.ts written\n');
  writeFileSync(LABELS_FILE, renderLabels());
  process.stdout.write('libs/api-client/src/generated/labels.ts written\n');
}
