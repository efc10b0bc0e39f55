import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Reads configuration from the environment into a validated class. Start-up fails with every bad
 * or missing variable listed at once (never their values: some are secrets).
 */
export function validateEnv<T extends object>(cls: new () => T, raw: NodeJS.ProcessEnv = process.env): T {
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(cls, present, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, forbidUnknownValues: true });
  if (errors.length > 0) throw new ConfigurationError(errors.flatMap(describe));
  return env;
}

function describe(error: ValidationError): string[] {
  const wasSet = error.value !== undefined;
  return Object.values(error.constraints ?? {}).map((constraint) => {
    const message = constraint.startsWith(`${error.property} `)
      ? constraint.slice(error.property.length + 1)
      : constraint;
    return wasSet ? `${error.property}: ${message}` : `${error.property}: is required (${message})`;
  });
}
