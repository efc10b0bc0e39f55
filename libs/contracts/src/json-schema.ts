// A reference, not an import: the declaration file has no runtime counterpart to import.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./class-transformer-storage.d.ts" />
import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import './index.js';

export type JsonSchema = Record<string, unknown>;

/**
 * JSON Schemas of every contract class, generated from their class-validator decorators, for the
 * OpenAPI and AsyncAPI documents. A separate entry point (`@pcs/contracts/json-schema`): services do
 * not load it.
 */
export function contractJsonSchemas(refPointerPrefix: string): Record<string, JsonSchema> {
  return validationMetadatasToSchemas({
    refPointerPrefix,
    classTransformerMetadataStorage: defaultMetadataStorage,
  }) as Record<string, JsonSchema>;
}
