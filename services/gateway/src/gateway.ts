import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ContractValidationPipe, LOGGER, Metrics, type EdgeSpec } from '@pcs/platform';
import type { Logger } from 'pino';
import { AuthModule } from './auth/auth.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { CommunitiesModule } from './communities/communities.module.js';
import { ComplaintsModule } from './complaints/complaints.module.js';
import { DecorationsModule } from './decorations/decorations.module.js';
import { FileAccessModule } from './file-access/file-access.module.js';
import { HandoverModule } from './handover/handover.module.js';
import { MoveInsModule } from './move-ins/move-ins.module.js';
import { MoveOutsModule } from './move-outs/move-outs.module.js';
import { OccupanciesModule } from './occupancies/occupancies.module.js';
import { PeopleModule } from './people/people.module.js';
import { UnitsModule } from './units/units.module.js';
import { GATEWAY_DEVELOPMENT_ENV, GatewayEnv } from './config/gateway-env.js';
import { CallContextInterceptor } from './http/call-context.interceptor.js';
import { installJsonBodyParser } from './http/json-body-parser.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { QueryParametersInterceptor } from './http/query-parameters.interceptor.js';
import { installRequestHooks } from './http/request-hooks.js';
import { contractSchemas } from './openapi/schemas.js';

/** Cross-cutting HTTP behaviour: problem details, validation, call context. */
@Module({
  providers: [
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    { provide: APP_PIPE, useClass: ContractValidationPipe },
    { provide: APP_INTERCEPTOR, useClass: QueryParametersInterceptor },
    { provide: APP_INTERCEPTOR, useClass: CallContextInterceptor },
  ],
})
class HttpModule {}

export const gateway: EdgeSpec<GatewayEnv> = {
  name: 'gateway',
  env: GatewayEnv,
  developmentEnv: GATEWAY_DEVELOPMENT_ENV,
  imports: [
    HttpModule,
    AuthModule,
    ComplaintsModule,
    // The residents service's routes (RES-*, GEN-1, GEN-4), one module per area.
    CommunitiesModule,
    UnitsModule,
    PeopleModule,
    OccupanciesModule,
    HandoverModule,
    MoveInsModule,
    MoveOutsModule,
    DecorationsModule,
    FileAccessModule,
    CalendarModule,
  ],
};

/** Hooks and documents that live on the Fastify instance rather than in Nest modules. */
export function configureGateway(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  // The API speaks JSON only: any other body is 415, not a string to misread; JSON is UTF-8.
  fastify.removeContentTypeParser(['text/plain']);
  installJsonBodyParser(fastify);
  installRequestHooks(fastify, app.get(Metrics), app.get<Logger>(LOGGER));
  const config = new DocumentBuilder()
    .setTitle('物业客户服务中心 API')
    .setDescription(
      'Staff API of the property customer-service platform. Errors are RFC 9457 problem details; money is integer fen; ' +
        'times are ISO-8601 with an offset. Each operation lists the roles that may call it (x-roles).',
    )
    .setVersion('1')
    .setOpenAPIVersion('3.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  // Health and metrics are for operators and probes, not part of the staff API.
  document.paths = Object.fromEntries(
    Object.entries(document.paths).filter(([path]) => path.startsWith('/api/')),
  );
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...contractSchemas() },
  };
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
  });
}
