import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { renderApiClient, typeErrors } from '../src/api-client.js';
import { API_CLIENT_FILE, readOpenApi } from '../src/api-documents.js';

/** Code as the staff console will write it against the client: it must compile too. */
const CONSUMER = `import type { operations, paths } from './openapi.js';
type Body = operations['registerComplaint']['requestBody'] extends { content: { 'application/json': infer B } } ? B : never;
export const body: Pick<Body, 'communityId' | 'channel'> = { communityId: 'GZ01', channel: 'call' };
export type Created = paths['/api/v1/complaints']['post']['responses'][201]['content']['application/json'];
export type Problem = paths['/api/v1/complaints']['post']['responses'][400]['content']['application/problem+json'];
`;

/*
 * The TypeScript client generated from docs/openapi.json (libs/api-client): it is generated again
 * here, compiled, and must equal the committed one; a document the generator cannot read fails.
 */
describe('the API client generated from the OpenAPI document', () => {
  let dir: string;
  let generated: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pcs-api-client-'));
    generated = await renderApiClient(readOpenApi());
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('compiles with tsc (strict, no emit), together with code that uses it', async () => {
    await writeFile(path.join(dir, 'openapi.ts'), generated);
    await writeFile(path.join(dir, 'consumer.ts'), CONSUMER);
    await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }');
    expect(typeErrors([path.join(dir, 'openapi.ts'), path.join(dir, 'consumer.ts')])).toEqual([]);
  });

  it('is committed as libs/api-client/src/generated/openapi.ts, up to date (run `npm run docs`)', async () => {
    expect(await readFile(API_CLIENT_FILE, 'utf8')).toBe(generated);
  });

  it('is not generated from a document with a dangling reference', async () => {
    const broken = readOpenApi() as { components: { schemas: Record<string, { properties: object }> } };
    broken.components.schemas['CalendarYearView']!.properties = {
      holidays: { type: 'array', items: { $ref: '#/components/schemas/Array' } },
    };
    // The generator also logs what it rejects; the rejection is what this test is about.
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(renderApiClient(broken)).rejects.toThrow(/resolve \$ref/);
    log.mockRestore();
  });

  it('fails to compile when the client does not fit the code that uses it', async () => {
    const renamed = generated.replaceAll('registerComplaint', 'registerGrievance');
    await writeFile(path.join(dir, 'openapi.ts'), renamed);
    await writeFile(path.join(dir, 'consumer.ts'), CONSUMER);
    expect(typeErrors([path.join(dir, 'openapi.ts'), path.join(dir, 'consumer.ts')])).toEqual([
      expect.stringContaining('registerComplaint'),
    ]);
  });
});
