import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

/**
 * A stated reason (for a reveal, a file access, a cancellation, a correction) must say something:
 * it is trimmed, and what is left must be `min`..`max` characters, so `"   "` is refused naming the
 * field instead of being archived as a reason.
 */
export function IsReason(min = 1, max = 200): PropertyDecorator {
  return (target, propertyName) => {
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))(
      target,
      propertyName,
    );
    IsString()(target, propertyName);
    Length(min, max, {
      message: `$property must say something: ${min} to ${max} characters, not only spaces`,
    })(target, propertyName);
  };
}
