import { beforeAll, describe, expect, it } from '@jest/globals';
import { readOpenApi } from '../src/api-documents.js';
import { lintOpenApi } from '../src/openapi-lint.js';

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/**
 * The verbs an operation id may start with. A new kind of action adds its verb here, which keeps ids
 * reading as verb and object (`registerComplaint`, `listUnits`) rather than a framework's
 * `ComplaintsController_register` or a bare `register` (decision 0074).
 */
const VERBS = [
  'accept',
  'accrue',
  'acknowledge',
  'answer',
  'apply',
  'apportion',
  'approve',
  'assign',
  'attach',
  'cancel',
  'categorise',
  'certify',
  'close',
  'complete',
  'confirm',
  'create',
  'decide',
  'deduct',
  'discard',
  'dispatch',
  'end',
  'escalate',
  'exempt',
  'export',
  'extend',
  'finish',
  'flag',
  'get',
  'issue',
  'list',
  'merge',
  'open',
  'pause',
  'read',
  'receive',
  'record',
  'refund',
  'refuse',
  'release',
  'register',
  'reopen',
  'replenish',
  'replay',
  'request',
  'resolve',
  'resume',
  'retry',
  'return',
  'reveal',
  'reverse',
  'review',
  'run',
  'search',
  'send',
  'set',
  'sign',
  'skip',
  'start',
  'submit',
  'take',
  'update',
  'waive',
];
const VERB_OBJECT = new RegExp(`^(${VERBS.join('|')})([A-Z][a-z]+)+$`);

interface Operation {
  operationId?: string;
  tags?: string[];
}

interface OpenApiDocument {
  info: { license?: { name?: string; identifier?: string; url?: string }; contact?: { name?: string } };
  servers?: { url: string; description?: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
}

/*
 * The committed OpenAPI document (docs/openapi.json, which the gateway's integration test keeps
 * equal to what /api/docs-json serves), as the standard tools and generated clients read it.
 */
describe('the OpenAPI document', () => {
  let doc: OpenApiDocument;
  let operations: { key: string; op: Operation }[];

  beforeAll(() => {
    doc = readOpenApi() as unknown as OpenApiDocument;
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([method]) => METHODS.includes(method))
        .map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
    );
  });

  it('passes Redocly lint with the rules of redocly.yaml: no error, no warning', async () => {
    expect(await lintOpenApi(doc)).toEqual([]);
  });

  it('fails the lint when a schema points at one that does not exist', async () => {
    const broken = structuredClone(doc) as OpenApiDocument & {
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    broken.components.schemas['CalendarYearView']!.properties['holidays'] = {
      type: 'array',
      items: { $ref: '#/components/schemas/CalendarDaysV1/properties/holidays/items/Array' },
    };
    expect(await lintOpenApi(broken)).toContainEqual(
      expect.objectContaining({ ruleId: 'no-unresolved-refs', severity: 'error' }),
    );
  });

  it('fails the lint when an operation has no id or an undescribed tag', async () => {
    const broken = structuredClone(doc);
    const op = broken.paths['/api/v1/complaints']!['post']!;
    delete op.operationId;
    op.tags = ['undescribed'];
    const ruleIds = (await lintOpenApi(broken)).filter((p) => p.severity === 'error').map((p) => p.ruleId);
    expect(ruleIds).toEqual(expect.arrayContaining(['operation-operationId', 'operation-tag-defined']));
  });

  it('names every operation with a unique camelCase verb and object', () => {
    const ids = operations.map(({ key, op }) => ({ key, id: op.operationId }));
    expect(ids.filter(({ id }) => !id || !VERB_OBJECT.test(id))).toEqual([]);
    expect(new Set(ids.map(({ id }) => id)).size).toBe(ids.length);
  });

  it('describes every tag, and uses every tag it describes', () => {
    const described = new Map((doc.tags ?? []).map((t) => [t.name, t.description ?? '']));
    const used = new Set(operations.flatMap(({ op }) => op.tags ?? []));
    expect(operations.filter(({ op }) => !op.tags?.length).map(({ key }) => key)).toEqual([]);
    expect([...used].filter((tag) => !described.get(tag)?.trim())).toEqual([]);
    expect([...described.keys()].filter((tag) => !used.has(tag))).toEqual([]);
  });

  it('says where the API is, whose it is and under which licence', () => {
    expect(doc.servers?.map((s) => s.url)).toEqual(['/', 'http://localhost:3000']);
    expect(doc.servers?.every((s) => s.description)).toBe(true);
    expect(doc.info.contact?.name).toEqual(expect.any(String));
    expect(doc.info.license).toEqual({ name: expect.any(String), identifier: 'LicenseRef-Proprietary' });
  });
});
