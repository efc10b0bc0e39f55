import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { FieldError } from '../errors/domain-error.js';

/**
 * What `@ValidateNested` leaves open: it passes an absent value (a required nested object may be
 * left out), an array where one object is declared (each element is validated instead), and arrays
 * inside a declared array of objects. Each of these reached the services as a shape their code does
 * not expect. The declared TypeScript type (decorator metadata) says which shape is right.
 */
export function nestedShapeProblems(instance: object, parent = ''): FieldError[] {
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(instance.constructor, '', true, false);
  const problems: FieldError[] = [];
  const nested = new Set(
    metadatas.filter((m) => m.type === ValidationTypes.NESTED_VALIDATION).map((m) => m.propertyName),
  );
  for (const property of nested) {
    const optional = metadatas.some(
      (m) => m.propertyName === property && m.type === ValidationTypes.CONDITIONAL_VALIDATION,
    );
    const field = parent ? `${parent}.${property}` : property;
    const value = (instance as Record<string, unknown>)[property];
    if (value === undefined || value === null) {
      if (!optional) problems.push({ field, message: `${field} is required` });
      continue;
    }
    // Not an object at all: class-validator already says so.
    if (typeof value !== 'object') continue;
    const declared: unknown = Reflect.getMetadata('design:type', Object.getPrototypeOf(instance), property);
    if (declared === Array) {
      if (!Array.isArray(value)) continue;
      value.forEach((item: unknown, i) => {
        const at = `${field}[${i}]`;
        if (item === null || typeof item !== 'object' || Array.isArray(item))
          problems.push({ field: at, message: `${at} must be an object` });
        else problems.push(...nestedShapeProblems(item, at));
      });
    } else if (Array.isArray(value)) {
      problems.push({ field, message: `${field} must be an object, not an array` });
    } else {
      problems.push(...nestedShapeProblems(value, field));
    }
  }
  return problems;
}
