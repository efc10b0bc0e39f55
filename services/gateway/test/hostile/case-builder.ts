import type { Role } from '@pcs/contracts';
import { kindOf, toJsonText } from './hostile-values.js';
import type { Operation, Schema } from './openapi-operations.js';
import type { RawRequest, RawResponse } from './raw-http.js';
import { sampleOf, type SampleContext } from './schema-samples.js';

/** One malformed request, what it must get, and how to tell a reader what it was. */
export interface HostileCase {
  /** `POST /api/v1/units/{id}/move-ins` */
  operation: string;
  /** What is wrong with it, e.g. `body customer.phone: a number`. */
  label: string;
  role: Role;
  request: RawRequest;
  /** A 4xx is required; otherwise any answer but a 5xx will do (a GET may find nothing wrong). */
  mustReject: boolean;
  /** The field a 400 must name (`''`: the body as a whole, any field will do). */
  field?: string;
  /** A further check of the answer; returns what is wrong with it. */
  check?: (res: RawResponse) => string | undefined;
}

/** The valid request an operation is spoilt from, with what the generator knows about it. */
export interface OperationBase {
  op: Operation;
  /** Path parameters, by name, pointing at seeded records. */
  pathValues: Record<string, string>;
  /** A query the operation accepts. */
  query: Record<string, string>;
  body?: Record<string, unknown>;
  bodySchema?: Schema;
  /** A cursor this list made, and one another list made. */
  ownCursor?: string;
  foreignCursor?: string;
}

export const operationName = (op: Operation): string => `${op.method} ${op.template}`;

/** Builds an operation's cases from its base request. */
let keysSent = 0;

export class CaseBuilder {
  readonly cases: HostileCase[] = [];

  constructor(
    readonly base: OperationBase,
    readonly ctx: SampleContext,
  ) {}

  get op(): Operation {
    return this.base.op;
  }

  /** The base request with parts replaced; path values and query are written as given (encode first). */
  request(
    parts: {
      pathValues?: Record<string, string>;
      query?: string;
      headers?: Record<string, string | string[]>;
      body?: string | Buffer | null;
    } = {},
  ): RawRequest {
    const values = { ...encodeAll(this.base.pathValues), ...parts.pathValues };
    const path = this.op.template.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? '');
    const query = parts.query ?? new URLSearchParams(this.base.query).toString();
    const body =
      parts.body === null
        ? undefined
        : (parts.body ?? (this.base.body === undefined ? undefined : toJsonText(this.base.body)));
    return {
      method: this.op.method,
      path: query ? `${path}?${query}` : path,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        // A fresh key each: a case is refused for what it spoils, not for a key it lacks or reuses.
        ...(this.op.keyRequired ? { 'idempotency-key': `hostile-${++keysSent}` } : {}),
        ...parts.headers,
      },
      ...(body === undefined ? {} : { body }),
    };
  }

  add(label: string, request: RawRequest, mustReject: boolean, field?: string, check?: HostileCase['check']) {
    this.cases.push({
      operation: operationName(this.op),
      label,
      role: this.op.roles[0]!,
      request,
      mustReject,
      ...(field === undefined ? {} : { field }),
      ...(check ? { check } : {}),
    });
  }

  /** Valid values of the fields the base body leaves out, by field name: a field inside one is spoilt in it. */
  readonly samples = new Map<string, unknown>();

  /** A JSON body that breaks the base body at one field, or a body for an action that takes none. */
  spoilt(path: FieldPath, value: unknown | typeof MISSING): string {
    const body = structuredClone(this.base.body ?? {}) as Record<string, unknown>;
    for (let depth = 1; depth < path.length; depth++) {
      const parent = path.slice(0, depth);
      if (getAt(body, parent) === undefined && this.samples.has(fieldName(parent)))
        setAt(body, parent, structuredClone(this.samples.get(fieldName(parent))));
    }
    if (value === MISSING) deleteAt(body, path);
    else setAt(body, path, value);
    return toJsonText(body);
  }

  get writes(): boolean {
    return this.op.method !== 'GET';
  }

  /** A body certain to be refused: the base body with an unknown field (or just that field). */
  get refusedBody(): string {
    return this.spoilt(['unexpected'], 1);
  }
}

export const MISSING = Symbol('missing');

export type FieldPath = (string | number)[];

export const fieldName = (path: FieldPath): string =>
  path.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part),
    '',
  );

function setAt(target: Record<string, unknown>, path: FieldPath, value: unknown): void {
  let node: any = target;
  for (const part of path.slice(0, -1)) {
    if (node[part] === null || typeof node[part] !== 'object')
      node[part] = typeof part === 'number' ? [] : {};
    node = node[part];
  }
  node[path.at(-1)!] = value;
}

function getAt(target: Record<string, unknown>, path: FieldPath): unknown {
  let node: any = target;
  for (const part of path) node = node?.[part];
  return node;
}

function deleteAt(target: Record<string, unknown>, path: FieldPath): void {
  let node: any = target;
  for (const part of path.slice(0, -1)) node = node?.[part];
  if (node && typeof node === 'object') delete node[path.at(-1)!];
}

const encodeAll = (values: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).map(([k, val]) => [k, encodeURIComponent(val)]));

/** Every field of the body schema, depth first: its path, schema, whether required, and its base value. */
export function* fieldsOf(
  schema: Schema,
  value: unknown,
  ctx: SampleContext,
  path: FieldPath = [],
): Generator<{ path: FieldPath; schema: Schema; required: boolean; value: unknown }> {
  const s = ctx.resolver.resolve(schema);
  if (s.properties) {
    for (const [name, prop] of Object.entries(s.properties)) {
      const resolved = ctx.resolver.resolve(prop);
      const current = (value as Record<string, unknown> | undefined)?.[name];
      const here = [...path, name];
      const inner = current === undefined ? sampleOf(resolved, name, ctx) : current;
      yield { path: here, schema: resolved, required: s.required?.includes(name) ?? false, value: inner };
      yield* fieldsOf(resolved, inner, ctx, here);
    }
  } else if (kindOf(s) === 'array' && s.items && Array.isArray(value) && value.length > 0) {
    const items = ctx.resolver.resolve(s.items);
    const here = [...path, 0];
    yield { path: here, schema: items, required: true, value: value[0] };
    yield* fieldsOf(items, value[0], ctx, here);
  }
}
