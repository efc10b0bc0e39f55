import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import { CallContext } from '../context/call-context.js';
import type { LogLevel } from '../config/service-env.js';

/** How long a line may wait in the buffer before it is written. */
const FLUSH_EVERY_MS = 200;
/** pino's level number of `error`: such lines (and `fatal`) are written at once. */
const ERROR_LEVEL = 50;

/**
 * JSON lines on stdout, one object per event, with the service name and the correlation id of the
 * work in progress, so that one request can be followed across the gateway, the services and events.
 *
 * Lines are written in batches of up to 4 KiB at most 200 ms apart, not one write per line: a write
 * is a system call, and one per access-log line was 8–9 % of a service's CPU under load (bench S8).
 * Errors are written at once, and whatever is buffered is written when the process exits.
 */
export function createLogger(
  service: string,
  level: LogLevel = 'info',
  /** stdout; a file in tests. */
  dest: number | string = 1,
): Logger {
  const destination = pino.destination({ dest, sync: false, minLength: 4096 });
  // Every tick writes whatever waits. A flush while a write is in flight does nothing, so the next
  // tick tries again until the buffer is empty (clearing a flag instead once left lines stuck).
  setInterval(() => {
    if (buffered(destination) > 0) flush(destination);
  }, FLUSH_EVERY_MS).unref();
  return pino(
    {
      level,
      base: { service },
      messageKey: 'msg',
      timestamp: isoTimeOncePerMillisecond,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const ctx = CallContext.current();
        return ctx
          ? { correlationId: ctx.correlationId, ...(ctx.actor ? { actor: ctx.actor.sub } : {}) }
          : {};
      },
      // Tokens and personal data never reach the logs (GEN-4).
      redact: {
        paths: [
          'authorization',
          '*.authorization',
          'headers.authorization',
          '*.phone',
          '*.idNumber',
          'token',
        ],
        censor: '[redacted]',
      },
      hooks: {
        logMethod(args, method, lineLevel) {
          method.apply(this, args);
          if (lineLevel >= ERROR_LEVEL) flush(destination);
        },
      },
    },
    destination,
  );
}

/**
 * A child of `logger` for access lines: one per request served, of a fixed shape (ids, codes, a
 * duration), never a payload. It skips redaction, which walks every line's fields for the wildcard
 * paths: 3 µs a line, about a tenth of a bus responder's CPU per request (bench S3). Anything that may
 * carry a caller's data goes through the redacting logger.
 */
export function accessLogger(logger: Logger): Logger {
  return logger.child({}, { redact: { paths: [] } });
}

let lastMs = Number.NaN;
let lastTime = '';
/**
 * pino's ISO time, formatted once per millisecond: under load a process writes several lines a
 * millisecond, and formatting the date was a fifth of a line's cost.
 */
export function isoTimeOncePerMillisecond(): string {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastTime = `,"time":"${new Date(now).toISOString()}"`;
  }
  return lastTime;
}

/**
 * How many characters SonicBoom holds unwritten. Not in its typings; should a version drop the field,
 * every tick flushes (an empty write at worst), so no line is ever left behind.
 */
function buffered(destination: object): number {
  return (destination as { _len?: number })._len ?? 1;
}

function flush(destination: { flush(): void }): void {
  try {
    destination.flush();
  } catch {
    // Not open yet, or already closed at exit: the next flush, or the one at exit, writes it.
  }
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
