import { describe, expect, it } from '@jest/globals';
import { Type } from 'class-transformer';
import { IsArray, IsString, registerDecorator, ValidateNested } from 'class-validator';
import { contractJsonSchemas, jsonSchemasOf, SchemaBridgeError } from './json-schema.js';
import { IsLocalDate } from './validation/validators.js';

const PREFIX = '#/components/schemas/';

class Item {
  @IsString()
  name!: string;
}

class Listing {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => Item)
  items!: Item[];

  // Without `each`, class-validator still validates an array element by element.
  @ValidateNested()
  @Type(() => Item)
  more!: Item[];

  @ValidateNested()
  @Type(() => Item)
  one!: Item;

  @IsLocalDate({ each: true })
  days!: string[];
}

class UntypedListing {
  @ValidateNested({ each: true })
  items!: Item[];
}

class Odd {
  @((target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isOdd',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: { validate: (value: unknown) => typeof value === 'number' && value % 2 === 1 },
    }))
  value!: number;
}

const refsIn = (schema: unknown): string[] => JSON.stringify(schema).match(/"\$ref":"[^"]*"/g) ?? [];

describe('the schema bridge (class-validator to JSON Schema, decision 0070)', () => {
  it('makes an array of nested classes an array of references to the class, with or without `each`', () => {
    const schemas = jsonSchemasOf([Item, Listing], PREFIX);
    expect(schemas['Listing']!['properties']).toEqual({
      items: { type: 'array', items: { $ref: `${PREFIX}Item` } },
      more: { type: 'array', items: { $ref: `${PREFIX}Item` } },
      one: { $ref: `${PREFIX}Item` },
      days: { type: 'array', items: { type: 'string', format: 'date' } },
    });
  });

  it('refuses a nested array whose items have no @Type: its TypeScript type says only "Array"', () => {
    expect(() => jsonSchemasOf([Item, UntypedListing], PREFIX)).toThrow(SchemaBridgeError);
    expect(() => jsonSchemasOf([Item, UntypedListing], PREFIX)).toThrow(/UntypedListing\.items.*@Type/);
  });

  it('refuses a validator it has no schema for, instead of guessing from the TypeScript type', () => {
    expect(() => jsonSchemasOf([Odd], PREFIX)).toThrow(
      /Odd\.value: the validator "isOdd" has no JSON Schema/,
    );
  });

  it('refuses a reference to a class outside the documented ones', () => {
    expect(() => jsonSchemasOf([Listing], PREFIX)).toThrow(
      /Listing\/properties\/items\/items: .*Item names no/,
    );
  });

  it('describes every contract with references that all resolve, none to Array or Object', () => {
    const schemas = contractJsonSchemas(PREFIX);
    expect(Object.keys(schemas).length).toBeGreaterThan(100);
    const refs = refsIn(schemas).map((r) => r.slice('"$ref":"'.length + PREFIX.length, -1));
    expect(refs.filter((name) => !schemas[name])).toEqual([]);
    expect(schemas).not.toHaveProperty('Array');
    expect(Object.keys(schemas)).toEqual([...Object.keys(schemas)].sort());
  });
});
