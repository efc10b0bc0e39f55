import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import { CallContext } from '../context/call-context.js';
import type { LogLevel } from '../config/service-env.js';

/**
 * JSON lines on stdout, one object per event, with the service name and the correlation id of the
 * work in progress, so that one request can be followed across the gateway, the services and events.
 */
export function createLogger(service: string, level: LogLevel = 'info'): Logger {
  return pino({
    level,
    base: { service },
    messageKey: 'msg',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const ctx = CallContext.current();
      return ctx ? { correlationId: ctx.correlationId, ...(ctx.actor ? { actor: ctx.actor.sub } : {}) } : {};
    },
    // Tokens and personal data never reach the logs (GEN-4).
    redact: {
      paths: ['authorization', '*.authorization', 'headers.authorization', '*.phone', '*.idNumber', 'token'],
      censor: '[redacted]',
    },
  });
}

/** Lets Nest write through the same JSON logger. */
export class NestJsonLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    const stack = context === undefined ? undefined : stackOrContext;
    this.write('error', message, context ?? stackOrContext, stack);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(
    level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    context?: string,
    stack?: string,
  ): void {
    if (message instanceof Error) {
      this.logger[level]({ context, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.logger[level]({ context, ...(message as object) });
    } else {
      this.logger[level]({ context, ...(stack ? { stack } : {}) }, String(message));
    }
  }
}
