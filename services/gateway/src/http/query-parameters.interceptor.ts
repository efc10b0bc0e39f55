import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { DomainError, type FieldError } from '@pcs/contracts';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';

/**
 * The query string is input like a body, held to the same rules: a route that takes no query
 * parameters refuses any (as the contract classes of those that do refuse unknown ones), instead of
 * ignoring them and doing what the client may not have meant; and a parameter whose percent-encoding
 * is not UTF-8 is refused rather than passed on undecoded.
 */
@Injectable()
export class QueryParametersInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const search = request.url.split('?').slice(1).join('?');
    if (search === '') return next.handle();
    const problems: FieldError[] = undecodable(search);
    if (!takesQuery(context)) {
      for (const name of Object.keys(request.query as object)) {
        problems.push({ field: name, message: `property ${name} should not exist` });
      }
    }
    if (problems.length > 0) throw DomainError.validation(problems);
    return next.handle();
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
