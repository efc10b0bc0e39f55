import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Observable } from 'rxjs';
import { DomainError } from '@pcs/contracts';
import { CallContext } from '../context/call-context.js';
import { TENANT_FILTER, tenantArgsOf } from './tenant-filter.js';

/**
 * Gives every bus request its own EntityManager (the automatic request context covers HTTP only) and
 * scopes it to the caller's company and communities.
 */
@Injectable()
export class OrmCallContextInterceptor implements NestInterceptor {
  constructor(private readonly orm: MikroORM) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    // Every request acts for somebody (a staff member, or a service on its own behalf); without an
    // actor there is no scope, and the tenant filter would fail the first query.
    if (!CallContext.current()?.actor) throw new DomainError('UNAUTHENTICATED');
    return new Observable((subscriber) =>
      RequestContext.create(this.orm.em, () => {
        const actor = CallContext.actor();
        RequestContext.getEntityManager()?.setFilterParams(TENANT_FILTER, tenantArgsOf(actor));
        return next.handle().subscribe(subscriber);
      }),
    );
  }
}
