import { contractJsonSchemas } from '@pcs/contracts/json-schema';
import type { OpenAPIObject } from '@nestjs/swagger';

export type SchemaObject = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

const PREFIX = '#/components/schemas/';

/** A reference to the schema of a contract class, generated from its class-validator decorators. */
export function schemaRef(cls: { name: string }): { $ref: string } {
  return { $ref: `${PREFIX}${cls.name}` };
}

export const PROBLEM_SCHEMA_REF = { $ref: `${PREFIX}Problem` };

/** RFC 9457 problem details as the gateway sends them. */
const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string', description: 'Chinese title of the error code' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string', description: 'Stable machine code, e.g. COMPLAINT_NOT_FOUND' },
    correlationId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
  // Codes with details carry them as extension members, e.g. `openItems` of MOVE_OUT_BLOCKED_BY_ARREARS.
  additionalProperties: true,
};

let generated: Record<string, SchemaObject> | undefined;

/** Generated once: route decorators read it (query parameters) as well as the document. */
function generatedSchemas(): Record<string, SchemaObject> {
  generated ??= contractJsonSchemas(PREFIX) as Record<string, SchemaObject>;
  return generated;
}

/** The properties of one contract class, as its generated schema describes them. */
export function contractProperties(cls: { name: string }): {
  properties: Record<string, SchemaObject>;
  required: string[];
} {
  const schema = generatedSchemas()[cls.name] as
    { properties?: Record<string, SchemaObject>; required?: string[] } | undefined;
  if (!schema) throw new Error(`no JSON schema for ${cls.name}: is it a contract class?`);
  return { properties: schema.properties ?? {}, required: schema.required ?? [] };
}

/** Schemas of every contract class (commands, queries, views), plus Problem. */
export function contractSchemas(): Record<string, SchemaObject> {
  return { ...generatedSchemas(), Problem: PROBLEM_SCHEMA };
}
