import { ErrorCode } from './error-code.js';

/** One invalid field: `field` is a dotted path into the payload (`customer.phone`, `items[2].amountFen`). */
export interface FieldError {
  field: string;
  message: string;
}

/** How an error travels over the bus: a code, a message for people, and optional structured details. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

export interface ErrorDetails {
  errors?: FieldError[];
  [key: string]: unknown;
}

/**
 * An expected failure of a command or query. Services throw it; the bus carries its body; the gateway
 * turns it into problem details. Anything that is not a DomainError is an internal error.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = ErrorCode[code],
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static validation(errors: FieldError[], message = ErrorCode.VALIDATION_FAILED): DomainError {
    return new DomainError('VALIDATION_FAILED', message, { errors });
  }

  static notFound(code: ErrorCode = 'NOT_FOUND', message: string = ErrorCode[code]): DomainError {
    return new DomainError(code, message);
  }

  /** A refusal about one field: the message for people is also the field's (422s name what to correct). */
  static onField(code: ErrorCode, field: string, message: string): DomainError {
    return new DomainError(code, message, { field, errors: [{ field, message }] });
  }

  toBody(): ErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
