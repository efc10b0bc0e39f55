import fc from 'fast-check';
import type { Schema, SchemaResolver } from './openapi-operations.js';
import type { SeededRecords } from './seed-records.js';

/**
 * What the generator knows besides the document: the records made through the API (so that ids
 * point at something real) and the valid bodies the route tests already keep, by contract class.
 */
export interface SampleContext {
  records: SeededRecords;
  knownBodies: Record<string, Record<string, unknown>>;
  resolver: SchemaResolver;
  seed: number;
}

/** `people` → `person`, `move-ins` → `movein`: how a field or path segment names a collection. */
function singular(collection: string): string {
  const word = collection.replaceAll('-', '').toLowerCase();
  if (word === 'people') return 'person';
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** The seeded records a field holds ids of: `ownerPersonIds` → people, `unitId` → units. */
export function collectionOfField(field: string, records: SeededRecords): string | undefined {
  const stem = field.replace(/Ids?$/, '').toLowerCase();
  if (stem === field.toLowerCase()) return undefined;
  return Object.keys(records)
    .filter((c) => stem.endsWith(singular(c)))
    .sort((a, b) => singular(b).length - singular(a).length)[0];
}

/** The collection a path parameter belongs to: the segment before it (`/units/{id}` → units). */
export function collectionOfPathParameter(template: string, name: string): string | undefined {
  const segments = template.split('/');
  const at = segments.indexOf(`{${name}}`);
  return at > 0 ? segments[at - 1] : undefined;
}

/**
 * A value the schema accepts. Ids come from the seeded records where the field's name says which;
 * everything else is the least surprising value of its type.
 */
export function sampleOf(schema: Schema, field: string, ctx: SampleContext): unknown {
  const s = ctx.resolver.resolve(schema);
  const collection = collectionOfField(field, ctx.records);
  const seededId = collection ? ctx.records[collection]?.[0] : undefined;
  if (s.enum) return s.enum[0];
  switch (s.type) {
    case 'string':
      if (seededId !== undefined && (s.format === 'uuid' || s.pattern !== undefined)) return seededId;
      if (s.format === 'uuid') return '0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8b';
      if (s.format === 'date') return '2026-12-01';
      if (s.format === 'date-time') return '2026-12-01T10:00:00+08:00';
      if (s.pattern !== undefined)
        return fc.sample(fc.stringMatching(new RegExp(s.pattern)), { seed: ctx.seed, numRuns: 1 })[0];
      return '测试'
        .repeat(Math.ceil(Math.max(s.minLength ?? 1, 2) / 2))
        .slice(0, Math.max(s.minLength ?? 1, 2));
    case 'integer':
    case 'number':
      return Math.min(Math.max(1, s.minimum ?? 1), s.maximum ?? Infinity);
    case 'boolean':
      return false;
    case 'array': {
      const item = s.items ? sampleOf(s.items, field, ctx) : 'x';
      return new Array(Math.max(1, s.minItems ?? 1)).fill(item);
    }
    default: {
      if (!s.properties) return {};
      return Object.fromEntries(
        Object.entries(s.properties).map(([name, prop]) => [name, sampleOf(prop, name, ctx)]),
      );
    }
  }
}

/**
 * The body a route is called with before it is spoilt: the valid body the route tests keep for its
 * contract class, else one built from the schema; in both, ids point at the seeded records.
 */
export function baseBody(schemaName: string, schema: Schema, ctx: SampleContext): Record<string, unknown> {
  const known = ctx.knownBodies[schemaName];
  const body = known ? structuredClone(known) : (sampleOf(schema, '', ctx) as Record<string, unknown>);
  return withSeededIds(body, schema, ctx) as Record<string, unknown>;
}

function withSeededIds(value: unknown, schema: Schema, ctx: SampleContext, field = ''): unknown {
  const s = ctx.resolver.resolve(schema);
  if (Array.isArray(value) && s.items) return value.map((item) => withSeededIds(item, s.items!, ctx, field));
  if (value !== null && typeof value === 'object' && s.properties) {
    return Object.fromEntries(
      Object.entries(value).map(([name, inner]) => [
        name,
        s.properties![name] ? withSeededIds(inner, s.properties![name], ctx, name) : inner,
      ]),
    );
  }
  const collection = collectionOfField(field, ctx.records);
  const seeded = collection ? ctx.records[collection]?.[0] : undefined;
  return typeof value === 'string' && seeded !== undefined && s.format === 'uuid' ? seeded : value;
}
