import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { LOGGER, Metrics, type EdgeSpec } from '@pcs/platform';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { GATEWAY_DEVELOPMENT_ENV, GatewayEnv } from './config/gateway-env.js';
import { installJsonBodyParser } from './http/json-body-parser.js';
import { installRequestHooks } from './http/request-hooks.js';
import { contractSchemas } from './openapi/schemas.js';

export const gateway: EdgeSpec<GatewayEnv> = {
  name: 'gateway',
  env: GatewayEnv,
  developmentEnv: GATEWAY_DEVELOPMENT_ENV,
  imports: [AppModule],
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
  // A route's operationId is its handler's name (`listUnits`, `requestMoveOut`): generated clients
  // get verb-and-object method names, and renaming a handler is visibly an API change (decision 0043).
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controller, method) => method,
  });
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
