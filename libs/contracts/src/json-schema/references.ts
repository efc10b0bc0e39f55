import type { JsonSchema } from './validator-converters.js';

/**
 * Every `$ref` in `schemas` that does not name one of them. The bridge only ever points at other
 * contract schemas, so anything else (a class outside the contracts, a pointer into a schema's
 * properties) would be a reference the documents' readers cannot resolve.
 */
export function danglingReferences(schemas: Record<string, JsonSchema>, prefix: string): string[] {
  const dangling: string[] = [];
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, `${at}/${i}`));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          const name = value.startsWith(prefix) ? value.slice(prefix.length) : undefined;
          if (name === undefined || !Object.hasOwn(schemas, name)) dangling.push(`${at}: ${value}`);
        } else visit(value, `${at}/${key}`);
      }
    }
  };
  for (const [name, schema] of Object.entries(schemas)) visit(schema, name);
  return dangling;
}
