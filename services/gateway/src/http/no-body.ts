import { Body, Injectable, type PipeTransform } from '@nestjs/common';
import { DomainError } from '@pcs/contracts';

/**
 * For actions whose command carries nothing but the path id (submit, complete, request-inspection).
 * No body, or `{}`, is accepted; any field is refused as unknown, as in every other body, so a
 * client that thinks it is sending something learns that it is not, instead of being ignored.
 */
@Injectable()
export class EmptyBodyPipe implements PipeTransform {
  transform(value: unknown): undefined {
    // No body at all reaches here as undefined; `null` is a body, and not an empty one.
    if (value === undefined) return undefined;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw DomainError.validation([{ field: '', message: 'the body must be a JSON object' }]);
    }
    const fields = Object.keys(value);
    if (fields.length > 0) {
      throw DomainError.validation(
        fields.map((field) => ({ field, message: `property ${field} should not exist` })),
      );
    }
    return undefined;
  }
}

/** The body of an action that takes no input: absent or empty. */
export const NoBody = (): ParameterDecorator => Body(EmptyBodyPipe);
