// A reference, not an import: the declaration file has no runtime counterpart to import.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./class-transformer-storage.d.ts" />
import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import './index.js';

export type JsonSchema = Record<string, unknown>;

/**
 * The platform's own validators, as JSON Schema: without these the generator describes them by the
 * property's TypeScript type only (a date as any string, and a list of dates as a reference to a
 * schema named `Array` that does not exist), so clients and generated requests could not know them.
 */
const CUSTOM_VALIDATORS: Record<string, JsonSchema> = {
  isInstant: { type: 'string', format: 'date-time' },
  isLocalDate: { type: 'string', format: 'date' },
  isFen: { type: 'integer' },
};

/**
 * JSON Schemas of every contract class, generated from their class-validator decorators, for the
 * OpenAPI and AsyncAPI documents. A separate entry point (`@pcs/contracts/json-schema`): services do
 * not load it.
 */
export function contractJsonSchemas(refPointerPrefix: string): Record<string, JsonSchema> {
  return validationMetadatasToSchemas({
    refPointerPrefix,
    classTransformerMetadataStorage: defaultMetadataStorage,
    additionalConverters: CUSTOM_VALIDATORS,
  }) as Record<string, JsonSchema>;
}
