import { describe, expect, it } from '@jest/globals';
import { ServiceEnv } from './service-env.js';
import { ConfigurationError, validateEnv } from './validate-env.js';

describe('validateEnv', () => {
  it('reads and converts valid settings, with defaults for the rest', () => {
    const env = validateEnv(ServiceEnv, {
      PORT: '8080',
      DATABASE_URL: 'postgres://app:secret@db:5432/pcs_complaints',
      NATS_URL: 'nats://n1:4222,nats://n2:4222',
    });
    expect(env.PORT).toBe(8080);
    expect(env.RPC_TIMEOUT_MS).toBe(5000);
    expect(env.NATS_URL).toBe('nats://n1:4222,nats://n2:4222');
  });

  it('fails start-up listing every bad or missing variable at once, without their values', () => {
    let error: unknown;
    try {
      validateEnv(ServiceEnv, {
        PORT: 'eighty',
        NATS_URL: 'http://wrong',
        LOG_LEVEL: 'loud',
        RPC_TIMEOUT_MS: '5',
        DATABASE_POOL_MAX: '0',
        DATABASE_URL: undefined,
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const problems = (error as ConfigurationError).problems.map((p) => p.split(':')[0]);
    expect(new Set(problems)).toEqual(
      new Set(['PORT', 'NATS_URL', 'LOG_LEVEL', 'RPC_TIMEOUT_MS', 'DATABASE_POOL_MAX', 'DATABASE_URL']),
    );
    expect((error as Error).message).toContain('DATABASE_URL: is required');
    expect((error as Error).message).not.toContain('http://wrong');
  });

  it('treats empty variables as unset', () => {
    expect(() => validateEnv(ServiceEnv, { PORT: '1', DATABASE_URL: '' })).toThrow(
      /DATABASE_URL: is required/,
    );
  });
});
