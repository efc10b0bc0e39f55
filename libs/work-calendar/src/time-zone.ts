/**
 * Conversions between UTC instants and a zone's wall-clock time, using only `Intl`.
 *
 * Offsets are read from `Intl.DateTimeFormat` rather than assumed (+08:00 is only right for
 * Asia/Shanghai since 1991), so communities in zones with daylight saving get correct deadlines.
 */
import { epochDayFromYmd, fromEpochDay, type LocalDate } from './local-date.js';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export const MS_PER_DAY = 86_400_000;

/** A wall-clock reading in some zone: the local calendar day and the milliseconds since local midnight. */
export interface LocalDateTime {
  readonly epochDay: number;
  readonly msOfDay: number;
}

// Building a DateTimeFormat costs far more than using one, and the zone set is tiny.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      // h23, not hour12: false, which some ICU versions render midnight as "24".
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone name this runtime knows (e.g. `Asia/Shanghai`, `UTC`). */
export function isTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** @throws RangeError for an unknown zone name. */
export function assertTimeZone(timeZone: string): void {
  if (!isTimeZone(timeZone)) throw new RangeError(`Unknown IANA time zone: ${JSON.stringify(timeZone)}`);
}

function assertValidInstant(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return ms;
}

const MS_PER_HOUR = 3_600_000;
/** Per zone, per UTC hour: its offset when constant through the hour, NaN when it changes in it. */
const hourOffsets = new Map<string, Map<number, number>>();
/** Hours remembered per zone before starting over: a few months of deadlines, a few KiB. */
const HOURS_KEPT = 8_192;

/**
 * Local wall time of `epochMs` in `timeZone`, expressed as milliseconds on a UTC-like timeline.
 *
 * `formatToParts` costs ~4 µs, and deadline arithmetic asks many times per command (bench S1: ~2 %
 * of the complaints service's CPU), nearly always about the same few hours. So the offset of each
 * UTC hour is kept once it is known to hold for the whole hour: the same at its first and last
 * millisecond, and no zone changes its offset twice within an hour. An hour in which it changes is
 * marked, and each instant in it is asked of Intl.
 */
function wallMs(timeZone: string, epochMs: number): number {
  const hour = Math.floor(epochMs / MS_PER_HOUR);
  let zone = hourOffsets.get(timeZone);
  if (zone === undefined) {
    zone = new Map();
    hourOffsets.set(timeZone, zone);
  }
  let offset = zone.get(hour);
  if (offset === undefined) {
    const start = hour * MS_PER_HOUR;
    const end = start + MS_PER_HOUR - 1;
    const first = intlWallMs(timeZone, start) - start;
    offset = first === intlWallMs(timeZone, end) - end ? first : Number.NaN;
    if (zone.size >= HOURS_KEPT) zone.clear();
    zone.set(hour, offset);
  }
  return Number.isNaN(offset) ? intlWallMs(timeZone, epochMs) : epochMs + offset;
}

/** `wallMs` as Intl reads it, without the kept offsets. */
function intlWallMs(timeZone: string, epochMs: number): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      default:
        break;
    }
  }
  // Intl works to the second; carry the instant's own milliseconds over unchanged.
  const millis = ((epochMs % 1000) + 1000) % 1000;
  return (
    epochDayFromYmd(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis
  );
}

/** The zone's offset from UTC at `instant`, in milliseconds (e.g. +28 800 000 for Asia/Shanghai). */
export function offsetMsAt(timeZone: string, instant: Date): number {
  const ms = assertValidInstant(instant);
  return wallMs(timeZone, ms) - ms;
}

export function toLocalDateTime(timeZone: string, instant: Date): LocalDateTime {
  const wall = wallMs(timeZone, assertValidInstant(instant));
  const epochDay = Math.floor(wall / MS_PER_DAY);
  return { epochDay, msOfDay: wall - epochDay * MS_PER_DAY };
}

/** The calendar date in `timeZone` at `instant`. */
export function localDateOf(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): LocalDate {
  return fromEpochDay(toLocalDateTime(timeZone, instant).epochDay);
}

/**
 * The instant at which the zone's clocks read the given wall time.
 *
 * Wall times are not one-to-one with instants around daylight-saving changes; this resolves them
 * the way Temporal's default ('compatible') does, so a deadline never lands before its clock time:
 * a time skipped by a spring-forward gap moves forward by the gap's length (02:30 becomes 03:30),
 * and a time repeated by a fall-back overlap takes its earlier occurrence.
 */
export function fromLocalDateTime(timeZone: string, local: LocalDateTime): Date {
  const wall = local.epochDay * MS_PER_DAY + local.msOfDay;
  // Offsets are within ±14 h, so probing a day either side brackets the answer; zones do not
  // change offset twice within 48 h, so the two probes give every offset that can apply.
  const offsetBefore = wallMs(timeZone, wall - MS_PER_DAY) - (wall - MS_PER_DAY);
  const offsetAfter = wallMs(timeZone, wall + MS_PER_DAY) - (wall + MS_PER_DAY);
  const earlierOffsetCandidate = wall - offsetBefore;
  if (offsetBefore === offsetAfter) return new Date(earlierOffsetCandidate);

  const laterOffsetCandidate = wall - offsetAfter;
  const beforeFits = wallMs(timeZone, earlierOffsetCandidate) === wall;
  const afterFits = wallMs(timeZone, laterOffsetCandidate) === wall;
  if (beforeFits && afterFits) return new Date(Math.min(earlierOffsetCandidate, laterOffsetCandidate));
  if (afterFits) return new Date(laterOffsetCandidate);
  // Either only the old offset fits, or neither does (a gap): reading the skipped wall time with the
  // old offset lands exactly the gap's length later on the new clock.
  return new Date(earlierOffsetCandidate);
}
