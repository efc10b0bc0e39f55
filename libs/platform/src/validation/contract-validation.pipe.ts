import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { DomainError, validatePayload } from '@pcs/contracts';

const PASS_THROUGH = new Set<unknown>([String, Number, Boolean, Object, Array, Symbol, BigInt, undefined]);

/**
 * Validates every decorated payload (HTTP bodies and queries at the gateway, bus payloads in the
 * services) with the contracts' one validation function, so a bad payload gets the same field errors
 * whichever way it arrives.
 */
@Injectable()
export class ContractValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const { metatype } = metadata;
    if (PASS_THROUGH.has(metatype) || metadata.type === 'custom') return value;
    // An absent body is an empty one; a JSON `null` is a body that is not an object.
    const result = validatePayload(metatype as new () => object, value === undefined ? {} : value);
    if (!result.ok) throw DomainError.validation(result.errors);
    return result.value;
  }
}
