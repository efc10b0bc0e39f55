import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { DomainError, type FieldError } from '@pcs/contracts';
import type { FastifyRequest } from 'fastify';
import { acceptableIdempotencyKey, requiresIdempotencyKey } from './idempotency-key.js';

/**
 * The request line and headers are input like a body, held to the same rules. The query string: a
 * route that takes no query parameters refuses any (as the contract classes of those that do refuse
 * unknown ones), instead of ignoring them and doing what the client may not have meant; and a
 * parameter whose percent-encoding is not UTF-8 is refused rather than passed on undecoded. The
 * Idempotency-Key: one printable ASCII value of 1-255 characters, or none; on a route that records
 * money (decision 0200) one is required.
 *
 * A guard, not an interceptor: it runs after StaffAuthGuard (AuthModule is imported before
 * HttpModule, and global guards run in the order their modules are scanned), so an unauthenticated
 * request is 401 whatever else is wrong with it; and before the pipes, as the interceptor did.
 */
@Injectable()
export class RequestInputGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const search = request.url.split('?').slice(1).join('?');
    if (search !== '') {
      const problems: FieldError[] = undecodable(search);
      if (!takesQuery(context)) {
        for (const name of Object.keys(request.query as object)) {
          problems.push({ field: name, message: `property ${name} should not exist` });
        }
      }
      if (problems.length > 0) throw DomainError.validation(problems);
    }
    const key = request.headers['idempotency-key'];
    if (key !== undefined && acceptableIdempotencyKey(key) === undefined) {
      throw DomainError.validation([
        { field: 'Idempotency-Key', message: 'Idempotency-Key must be 1-255 printable ASCII characters' },
      ]);
    }
    // Looked up only for a request without a key: the others pay nothing for it.
    if (key === undefined && requiresIdempotencyKey(context.getHandler())) {
      throw DomainError.validation([
        { field: 'Idempotency-Key', message: 'Idempotency-Key is required: a retry must not record twice' },
      ]);
    }
    return true;
  }
}

/** Whether the route handler has a `@Query()` parameter. */
function takesQuery(context: ExecutionContext): boolean {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ??
    {}) as Record<string, unknown>;
  return Object.keys(args).some((key) => key.split(':')[0] === String(RouteParamtypes.QUERY));
}

/** Parameters whose name or value is not valid percent-encoded UTF-8. */
function undecodable(search: string): FieldError[] {
  const problems: FieldError[] = [];
  for (const pair of search.split('&')) {
    const [name = '', value = ''] = pair.split('=', 2);
    const decoded = decode(name);
    if (decoded === undefined || decode(value) === undefined) {
      const field = decoded ?? name;
      problems.push({ field, message: `${field} is not valid percent-encoded UTF-8` });
    }
  }
  return problems;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}
