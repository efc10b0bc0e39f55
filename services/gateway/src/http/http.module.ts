import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ContractValidationPipe } from '@pcs/platform';
import { CallContextInterceptor } from './call-context.interceptor.js';
import { ProblemDetailsFilter } from './problem-details.filter.js';
import { QueryParametersInterceptor } from './query-parameters.interceptor.js';

/** Cross-cutting HTTP behaviour: problem details, validation, call context. */
@Module({
  providers: [
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    { provide: APP_PIPE, useClass: ContractValidationPipe },
    { provide: APP_INTERCEPTOR, useClass: QueryParametersInterceptor },
    { provide: APP_INTERCEPTOR, useClass: CallContextInterceptor },
  ],
})
export class HttpModule {}
