import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import type { Logger } from 'pino';
import { throwError, type Observable } from 'rxjs';
import { toErrorBody } from '../errors/error-body.js';
import type { ErrorBody } from '@pcs/contracts';

/** Turns whatever a bus handler threw into the error body of the reply; logs what was unexpected. */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown): Observable<ErrorBody> {
    const { body, expected, transient } = toErrorBody(exception);
    if (!expected) this.logger.error({ err: exception }, 'unexpected error in a bus handler');
    else if (transient) this.logger.warn({ err: exception, transient }, 'transient failure in a bus handler');
    return throwError(() => body);
  }
}
