import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { documentDeferredQueries } from './operations.js';
import { contractSchemas } from './schemas.js';
import { API_TAGS } from './tags.js';
import { usedSchemas } from './used-schemas.js';

/**
 * Where the API is reached. `/` first: Swagger UI and a client given the document by a deployed
 * gateway then call that same gateway; the local address is for tools that read docs/openapi.json
 * on a developer's machine (`npm start` listens on 3000). Decision 0074.
 */
const SERVERS = [
  { url: '/', description: 'The gateway that serves this document' },
  { url: 'http://localhost:3000', description: 'Local development (`npm start`)' },
];

/**
 * The OpenAPI document as clients and generators read it: every operation under /api/, named after its
 * handler, tagged with a described tag; the components are the contract schemas the operations use.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('物业客户服务中心 API')
    .setDescription(
      'Staff API of the property customer-service platform. Errors are RFC 9457 problem details; money is integer fen; ' +
        'times are ISO-8601 with an offset. Each operation lists the roles that may call it (x-roles).',
    )
    .setVersion('1')
    .setOpenAPIVersion('3.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  for (const { url, description } of SERVERS) builder.addServer(url, description);
  for (const { name, description } of Object.values(API_TAGS)) builder.addTag(name, description);
  const config = builder.build();
  // DocumentBuilder's contact always carries url and email, empty ones if not given: invalid as a URI
  // and an address, so the object is set whole. The team is the one place to ask; it has no public
  // page or mailbox yet.
  config.info.contact = { name: '物业客户服务中心 platform team' };
  // The API is for the company's own systems only; there is no public licence to point at, so the
  // SPDX form for a licence of one's own. OpenAPI 3.1 has `identifier`; Nest's types predate it.
  config.info.license = {
    name: 'Proprietary: internal use only',
    identifier: 'LicenseRef-Proprietary',
  } as OpenAPIObject['info']['license'];
  // A route's operationId is its handler's name (`listUnits`, `requestMoveOut`): generated clients
  // get verb-and-object method names, and renaming a handler is visibly an API change (decision 0043).
  documentDeferredQueries();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controller, method) => method,
  });
  // Health and metrics are for operators and probes, not part of the staff API.
  document.paths = Object.fromEntries(
    Object.entries(document.paths).filter(([path]) => path.startsWith('/api/')),
  );
  const schemas = { ...document.components?.schemas, ...contractSchemas() };
  document.components = { ...document.components, schemas: usedSchemas(document.paths, schemas) };
  return document;
}
