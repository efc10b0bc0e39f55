import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { toEpochDay } from './local-date.js';
import { fromLocalDateTime, isTimeZone, MS_PER_DAY, offsetMsAt, toLocalDateTime } from './time-zone.js';

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const wall = (date: string, hours: number, minutes = 0) => ({
  epochDay: toEpochDay(date),
  msOfDay: hours * HOUR + minutes * 60_000,
});

// Fixed offsets, whole/half/quarter hours, both hemispheres' DST, and zones whose DST change skips midnight.
const ZONES = [
  'Asia/Shanghai',
  'UTC',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'America/New_York',
  'Europe/London',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Santiago',
  'America/Havana',
  'Asia/Beirut',
];

const instants = fc.date({
  min: at('2000-01-01T00:00:00Z'),
  max: at('2035-12-31T00:00:00Z'),
  noInvalidDate: true,
});

describe('isTimeZone', () => {
  it('accepts IANA names and rejects others', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(8)).toBe(false);
  });
});

describe('offsets', () => {
  it('reads Asia/Shanghai as +08:00 and New York as -05:00/-04:00', () => {
    expect(offsetMsAt('Asia/Shanghai', at('2025-01-24T02:00:00Z'))).toBe(8 * HOUR);
    expect(offsetMsAt('America/New_York', at('2025-01-24T02:00:00Z'))).toBe(-5 * HOUR);
    expect(offsetMsAt('America/New_York', at('2025-07-01T12:00:00Z'))).toBe(-4 * HOUR);
    expect(offsetMsAt('Asia/Kathmandu', at('2025-07-01T12:00:00Z'))).toBe(5.75 * HOUR);
  });

  it('rejects an invalid Date', () => {
    expect(() => toLocalDateTime('UTC', new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('toLocalDateTime', () => {
  it('uses the local day, not the UTC day', () => {
    // 00:30 Monday in Shanghai is still Sunday in UTC.
    expect(toLocalDateTime('Asia/Shanghai', at('2025-03-02T16:30:00Z'))).toEqual(wall('2025-03-03', 0, 30));
    expect(toLocalDateTime('Asia/Shanghai', at('2025-03-07T15:30:00.250Z'))).toEqual({
      epochDay: toEpochDay('2025-03-07'),
      msOfDay: 23.5 * HOUR + 250,
    });
  });
});

describe('fromLocalDateTime', () => {
  it('converts ordinary wall times', () => {
    expect(fromLocalDateTime('Asia/Shanghai', wall('2025-01-24', 10))).toEqual(at('2025-01-24T02:00:00Z'));
    expect(fromLocalDateTime('America/New_York', wall('2025-03-09', 12))).toEqual(at('2025-03-09T16:00:00Z'));
  });

  it('moves a wall time skipped by spring-forward later by the gap', () => {
    expect(fromLocalDateTime('America/New_York', wall('2025-03-09', 2, 30))).toEqual(
      at('2025-03-09T07:30:00Z'),
    ); // 03:30 EDT
    // Santiago skips 00:00-01:00 on 2025-09-07, so that day starts at 01:00.
    expect(fromLocalDateTime('America/Santiago', wall('2025-09-07', 0))).toEqual(at('2025-09-07T04:00:00Z'));
  });

  it('takes the earlier of a wall time repeated by fall-back', () => {
    expect(fromLocalDateTime('America/New_York', wall('2025-11-02', 1, 30))).toEqual(
      at('2025-11-02T05:30:00Z'),
    ); // EDT
  });

  it('inverts toLocalDateTime exactly in zones without DST (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Asia/Shanghai', 'UTC', 'Asia/Kolkata', 'Asia/Kathmandu'),
        instants,
        (zone, t) => {
          expect(fromLocalDateTime(zone, toLocalDateTime(zone, t))).toEqual(t);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds an instant with the same wall time, never a later one, in every zone (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instants, (zone, t) => {
        const local = toLocalDateTime(zone, t);
        const back = fromLocalDateTime(zone, local);
        expect(toLocalDateTime(zone, back)).toEqual(local);
        // Equal, or the first occurrence of a repeated hour.
        expect(back.getTime()).toBeLessThanOrEqual(t.getTime());
        expect(t.getTime() - back.getTime()).toBeLessThanOrEqual(MS_PER_DAY / 24);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips DST transition neighbourhoods densely (property)', () => {
    const transitions = [
      ['America/New_York', '2025-03-09T07:00:00Z'],
      ['America/New_York', '2025-11-02T06:00:00Z'],
      ['Europe/London', '2025-03-30T01:00:00Z'],
      ['Australia/Lord_Howe', '2025-04-05T15:00:00Z'],
      ['America/Santiago', '2025-09-07T04:00:00Z'],
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...transitions),
        fc.integer({ min: -3 * HOUR, max: 3 * HOUR }),
        ([zone, iso], delta) => {
          const t = new Date(at(iso).getTime() + delta);
          const local = toLocalDateTime(zone, t);
          expect(toLocalDateTime(zone, fromLocalDateTime(zone, local))).toEqual(local);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('offsets kept per hour', () => {
  /** The offset as Intl names it ("GMT+05:45"), independently of the implementation's reading. */
  const named = (zone: string, ms: number): number => {
    const name =
      new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
        .formatToParts(ms)
        .find((p) => p.type === 'timeZoneName')?.value ?? '';
    const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
    if (!m) throw new Error(`unexpected offset name ${name}`);
    const sign = m[1] === '-' ? -1 : 1;
    return sign * (Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)) * 60_000;
  };

  it('answer as Intl does around transitions, including one in the middle of a UTC hour (property)', () => {
    const transitions = [
      // +05:30 to +05:45 at local midnight: 18:15 UTC, a quarter past the hour.
      ['Asia/Kathmandu', '1985-12-31T18:15:00Z'],
      ['America/New_York', '2025-03-09T07:00:00Z'],
      ['America/New_York', '2025-11-02T06:00:00Z'],
      ['Australia/Lord_Howe', '2025-04-05T15:00:00Z'],
      ['Asia/Shanghai', '1991-09-14T17:00:00Z'],
    ] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom(...transitions), fc.integer({ min: -2 * 3_600_000, max: 2 * 3_600_000 })),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        (asks) => {
          // Asked in any order: whichever instant of an hour comes first must not fix a wrong offset.
          for (const [[zone, iso], delta] of asks) {
            const t = new Date(Date.parse(iso) + delta);
            expect(offsetMsAt(zone, t)).toBe(named(zone, t.getTime()));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
