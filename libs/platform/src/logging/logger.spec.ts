import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { accessLogger, createLogger, isoTimeOncePerMillisecond } from './logger.js';

const linesOf = (file: string): Record<string, unknown>[] => {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // not created yet
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
};

/** Retries an expectation until it holds (the lines are written asynchronously), up to 10 s. */
async function eventually(check: () => void): Promise<void> {
  for (let waited = 0; ; waited += 50) {
    try {
      check();
      return;
    } catch (error) {
      if (waited >= 10_000) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe('createLogger', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pcs-logger-'));

  it('writes a quiet process’s lines soon after, without waiting for the buffer to fill', async () => {
    const file = path.join(dir, 'quiet.log');
    const logger = createLogger('complaints', 'info', file);
    logger.info({ subject: 'complaints.get' }, 'bus request served');
    await eventually(() =>
      expect(linesOf(file)).toMatchObject([{ service: 'complaints', msg: 'bus request served' }]),
    );
  });

  it('writes every line of a burst, in order, and redacts tokens and personal data as before', async () => {
    const file = path.join(dir, 'burst.log');
    const logger = createLogger('gateway', 'info', file);
    for (let n = 0; n < 2_000; n++)
      logger.info({ n, authorization: 'Bearer x', person: { phone: '13800138000' } }, 'line');
    logger.debug('below the level');
    await eventually(() => expect(linesOf(file)).toHaveLength(2_000));
    const lines = linesOf(file);
    expect(lines.map((l) => l['n'])).toEqual([...Array(2_000).keys()]);
    expect(lines[0]).toMatchObject({
      level: 'info',
      authorization: '[redacted]',
      person: { phone: '[redacted]' },
    });
  });

  it('writes every line of a start, the last one a supervisor waits for included, whenever the ticks fall', async () => {
    // The pattern of a start: hundreds of lines (several batches, written while more arrive), then
    // the one line a supervisor waits for, then silence.
    for (let round = 0; round < 5; round++) {
      const file = path.join(dir, `start-${round}.log`);
      const logger = createLogger('gateway', 'info', file);
      for (let n = 0; n < 300; n++) logger.info({ n, context: 'RouterExplorer' }, `Mapped route ${n}`);
      await new Promise((resolve) => setTimeout(resolve, round * 90));
      logger.info('gateway started');
      await eventually(() => expect(linesOf(file).at(-1)).toMatchObject({ msg: 'gateway started' }));
      expect(linesOf(file)).toHaveLength(301);
    }
  });

  it('writes error lines, which it also flushes as they come', async () => {
    const file = path.join(dir, 'error.log');
    const logger = createLogger('billing', 'info', file);
    logger.error({ code: 'INTERNAL' }, 'unexpected error serving a bus request');
    await eventually(() => expect(linesOf(file)).toMatchObject([{ level: 'error', code: 'INTERNAL' }]));
  });

  it('writes access lines in the same stream and shape, with the time, level and correlation fields', async () => {
    const file = path.join(dir, 'access.log');
    const logger = createLogger('complaints', 'info', file);
    const access = accessLogger(logger);
    access.info(
      { correlationId: 'corr-1', subject: 'complaints.get', outcome: 'ok', ms: 2 },
      'bus request served',
    );
    logger.info({ person: { phone: '13800138000' } }, 'other');
    await eventually(() => expect(linesOf(file)).toHaveLength(2));
    const [line, other] = linesOf(file);
    expect(line).toMatchObject({
      level: 'info',
      service: 'complaints',
      correlationId: 'corr-1',
      subject: 'complaints.get',
      msg: 'bus request served',
    });
    expect(new Date(String(line?.['time'])).toISOString()).toBe(line?.['time']);
    // The logger it came from still redacts.
    expect(other).toMatchObject({ person: { phone: '[redacted]' } });
  });
});

describe('isoTimeOncePerMillisecond', () => {
  it('gives the current time as pino’s ISO time field, formatted anew each millisecond', async () => {
    const first = isoTimeOncePerMillisecond();
    const at = Date.parse(JSON.parse(`{${first.slice(1)}}`).time as string);
    expect(Math.abs(at - Date.now())).toBeLessThan(1_000);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const later = isoTimeOncePerMillisecond();
    expect(Date.parse(JSON.parse(`{${later.slice(1)}}`).time as string)).toBeGreaterThan(at);
  });
});
