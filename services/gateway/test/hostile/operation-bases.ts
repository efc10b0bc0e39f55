import * as contracts from '@pcs/contracts';
import { BILLING_ROUTES } from '../billing-routes.js';
import { COMPLAINTS_ROUTES, DESK_ROUTES } from '../complaints-routes.js';
import { MAINTENANCE_ROUTES } from '../maintenance-routes.js';
import { RESIDENTS_ROUTES } from '../residents-routes.js';
import type { OperationBase } from './hostile-cases.js';
import type { Operation } from './openapi-operations.js';
import { rawHttp } from './raw-http.js';
import {
  baseBody,
  collectionOfField,
  collectionOfPathParameter,
  sampleOf,
  type SampleContext,
} from './schema-samples.js';

/** The valid bodies the route tests keep, by contract class: what a staff UI sends. */
export function knownBodies(): Record<string, Record<string, unknown>> {
  return {
    ...Object.fromEntries(
      [...COMPLAINTS_ROUTES, ...DESK_ROUTES, ...RESIDENTS_ROUTES, ...MAINTENANCE_ROUTES, ...BILLING_ROUTES]
        .filter((r) => r.bodyClass)
        .map((r) => [r.bodyClass!.name, r.body!]),
    ),
  };
}

/**
 * Whether the body is valid by its contract class (the one the gateway validates it with), or
 * undefined when the document names a schema the contracts do not export.
 */
export function contractAccepts(schemaName: string, body: unknown): boolean | undefined {
  const cls = (contracts as Record<string, unknown>)[schemaName];
  if (typeof cls !== 'function') return undefined;
  return contracts.validatePayload(cls as new () => object, body).ok;
}

/**
 * The valid request each operation is spoilt from: path ids of seeded records, a query it accepts
 * (found by asking: none, else one parameter at a time), its base body, and the cursors of lists.
 */
export async function operationBases(
  baseUrl: string,
  operations: Operation[],
  ctx: SampleContext,
  tokenFor: (op: Operation) => Promise<string>,
): Promise<Map<Operation, OperationBase>> {
  const bases = new Map<Operation, OperationBase>();
  const get = async (op: Operation, path: string) =>
    rawHttp(baseUrl, { method: 'GET', path, headers: { authorization: `Bearer ${await tokenFor(op)}` } });
  for (const op of operations) {
    const pathValues = Object.fromEntries(
      op.path.map((p) => {
        const collection = collectionOfPathParameter(op.template, p.name);
        const seeded = collection ? ctx.records[collection]?.[0] : undefined;
        return [p.name, seeded ?? String(sampleOf(p.schema, p.name, ctx))];
      }),
    );
    const path = op.template.replace(/\{(\w+)\}/g, (_m, name: string) =>
      encodeURIComponent(pathValues[name]!),
    );
    let query: Record<string, string> = {};
    if (op.method === 'GET' && op.query.length > 0) {
      const candidates: Record<string, string>[] = [
        {},
        ...op.query
          .filter((p) => p.name !== 'cursor' && p.name !== 'limit')
          .map((p) => {
            const collection = collectionOfField(p.name, ctx.records);
            return {
              [p.name]: collection ? ctx.records[collection]![0]! : String(sampleOf(p.schema, p.name, ctx)),
            };
          }),
      ];
      for (const candidate of candidates) {
        const res = await get(op, `${path}?${new URLSearchParams(candidate).toString()}`);
        if (res.status === 200) {
          query = candidate;
          break;
        }
      }
    }
    bases.set(op, {
      op,
      pathValues,
      query,
      ...(op.body && op.bodySchemaName
        ? { body: baseBody(op.bodySchemaName, op.body, ctx), bodySchema: op.body }
        : {}),
    });
  }
  // A cursor of each list (a page of one), and for each list one that another list made.
  const lists = operations.filter((op) => op.method === 'GET' && op.query.some((p) => p.name === 'cursor'));
  const cursors = new Map<Operation, string>();
  for (const op of lists) {
    const base = bases.get(op)!;
    const path = op.template.replace(/\{(\w+)\}/g, (_m, name: string) =>
      encodeURIComponent(base.pathValues[name]!),
    );
    const res = await get(op, `${path}?${new URLSearchParams({ ...base.query, limit: '1' }).toString()}`);
    if (typeof res.json?.nextCursor === 'string') cursors.set(op, res.json.nextCursor);
  }
  for (const op of lists) {
    const base = bases.get(op)!;
    const own = cursors.get(op);
    const foreign = [...cursors].find(([other, cursor]) => other !== op && cursor !== own)?.[1];
    bases.set(op, {
      ...base,
      ...(own ? { ownCursor: own } : {}),
      ...(foreign ? { foreignCursor: foreign } : {}),
    });
  }
  return bases;
}
