import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError, type ValidatorOptions } from 'class-validator';
import type { FieldError } from '../errors/domain-error.js';
import { passWithPlan, planFor, TRANSFORMER_OPTIONS } from './contract-plan.js';
import { installValidationMetadataCache } from './metadata-cache.js';
import { nestedShapeProblems } from './nested-shape.js';
import { screenPayload } from './payload-screen.js';

/**
 * The one way a payload is checked against its contract class, at the gateway (HTTP bodies and
 * queries) and in every service (NATS commands): the same body gives the same field errors on both.
 */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

installValidationMetadataCache();

const VALIDATOR_OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  // The value is kept so that a missing field gets one clear message; it never leaves this module.
  validationError: { target: false, value: true },
};

/**
 * `lenient` accepts unknown fields and drops them: for events, whose producers may add optional fields
 * within a version before every consumer knows them. Commands and queries are strict.
 */
export function validatePayload<T extends object>(
  cls: new () => T,
  raw: unknown,
  mode: 'strict' | 'lenient' = 'strict',
): ValidationResult<T> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: [{ field: '', message: 'the body must be a JSON object' }] };
  }
  // What no contract accepts is refused before the recursive transformer and validator see it.
  const screened = screenPayload(raw, mode === 'strict');
  if (screened.length > 0) return { ok: false, errors: screened };
  // Most payloads pass: a plan made once per class says so without the generic walk below.
  const plan = planFor(cls);
  const passed = plan && passWithPlan(plan, raw as Record<string, unknown>, mode === 'strict');
  if (passed) return { ok: true, value: passed as T };
  return validateGenerically(cls, raw, mode);
}

/**
 * class-transformer and class-validator over a screened payload: what gives every field error, and
 * what the plan's answers are checked against (contract-plan.spec.ts).
 */
export function validateGenerically<T extends object>(
  cls: new () => T,
  raw: object,
  mode: 'strict' | 'lenient',
): ValidationResult<T> {
  const value = plainToInstance(cls, raw, TRANSFORMER_OPTIONS);
  const errors = [
    ...toFieldErrors(
      validateSync(
        value,
        mode === 'strict' ? VALIDATOR_OPTIONS : { ...VALIDATOR_OPTIONS, forbidNonWhitelisted: false },
      ),
    ),
    ...nestedShapeProblems(value),
  ];
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: uniqueErrors(errors) };
}

/** A missing nested object is reported by the validator and by the shape check: once is enough. */
function uniqueErrors(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.field}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Flattens class-validator's tree into `{ field, message }` with dotted paths, one entry per failed rule. */
export function toFieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = joinPath(parent, error.property);
    if ((error.value === undefined || error.value === null) && error.constraints) {
      // A missing field fails every rule of its property; one message says what is wrong: its
      // `@IsDefined` message where the contract words it, else "x is required".
      out.push({ field, message: error.constraints['isDefined'] ?? `${field} is required` });
      continue;
    }
    for (const message of Object.values(error.constraints ?? {})) {
      out.push({ field, message: message.replace(/^an instance of \w+ /, '') });
    }
    if (error.children?.length) out.push(...toFieldErrors(error.children, field));
  }
  return out;
}

function joinPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}
