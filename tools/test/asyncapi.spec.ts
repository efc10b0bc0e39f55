import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { BUS_MESSAGES } from '@pcs/contracts';
import { parse, stringify } from 'yaml';
import { asyncApiDiagnostics } from '../src/asyncapi-diagnostics.js';
import { renderAsyncApi } from '../src/asyncapi.js';
import { ASYNCAPI_FILE, renderAsyncApiYaml } from '../src/docs.js';

interface Described {
  summary?: string;
  payload?: unknown;
}

interface AsyncApiDocument {
  channels: Record<string, Described>;
  components: { schemas: Record<string, unknown>; messages: Record<string, Described> };
}

/** Errors and warnings; the parser's information and hints (such as "3.1.0 exists") are advice. */
const problems = (diagnostics: { severity: string }[]) =>
  diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');

describe('the AsyncAPI document', () => {
  let committed: string;

  beforeAll(() => {
    committed = readFileSync(ASYNCAPI_FILE, 'utf8');
  });

  it('declares every request and event of the contracts, with their schemas', () => {
    const doc = renderAsyncApi() as unknown as AsyncApiDocument;
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
    expect(parse(committed)).toEqual(parse(renderAsyncApiYaml()));
  });

  it('is accepted by the official AsyncAPI parser, with no error and no warning', async () => {
    expect(problems(await asyncApiDiagnostics(committed))).toEqual([]);
  });

  it('gives every channel and every message a summary, and every message its payload schema', () => {
    const doc = parse(committed) as AsyncApiDocument;
    const missing = [
      ...Object.entries(doc.channels)
        .filter(([, channel]) => !channel.summary)
        .map(([name]) => `channel ${name}: summary`),
      ...Object.entries(doc.components.messages).flatMap(([name, message]) => [
        ...(message.summary ? [] : [`message ${name}: summary`]),
        ...(message.payload ? [] : [`message ${name}: payload`]),
      ]),
    ];
    expect(missing).toEqual([]);
  });

  it('fails the parser when a schema points at one that does not exist (the old `Array` of a list of dates)', async () => {
    const doc = parse(committed) as AsyncApiDocument & {
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    doc.components.schemas['CalendarUpdatedV1']!.properties['holidays'] = {
      type: 'array',
      items: { $ref: '#/components/schemas/Array' },
    };
    const diagnostics = await asyncApiDiagnostics(stringify(doc));
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'invalid-ref' }));
  });
});
