import type { Role } from '@pcs/contracts';

/** The parts of a JSON schema (as the gateway's OpenAPI document writes them) that hostile input targets. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}

export interface Parameter {
  name: string;
  required: boolean;
  schema: Schema;
}

/** One operation of the document, with everything a request to it can carry. */
export interface Operation {
  method: string;
  /** As the document names it: `/api/v1/units/{id}`. */
  template: string;
  operationId: string;
  /** The roles that may call it (`x-roles`): a hostile request is made by the first. */
  roles: Role[];
  path: Parameter[];
  query: Parameter[];
  /** The contract class name of the JSON body, when it takes one. */
  bodySchemaName?: string;
  body?: Schema;
  /** Whether it documents an Idempotency-Key header (creating routes). */
  idempotent: boolean;
  /** Whether that header is required (a payment, decision 0200): every request sends one. */
  keyRequired: boolean;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Record<string, any>>>;
  components: { schemas: Record<string, Schema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of the gateway's OpenAPI document, in document order. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = (op['parameters'] ?? []) as (Parameter & { in: string })[];
      const of = (where: string): Parameter[] =>
        parameters
          .filter((p) => p.in === where)
          .map((p) => ({ name: p.name, required: p.required === true, schema: p.schema ?? {} }));
      const ref = op['requestBody']?.content?.['application/json']?.schema?.$ref as string | undefined;
      operations.push({
        method: method.toUpperCase(),
        template,
        operationId: op['operationId'],
        roles: op['x-roles'] ?? [],
        path: of('path'),
        query: of('query'),
        ...(ref ? { bodySchemaName: ref.split('/').pop()!, body: { $ref: ref } } : {}),
        idempotent: of('header').some((h) => h.name.toLowerCase() === 'idempotency-key'),
        keyRequired: of('header').some((h) => h.name.toLowerCase() === 'idempotency-key' && h.required),
      });
    }
  }
  return operations;
}

/** Follows `$ref`s into the document's components. */
export class SchemaResolver {
  constructor(private readonly document: OpenApiDocument) {}

  /** A dangling `$ref` resolves to nothing known (`{}`); a test of its own reports it. */
  resolve(schema: Schema): Schema {
    let current = schema;
    for (let hops = 0; current.$ref !== undefined && hops < 20; hops++) {
      const { $ref, ...rest } = current;
      current = { ...this.document.components.schemas[$ref.split('/').pop()!], ...rest };
    }
    return current;
  }

  /** Every `$ref` in the document that names no schema of its components. */
  danglingRefs(): string[] {
    const refs = JSON.stringify(this.document).match(/"\$ref":"[^"]+"/g) ?? [];
    return [...new Set(refs.map((r) => r.slice(8, -1)))].filter(
      (ref) => !this.document.components.schemas[ref.split('/').pop()!],
    );
  }
}
