import { contractJsonSchemas } from '@pcs/contracts/json-schema';
import type { OpenAPIObject } from '@nestjs/swagger';

type SchemaObject = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

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
};

/** Schemas of every contract class (commands, queries, views), plus Problem. */
export function contractSchemas(): Record<string, SchemaObject> {
  return { ...(contractJsonSchemas(PREFIX) as Record<string, SchemaObject>), Problem: PROBLEM_SCHEMA };
}
