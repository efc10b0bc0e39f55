// A reference, not an import: the declaration file has no runtime counterpart to import.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./class-transformer-storage.d.ts" />
import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { getMetadataStorage } from 'class-validator';
import { validationMetadataArrayToSchemas } from 'class-validator-jsonschema';
import * as contracts from './index.js';
import { danglingReferences } from './json-schema/references.js';
import { SchemaBridgeError } from './json-schema/schema-bridge-error.js';
import {
  validatorConverters,
  type JsonSchema,
  type ValidationMetadata,
} from './json-schema/validator-converters.js';

export type { JsonSchema } from './json-schema/validator-converters.js';
export { SchemaBridgeError } from './json-schema/schema-bridge-error.js';

/**
 * JSON Schemas of every contract class, generated from their class-validator decorators, for the
 * OpenAPI and AsyncAPI documents. A separate entry point (`@pcs/contracts/json-schema`): services do
 * not load it. Throws a SchemaBridgeError for what it cannot describe (decision 0070).
 */
export function contractJsonSchemas(refPointerPrefix: string): Record<string, JsonSchema> {
  return jsonSchemasOf(contractClasses(), refPointerPrefix);
}

/**
 * The schemas of `classes`, each by its class name. Only these: class-validator's storage also holds
 * every other decorated class the process loaded (the gateway's settings, its path parameters), which
 * are not contracts and have no place in an API document. A reference to a class outside `classes`
 * is refused, as is anything the converters cannot describe.
 */
export function jsonSchemasOf(
  classes: Iterable<abstract new (...args: never[]) => unknown>,
  refPointerPrefix: string,
): Record<string, JsonSchema> {
  const storage = getMetadataStorage();
  const metadatas = new Set<ValidationMetadata>();
  for (const cls of classes) {
    for (const meta of storage.getTargetValidationMetadatas(cls, '', true, false)) metadatas.add(meta);
  }
  const schemas = validationMetadataArrayToSchemas(
    // Decorators made with registerDecorator are known by their constraint's name (`isLocalDate`).
    [...metadatas].map((meta) => {
      const constraint = meta.constraintCls && storage.getTargetValidatorConstraints(meta.constraintCls)[0];
      return constraint ? { ...meta, type: constraint.name } : { ...meta };
    }),
    {
      refPointerPrefix,
      classTransformerMetadataStorage: defaultMetadataStorage,
      additionalConverters: validatorConverters((meta) =>
        defaultMetadataStorage
          .findTypeMetadata(meta.target as new () => unknown, meta.propertyName)
          ?.typeFunction(),
      ),
    },
  ) as Record<string, JsonSchema>;
  const dangling = danglingReferences(schemas, refPointerPrefix);
  if (dangling.length) {
    throw new SchemaBridgeError(dangling.map((ref) => `${ref} names no contract schema`));
  }
  // By name, so that the documents do not reorder whenever the contracts' imports do.
  return Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The classes `@pcs/contracts` exports, with the classes they extend (whose fields they inherit). */
function contractClasses(): Set<abstract new (...args: never[]) => unknown> {
  const classes = new Set<abstract new (...args: never[]) => unknown>();
  for (const value of Object.values(contracts) as unknown[]) {
    let cls = value;
    // Functions that are not classes have no validation metadata, so they add nothing.
    while (typeof cls === 'function' && cls !== Function.prototype) {
      classes.add(cls as abstract new (...args: never[]) => unknown);
      cls = Object.getPrototypeOf(cls);
    }
  }
  return classes;
}
