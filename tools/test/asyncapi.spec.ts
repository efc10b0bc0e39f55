import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { BUS_MESSAGES } from '@pcs/contracts';
import { parse } from 'yaml';
import { renderAsyncApi } from '../src/asyncapi.js';
import { ASYNCAPI_FILE, renderAsyncApiYaml } from '../src/docs.js';

describe('the AsyncAPI document', () => {
  it('declares every request and event of the contracts, with their schemas', () => {
    const doc = renderAsyncApi() as {
      channels: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    for (const { requests, events } of Object.values(BUS_MESSAGES)) {
      for (const r of requests) {
        expect(doc.channels).toHaveProperty([r.subject]);
        expect(doc.components.schemas).toHaveProperty([r.request.name]);
      }
      for (const e of events) {
        expect(doc.channels).toHaveProperty([e.subject]);
        expect(doc.components.schemas).toHaveProperty([e.data.name]);
      }
    }
  });

  it('is committed as docs/asyncapi.yaml, up to date (run `npm run docs` after a contract change)', () => {
    const committed = readFileSync(ASYNCAPI_FILE, 'utf8');
    expect(parse(committed)).toEqual(parse(renderAsyncApiYaml()));
  });
});
