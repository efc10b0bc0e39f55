import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { LOGGER, Metrics, type EdgeSpec } from '@pcs/platform';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { consoleSignInOf, developmentSignInOf, installConsole } from './console/console-routes.js';
import { GATEWAY_DEVELOPMENT_ENV, GatewayEnv } from './config/gateway-env.js';
import { installJsonBodyParser } from './http/json-body-parser.js';
import { installRequestHooks } from './http/request-hooks.js';
import { buildOpenApiDocument } from './openapi/document.js';

export const gateway: EdgeSpec<GatewayEnv> = {
  name: 'gateway',
  env: GatewayEnv,
  developmentEnv: GATEWAY_DEVELOPMENT_ENV,
  imports: [AppModule],
};

/** Hooks and documents that live on the Fastify instance rather than in Nest modules. */
export function configureGateway(app: NestFastifyApplication, parts?: { env: object }): void {
  const fastify = app.getHttpAdapter().getInstance();
  // The API speaks JSON only: any other body is 415, not a string to misread; JSON is UTF-8.
  fastify.removeContentTypeParser(['text/plain']);
  installJsonBodyParser(fastify);
  const logger = app.get<Logger>(LOGGER);
  installRequestHooks(fastify, app.get(Metrics), logger);
  const env = parts?.env as GatewayEnv | undefined;
  installConsole(fastify, {
    dir: env?.CONSOLE_DIR,
    devSignIn: developmentSignInOf(env),
    signIn: consoleSignInOf(env),
    logger,
  });
  // Built on the first request for it, not at start: scanning every route and contract schema is
  // ~15 % of the gateway's start, and probes and staff never wait for a document nobody asked for.
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
  });
}
