import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { operationRolesOf, type OpenApiDocument } from './src/permissions/operation-roles.js';

/*
 * The console is served by the gateway at /console (decision 0156). The permission table comes from
 * the gateway's own OpenAPI document (`x-roles` per operation) at build time, so menus and buttons
 * follow the same rows the gateway enforces without a request on every page load.
 */
const document = JSON.parse(
  readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument;

export default defineConfig({
  base: '/console/',
  plugins: [react()],
  define: { __OPERATION_ROLES__: JSON.stringify(operationRolesOf(document)) },
  // The API client's labels are read from its TypeScript source, as the workspace's own tools read it.
  resolve: { conditions: ['@pcs/source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2048 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
