import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@pcs/contracts';
import { assertRecordedTime, RECORDED_TIME_SKEW_MS } from './recorded-time.js';

const NOW = new Date('2026-11-23T04:00:00Z');
const RECEIVED = new Date('2026-11-23T03:00:00Z');
const received = { at: RECEIVED, what: 'the request was received' };
const ms = (at: Date, delta: number) => new Date(at.getTime() + delta);

function refusal(fn: () => void): DomainError | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return e as DomainError;
  }
}

describe('MNT-1, MNT-2, MNT-7: a recorded time lies between the moment it follows and now', () => {
  it('MNT-1: a time before the request was received is refused naming the field', () => {
    const e = refusal(() => assertRecordedTime('at', ms(RECEIVED, -86_400_000), NOW, received));
    expect(e).toBeInstanceOf(DomainError);
    expect(e).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [{ field: 'at', message: expect.stringContaining('the request was received') }] },
    });
  });

  it('MNT-2: a time in the future is refused naming the field, as before', () => {
    const e = refusal(() =>
      assertRecordedTime('surveyedAt', ms(NOW, RECORDED_TIME_SKEW_MS + 1), NOW, received),
    );
    expect(e).toMatchObject({
      details: { errors: [{ field: 'surveyedAt', message: 'surveyedAt cannot be in the future' }] },
    });
  });

  it('GEN-3: clocks that differ by up to the skew are taken, a millisecond more is not', () => {
    expect(refusal(() => assertRecordedTime('at', ms(RECEIVED, -RECORDED_TIME_SKEW_MS), NOW, received))).toBe(
      undefined,
    );
    expect(refusal(() => assertRecordedTime('at', ms(NOW, RECORDED_TIME_SKEW_MS), NOW, received))).toBe(
      undefined,
    );
    expect(
      refusal(() => assertRecordedTime('at', ms(RECEIVED, -RECORDED_TIME_SKEW_MS - 1), NOW, received)),
    ).toBeDefined();
  });

  it('MNT-1: every bound counts, and one not reached yet (no arrival) does not', () => {
    const arrival = { at: ms(RECEIVED, 30 * 60_000), what: 'the arrival on site' };
    const e = refusal(() => assertRecordedTime('at', ms(RECEIVED, 10 * 60_000), NOW, received, arrival));
    expect(e?.details?.errors?.[0]?.message).toContain('the arrival on site');
    expect(
      refusal(() =>
        assertRecordedTime('at', ms(RECEIVED, 10 * 60_000), NOW, received, { at: null, what: 'x' }),
      ),
    ).toBe(undefined);
  });
});
