import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the documents generated from code live (`npm run docs` writes them). */
const ROOT = path.resolve(import.meta.dirname, '../..');

export const OPENAPI_FILE = path.join(ROOT, 'docs/openapi.json');
export const ASYNCAPI_FILE = path.join(ROOT, 'docs/asyncapi.yaml');
export const REDOCLY_CONFIG_FILE = path.join(ROOT, 'redocly.yaml');
export const API_CLIENT_FILE = path.join(ROOT, 'libs/api-client/src/generated/openapi.ts');
export const LABELS_FILE = path.join(ROOT, 'libs/api-client/src/generated/labels.ts');

/** The committed OpenAPI document, which the gateway's integration test keeps equal to the served one. */
export function readOpenApi(): Record<string, unknown> {
  return JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as Record<string, unknown>;
}
