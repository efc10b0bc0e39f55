import { Transform } from 'class-transformer';

/** `true` and `false` in a query string are booleans; anything else stays text and fails. */
export const QueryBoolean = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));
