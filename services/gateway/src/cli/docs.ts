import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEdge } from '@pcs/platform';
import { renderPermissionsDoc } from '../auth/permissions-doc.js';
import { configureGateway, gateway } from '../gateway.js';

/*
 * `npm run docs`: regenerates the documents that are generated from code. The OpenAPI document is
 * read from a gateway started for the purpose, exactly as clients read it (so NATS must be up, as for
 * everything else here); it is committed so that tools, reviewers and the generated client
 * (libs/api-client) see it without a running gateway (decision 0071).
 */
const root = path.resolve(import.meta.dirname, '../../../..');
writeFileSync(path.join(root, 'docs/permissions.md'), renderPermissionsDoc());
process.stdout.write('docs/permissions.md written\n');

const api = await startEdge(
  gateway,
  { env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn' }, host: '127.0.0.1' },
  configureGateway,
);
try {
  const response = await fetch(`${api.url}/api/docs-json`);
  if (!response.ok) throw new Error(`GET /api/docs-json answered ${response.status}`);
  writeFileSync(path.join(root, 'docs/openapi.json'), `${JSON.stringify(await response.json(), null, 2)}\n`);
  process.stdout.write('docs/openapi.json written\n');
} finally {
  await api.close();
}
