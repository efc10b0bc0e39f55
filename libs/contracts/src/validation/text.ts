import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * A text a person must write (a name, a description, a note, an answer): a string of `min`..`max`
 * characters of which at least `min` are not white space, so `"   "` is refused naming the field
 * instead of being recorded as a name or an answer. Unlike `@IsReason` it does not trim (a pure rule:
 * the validation plan keeps the class planned, decision 0188), so what was typed is stored as typed.
 */
export function HasText(min = 1, max = 2000, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    // Decision 0339: a direction override garbles every list the text appears in; refused on its own
    // message so that the person knows what to remove.
    registerDecorator({
      name: 'noDirectionControls',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message:
          '$property must not contain text-direction control characters (U+202A–U+202E, U+2066–U+2069)',
        ...(options?.each ? { each: options.each } : {}),
      },
      validator: { validate: (value: unknown) => !hasDirectionControls(value) },
    });
    registerDecorator({
      name: 'hasText',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [min, max],
      options: {
        message: `$property must say something: ${min} to ${max} characters, not only spaces`,
        ...options,
      },
      validator: { validate: (value: unknown) => hasText(value, min, max) },
    });
  };
}

/**
 * The bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): typed
 * into a name they reverse or reorder how it and what follows it display (`\u202e明王` shows as 王明).
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** `value` is a string carrying a text-direction control character (decision 0339). */
export function hasDirectionControls(value: unknown): boolean {
  return typeof value === 'string' && DIRECTION_CONTROLS.test(value);
}

/**
 * White space at either end, and the invisible format characters a pasted text carries (zero-width
 * space, non-joiner and joiner U+200B–U+200D, word joiner U+2060, BOM U+FEFF): text made only of
 * them shows as an empty cell, so it counts as blank (decision 0266).
 */
const BLANK_ENDS = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;

/** `value` is a string of at most `max` characters with at least `min` that are not blank. */
export function hasText(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length <= max && value.replace(BLANK_ENDS, '').length >= min;
}
