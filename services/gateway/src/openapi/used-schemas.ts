import type { OpenAPIObject } from '@nestjs/swagger';
import type { SchemaObject } from './schemas.js';

const PREFIX = '#/components/schemas/';

/**
 * The schemas that the operations reach, directly or through other schemas, in name order. The
 * contracts also hold the bus's own messages (events, service-to-service requests), which the AsyncAPI
 * document describes; in the HTTP API's document they would be schemas no operation uses.
 */
export function usedSchemas(
  paths: OpenAPIObject['paths'],
  schemas: Record<string, SchemaObject>,
): Record<string, SchemaObject> {
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith(PREFIX)) {
          const name = value.slice(PREFIX.length);
          if (!used.has(name)) {
            used.add(name);
            visit(schemas[name]);
          }
        } else visit(value);
      }
    }
  };
  visit(paths);
  // A reference to a schema that is not there stays visible: the document's linter reports it.
  return Object.fromEntries(
    [...used].sort().flatMap((name) => (schemas[name] ? [[name, schemas[name]] as const] : [])),
  );
}
