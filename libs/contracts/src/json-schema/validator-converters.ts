import { ValidationTypes } from 'class-validator';
import type { validationMetadataArrayToSchemas } from 'class-validator-jsonschema';
import { SchemaBridgeError } from './schema-bridge-error.js';

export type JsonSchema = Record<string, unknown>;

export type ValidationMetadata = Parameters<typeof validationMetadataArrayToSchemas>[0][number];

type Converter = (meta: ValidationMetadata, options: { refPointerPrefix: string }) => JsonSchema;

/**
 * The platform's own validators, as JSON Schema. A validator missing here is refused (below) rather
 * than described by the property's TypeScript type: for `each: true` that type is the array's, so a
 * list of dates became a reference to a schema named `Array` that no document defines.
 */
const VALIDATOR_SCHEMAS: Record<string, JsonSchema> = {
  isInstant: { type: 'string', format: 'date-time' },
  isLocalDate: { type: 'string', format: 'date' },
  isFen: { type: 'integer' },
  // Decision 0339: text-direction controls refused in texts a person writes (with `hasText`).
  noDirectionControls: { type: 'string' },
  isPhoneNumber: {
    type: 'string',
    maxLength: 60,
    description:
      'A mainland mobile or landline number in any common format, e.g. +86 138 0013 8000 or 020-88881234 转 601',
  },
  // Decisions 0230, 0233: the document's type decides; the other decorators on the field give its pattern.
  isNumberOfItsDocumentType: {
    type: 'string',
    description:
      'For a resident-id-card: 18 characters, an area code not starting with 0, a real birth date from 1900 to today and the check character of GB 11643 (ISO 7064 MOD 11-2)',
  },
  isResidentIdNumberIfItLooksLikeOne: {
    type: 'string',
    description:
      'Digits written as a resident ID card number (15 to 19, perhaps ending in X) must be one: 18 characters with a real birth date and the right check character',
  },
};

const NOT_A_CLASS = new Set<unknown>([Array, Object, String, Number, Boolean, Map, Set, undefined]);

function where(meta: ValidationMetadata): string {
  return `${(meta.target as { name?: string }).name ?? String(meta.target)}.${meta.propertyName}`;
}

/** Reached for any validator without a schema of its own (class-validator's fallback). */
const refuseUnknownValidator: Converter = (meta) => {
  throw new SchemaBridgeError([
    `${where(meta)}: the validator "${meta.type}" has no JSON Schema; add one to VALIDATOR_SCHEMAS in libs/contracts/src/json-schema/validator-converters.ts`,
  ]);
};

/**
 * `@ValidateNested`: a reference to the nested class's schema. The class comes from `@Type()` only:
 * the TypeScript type of `items: Item[]` is `Array`, which says nothing about the items. Without `each`
 * class-validator still validates an array element by element (and nestedShapeProblems accepts it),
 * so an array-typed property is an array of references either way; with `each` the generator wraps
 * the reference in the array itself.
 */
function nestedClass(typeOf: (meta: ValidationMetadata) => unknown): Converter {
  return (meta, options) => {
    const cls = typeOf(meta);
    if (NOT_A_CLASS.has(cls) || typeof cls !== 'function' || !cls.name) {
      throw new SchemaBridgeError([
        `${where(meta)}: @ValidateNested needs @Type(() => TheNestedClass) to say which class its value (or each item) is`,
      ]);
    }
    const ref = { $ref: `${options.refPointerPrefix}${cls.name}` };
    const declared: unknown = Reflect.getMetadata(
      'design:type',
      (meta.target as { prototype: object }).prototype,
      meta.propertyName,
    );
    return declared === Array && !meta.each ? { type: 'array', items: ref } : ref;
  };
}

/** Converters that replace class-validator-jsonschema's guesses from TypeScript types. */
export function validatorConverters(
  typeOf: (meta: ValidationMetadata) => unknown,
): Record<string, JsonSchema | Converter> {
  return {
    ...VALIDATOR_SCHEMAS,
    // `@HasText(min, max)`: its bounds, and at least one character that is not white space.
    hasText: (meta) => {
      const [minLength, maxLength] = meta.constraints as [number, number];
      return { type: 'string', minLength, maxLength, pattern: '\\S' };
    },
    [ValidationTypes.CUSTOM_VALIDATION]: refuseUnknownValidator,
    [ValidationTypes.NESTED_VALIDATION]: nestedClass(typeOf),
  };
}
