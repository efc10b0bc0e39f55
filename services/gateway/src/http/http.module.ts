import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ContractValidationPipe } from '@pcs/platform';
import { ProblemDetailsFilter } from './problem-details.filter.js';
import { RequestInputGuard } from './request-input.guard.js';

/**
 * Cross-cutting HTTP behaviour: problem details, validation of bodies, query strings and headers.
 * The call context is opened by a Fastify hook (request-hooks.ts), so the gateway has no global
 * interceptor and Nest builds no Observable chain per request.
 */
@Module({
  providers: [
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    { provide: APP_PIPE, useClass: ContractValidationPipe },
    { provide: APP_GUARD, useClass: RequestInputGuard },
  ],
})
export class HttpModule {}
