import { applyDecorators, SetMetadata } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiParam,
  ApiQuery,
  ApiResponse,
} from '@nestjs/swagger';
import { IDEMPOTENCY_KEY_REQUIRED } from '../http/idempotency-key.js';
import { contractProperties, PROBLEM_SCHEMA_REF, schemaRef } from './schemas.js';

/*
 * OpenAPI decorators for the shapes every route shares. Contract classes carry no @ApiProperty, so
 * bodies, responses and query parameters are described from the schemas generated from their
 * class-validator decorators: the document cannot drift from what the gateway validates.
 */

type ContractClass = { name: string };

export const ApiJsonBody = (cls: ContractClass): MethodDecorator => ApiBody({ schema: schemaRef(cls) });

/**
 * An error answer: always RFC 9457 problem details (`application/problem+json`), whatever the status,
 * so that generated clients parse every error the same way.
 */
export const ApiProblem = (
  status: number,
  description: string,
  headers?: Record<string, { description: string; schema: { type: 'integer'; minimum: number } }>,
): MethodDecorator & ClassDecorator =>
  ApiResponse({
    status,
    description,
    ...(headers ? { headers } : {}),
    content: { 'application/problem+json': { schema: PROBLEM_SCHEMA_REF } },
  });

/** 503 always says when to come back (decision 0075). */
export const ApiUnavailable = (description: string): MethodDecorator & ClassDecorator =>
  ApiProblem(503, description, {
    'Retry-After': {
      description: 'Seconds to wait before retrying',
      schema: { type: 'integer', minimum: 1 },
    },
  });

/**
 * A write that honours an Idempotency-Key, which the owning service keeps (decision 0005);
 * `conflicts` are its other reasons for a 409 (one entry per status in OpenAPI, so they share it).
 */
export function ApiIdempotent(...conflicts: string[]): MethodDecorator {
  return idempotencyKey(false, conflicts);
}

function idempotencyKey(required: boolean, conflicts: string[]): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required,
      description: `${required ? 'Required (400 without it). ' : ''}A retry with the same key and body returns the first response; another body is 409`,
    }),
    ApiProblem(
      409,
      [...conflicts, 'IDEMPOTENCY_KEY_REUSED: the key was used for another request'].join('; '),
    ),
  );
}

/** A creating route: 201 with the new record; it honours an Idempotency-Key. */
export function ApiCreates(view: ContractClass, ...conflicts: string[]): MethodDecorator {
  return applyDecorators(ApiCreatedResponse({ schema: schemaRef(view) }), ApiIdempotent(...conflicts));
}

/**
 * A creating route that records money: 201 with the new record, and refused (400 naming the header)
 * without an Idempotency-Key, so that a retry after a lost answer cannot record twice (decision 0200).
 * RequestInputGuard enforces what this documents.
 */
export function ApiCreatesOnce(view: ContractClass, ...conflicts: string[]): MethodDecorator {
  return applyDecorators(
    SetMetadata(IDEMPOTENCY_KEY_REQUIRED, true),
    ApiCreatedResponse({ schema: schemaRef(view) }),
    idempotencyKey(true, conflicts),
  );
}

/**
 * A write that moves money out of a balance it answers with (200), refused (400 naming the header)
 * without an Idempotency-Key, as a creating one is (decision 0200): a retry after a lost answer must
 * not pay twice.
 */
export function ApiMovesMoneyOnce(...conflicts: string[]): MethodDecorator {
  return applyDecorators(SetMetadata(IDEMPOTENCY_KEY_REQUIRED, true), idempotencyKey(true, conflicts));
}

export const ApiOk = (view: ContractClass): MethodDecorator => ApiOkResponse({ schema: schemaRef(view) });

/** A page of a list: `items` and, when more follow, `nextCursor` (interfaces: limit and cursor). */
export const ApiPage = (view: ContractClass): MethodDecorator =>
  ApiOkResponse({
    schema: {
      type: 'object',
      required: ['items'],
      properties: {
        items: { type: 'array', items: schemaRef(view) },
        nextCursor: {
          type: 'string',
          description: 'Present when more items follow; pass it as `cursor` to get them',
        },
      },
    },
  });

/** Query parameters ApiQueryOf has yet to document: applied when the API document is first built. */
const deferredQueries: (() => void)[] = [];

/**
 * One query parameter per property of the contract's query class, minus those the path carries.
 * Documented when the API document is first built rather than when the controller is defined:
 * generating the contracts' JSON schemas is about a tenth of the gateway's start (decision 0177).
 */
export function ApiQueryOf(cls: ContractClass, ...fromPath: string[]): MethodDecorator {
  return (target, key) => {
    deferredQueries.push(() => {
      const { properties, required } = contractProperties(cls);
      // The method as it is now: a decorator applied after this one may have replaced it.
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      if (!descriptor) throw new Error(`ApiQueryOf: ${String(key)} is gone from its controller`);
      applyDecorators(
        ...Object.entries(properties)
          .filter(([name]) => !fromPath.includes(name))
          .map(([name, schema]) => ApiQuery({ name, required: required.includes(name), schema })),
      )(target, key, descriptor);
    });
  };
}

/** Documents the query parameters ApiQueryOf deferred (once each); the document's builder calls it. */
export function documentDeferredQueries(): void {
  for (const document of deferredQueries.splice(0)) document();
}

/** A UUID in the path (validated: a malformed one is 400 naming `id`). */
export const ApiIdPath = (description: string): MethodDecorator =>
  ApiParam({ name: 'id', description, schema: { type: 'string', format: 'uuid' } });

/** A community code in the path (decision 0001); a malformed one is 400 naming `id`. */
export const ApiCommunityPath = (): MethodDecorator =>
  ApiParam({
    name: 'id',
    description: 'The community code, e.g. GZ01',
    schema: { type: 'string', pattern: '^[A-Z][A-Z0-9]{1,15}$' },
  });

export const ApiBadInput = (): MethodDecorator => ApiProblem(400, 'Invalid input; `errors` names each field');

/** Also the answer for records outside the caller's company or communities (GEN-5): never 403. */
export const ApiNotFound = (description: string): MethodDecorator => ApiProblem(404, description);

/** 422: well-formed, but a business rule refuses it (decision 0008). */
export const ApiRefused = (description: string): MethodDecorator => ApiProblem(422, description);

/**
 * Every route of the controller forwards to `service` over the bus: 503 at once when no instance
 * of it (or of a service it asks in turn) answers or its database is briefly unavailable, and when a
 * service it asks does not answer within the time left (decision 0374); 504 when it does not reply
 * within RPC_TIMEOUT_MS.
 */
export const ApiServedBy = (service: string): ClassDecorator =>
  applyDecorators(
    ApiUnavailable(
      `SERVICE_UNAVAILABLE: the ${service} service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds`,
    ),
    ApiProblem(504, `UPSTREAM_TIMEOUT: the ${service} service did not answer in time`),
  );
