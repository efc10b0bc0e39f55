import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { DomainError } from '@pcs/contracts';
import { CallContext } from '@pcs/platform';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';

/** Printable ASCII, 1-255 characters (a UUID is the usual choice). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Runs the route handler inside the call context that the bus carries on to the services: the
 * correlation id, the verified staff member, and the client's Idempotency-Key.
 */
@Injectable()
export class CallContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const key = request.headers['idempotency-key'];
    if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))) {
      throw DomainError.validation([
        { field: 'Idempotency-Key', message: 'Idempotency-Key must be 1-255 printable ASCII characters' },
      ]);
    }
    return new Observable((subscriber) =>
      CallContext.run(
        {
          correlationId: request.correlationId,
          ...(request.actor ? { actor: request.actor } : {}),
          ...(key ? { idempotencyKey: key } : {}),
        },
        () => next.handle().subscribe(subscriber),
      ),
    );
  }
}
