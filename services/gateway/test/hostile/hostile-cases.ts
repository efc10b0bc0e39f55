import fc from 'fast-check';
import { bodyFieldCases, bodyShapeCases, mediaTypeCases } from './body-cases.js';
import { CaseBuilder, fieldName, fieldsOf, type HostileCase, type OperationBase } from './case-builder.js';
import { headerCases } from './header-cases.js';
import { edgeValues, toJsonText, type HostileValue } from './hostile-values.js';
import { pathCases, queryCases } from './request-line-cases.js';
import { collectionOfField, type SampleContext } from './schema-samples.js';

export { operationName, type HostileCase, type OperationBase } from './case-builder.js';

/**
 * Phase one: requests that must all be refused with a 4xx (or, for a GET, at least not break
 * anything): bad paths, queries, headers, media types, bodies and every field of them.
 */
export function refusedCases(base: OperationBase, ctx: SampleContext): HostileCase[] {
  const b = new CaseBuilder(base, ctx);
  pathCases(b);
  queryCases(b);
  headerCases(b);
  if (b.writes) {
    mediaTypeCases(b);
    bodyShapeCases(b);
    if (base.bodySchema) bodyFieldCases(b);
  }
  return b.cases;
}

/**
 * Phase two: well-formed bodies with extreme content (limits, far dates, control characters,
 * foreign ids, null for optional fields, random JSON). They may be accepted; a refusal must change
 * nothing, and nothing may break.
 */
export function edgeCases(
  base: OperationBase,
  ctx: SampleContext,
  randomPerOperation: number,
): HostileCase[] {
  const b = new CaseBuilder(base, ctx);
  if (!b.writes || !base.bodySchema) return [];
  const fields = [...fieldsOf(base.bodySchema, base.body, ctx)];
  for (const f of fields) b.samples.set(fieldName(f.path), f.value);
  for (const f of fields) {
    const name = fieldName(f.path);
    const values: HostileValue[] = edgeValues(f.schema, f.value, ctx.seed);
    if (!f.required) values.push({ value: null, label: 'null for an optional field' });
    if (f.schema.format === 'uuid') {
      const own = collectionOfField(String(f.path.findLast((p) => typeof p === 'string')), ctx.records);
      for (const [collection, ids] of Object.entries(ctx.records)) {
        if (collection !== own && ids[0] && /^[0-9a-f-]{36}$/.test(ids[0]))
          values.push({ value: ids[0], label: `an id of ${collection}` });
      }
    }
    for (const value of values)
      b.add(`body ${name}: ${value.label}`, b.request({ body: b.spoilt(f.path, value.value) }), false);
  }
  // Random JSON anywhere, drawn from the run's seed.
  const random = fc.sample(
    fc.tuple(fc.nat({ max: Math.max(0, fields.length - 1) }), fc.jsonValue({ maxDepth: 3 })),
    { seed: ctx.seed, numRuns: fields.length === 0 ? 0 : randomPerOperation },
  );
  for (const [index, value] of random) {
    const f = fields[index]!;
    b.add(
      `body ${fieldName(f.path)}: random ${toJsonText(value).slice(0, 60)}`,
      b.request({ body: b.spoilt(f.path, value) }),
      false,
    );
  }
  return b.cases;
}
