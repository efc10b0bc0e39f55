import fc from 'fast-check';
import type { Schema } from './openapi-operations.js';

/** A JSON fragment sent exactly as written: numbers JSON.stringify cannot spell, nesting it would refuse. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text of a value that may contain RawJson fragments. */
export function toJsonText(value: unknown): string {
  const fragments: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) =>
    v instanceof RawJson ? `@@raw-${fragments.push(v.text) - 1}@@` : v,
  );
  return text.replace(/"@@raw-(\d+)@@"/g, (_m, i: string) => fragments[Number(i)]!);
}

/** A value to put where a field goes, and how to describe it in a report. */
export interface HostileValue {
  value: unknown;
  label: string;
}

const v = (value: unknown, label: string): HostileValue => ({ value, label });

export const HUGE_STRING_LENGTH = 100_000;
export const HUGE_ARRAY_LENGTH = 10_000;
export const DEEP_LEVELS = 1_000;

export const deepObject = (levels = DEEP_LEVELS): RawJson =>
  new RawJson(`${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);
export const deepArray = (levels = DEEP_LEVELS): RawJson =>
  new RawJson(`${'['.repeat(levels)}1${']'.repeat(levels)}`);

/** Which JSON type a schema asks for. */
export type JsonKind = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'unknown';

export function kindOf(schema: Schema): JsonKind {
  if (schema.enum !== undefined) return typeof schema.enum[0] === 'string' ? 'string' : 'unknown';
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'array';
    case 'object':
      return 'object';
    default:
      return schema.properties ? 'object' : 'unknown';
  }
}

/** Values of every other JSON type, including the shapes that break naive code (deep, huge, operator-like). */
export function wrongTypes(kind: JsonKind): HostileValue[] {
  const all: Record<Exclude<JsonKind, 'unknown'>, HostileValue[]> = {
    string: [
      v('王建国', 'a string'),
      v('12', 'a numeric string'),
      v('NaN', 'NaN as a string'),
      v('Infinity', 'Infinity as a string'),
      v('true', 'a boolean string'),
    ],
    number: [v(12345, 'a number'), v(1e308, '1e308'), v(new RawJson('-0'), '-0')],
    boolean: [v(true, 'true'), v(false, 'false')],
    object: [
      v({}, 'an empty object'),
      v({ $gt: '' }, 'an operator object'),
      v(deepObject(), `an object ${DEEP_LEVELS} levels deep`),
    ],
    array: [
      v([], 'an empty array'),
      v(['x'], 'an array of a string'),
      v(deepArray(), `an array ${DEEP_LEVELS} levels deep`),
      v(new Array(HUGE_ARRAY_LENGTH).fill('x'), `${HUGE_ARRAY_LENGTH} strings`),
    ],
  };
  return Object.entries(all)
    .filter(([other]) => other !== kind)
    .flatMap(([, values]) => values);
}

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

const INVALID_DATES = [
  '275760-09-14',
  '0000-00-00',
  '-271821-04-19',
  '10000-01-01',
  '9999-12-31',
  '0001-01-01',
  '1899-12-31',
  '3000-01-01',
  '2026-02-29',
  '1900-02-29',
  '2100-02-29',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-12-00',
  '20261201',
  '2026-1-1',
  '2026-12-01T00:00:00+08:00',
  ' 2026-12-01',
  '２０２６-１２-０１',
  '',
];

const INVALID_INSTANTS = [
  '9999-12-31T25:61:61Z',
  '2026-02-30T10:00:00+08:00',
  '2026-02-29T10:00:00+08:00',
  '2026-04-31T10:00:00Z',
  '2026-11-22T24:00:00Z',
  '2026-11-22T23:60:00Z',
  '2026-11-22T10:00:00+25:00',
  '2026-11-22T10:00:00+08:60',
  '2026-11-22T10:00:00+23:59',
  '2026-11-22T10:00:00',
  '2026-11-22',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00+08:00',
  '9999-12-31T23:59:59-12:00',
  '+275760-09-13T00:00:00Z',
  '-271821-04-19T00:00:00Z',
  '10000-01-01T00:00:00Z',
  '1e12',
  'now',
  '',
];

/**
 * Values of the right JSON type that break a rule of the schema, or one every string field has:
 * no NUL (PostgreSQL cannot store it) and no lone surrogate (it is not Unicode text).
 */
export function brokenConstraints(schema: Schema, valid: unknown): HostileValue[] {
  const out: HostileValue[] = [];
  const kind = kindOf(schema);
  if (kind === 'string') {
    const text = typeof valid === 'string' ? valid : 'x';
    if (schema.enum) {
      const first = String(schema.enum[0]);
      out.push(v('bogus', 'a value outside the enum'), v(`${first} `, 'an enum value with a space'));
      if (first.toUpperCase() !== first) out.push(v(first.toUpperCase(), 'an enum value in upper case'));
    }
    if (schema.maxLength !== undefined) {
      out.push(v('测'.repeat(schema.maxLength + 1), `${schema.maxLength + 1} characters`));
      if (schema.maxLength < HUGE_STRING_LENGTH)
        out.push(v('x'.repeat(HUGE_STRING_LENGTH), `${HUGE_STRING_LENGTH} characters`));
    }
    if ((schema.minLength ?? 0) > 0) out.push(v('', 'an empty string'));
    if (schema.pattern !== undefined) {
      const pattern = new RegExp(schema.pattern);
      out.push(
        ...[
          v(` ${text}`, 'a leading space'),
          v(`${text}\n`, 'a trailing newline'),
          v(`${text}!`, 'a character the pattern does not allow'),
          v(
            text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
            'full-width digits',
          ),
          v('', 'an empty string'),
        ].filter((c) => !pattern.test(c.value as string)),
      );
    }
    if (schema.format === 'uuid') out.push(v(` ${text}`, 'a leading space'), v('', 'an empty string'));
    if (schema.format === 'uuid') {
      out.push(
        v('not-a-uuid', 'not a UUID'),
        v(`{${ZERO_UUID}}`, 'a UUID in braces'),
        v(ZERO_UUID.slice(1), 'a UUID one digit short'),
        v(`${ZERO_UUID}'; drop table unit; --`, 'SQL after a UUID'),
      );
    }
    if (schema.format === 'date') out.push(...INVALID_DATES.map((d) => v(d, `date ${JSON.stringify(d)}`)));
    if (schema.format === 'date-time')
      out.push(...INVALID_INSTANTS.map((d) => v(d, `instant ${JSON.stringify(d)}`)));
    out.push(
      v(`${text.slice(0, 1)}\u0000${text.slice(1)}`, 'a NUL character'),
      v(`${text.slice(0, 1)}\ud800${text.slice(1)}`, 'a lone high surrogate'),
      v(`${text.slice(0, 1)}\udc00`, 'a lone low surrogate'),
    );
  }
  if (kind === 'number') {
    out.push(
      v(1.5, 'a fraction'),
      v(new RawJson('9007199254740993'), '2^53+1'),
      v(new RawJson('1e400'), '1e400 (Infinity when parsed)'),
      v(-1e308, '-1e308'),
    );
    if (schema.minimum !== undefined)
      out.push(v(schema.minimum - 1, `${schema.minimum - 1} (below the minimum)`));
    if (schema.maximum !== undefined)
      out.push(v(schema.maximum + 1, `${schema.maximum + 1} (above the maximum)`));
  }
  if (kind === 'array') {
    const item = Array.isArray(valid) && valid.length > 0 ? valid[0] : 'x';
    if (schema.maxItems !== undefined) {
      out.push(v(new Array(schema.maxItems + 1).fill(item), `${schema.maxItems + 1} items`));
      if (schema.maxItems < HUGE_ARRAY_LENGTH)
        out.push(v(new Array(HUGE_ARRAY_LENGTH).fill(item), `${HUGE_ARRAY_LENGTH} items`));
    }
    if ((schema.minItems ?? 0) > 0) out.push(v([], 'no items'));
    out.push(v([null], 'a null item'), v([deepArray()], 'a deeply nested item'));
  }
  if (kind === 'object') {
    out.push(v([valid], 'the object inside an array'));
  }
  return out;
}

/**
 * Well-formed values at the edges of what the schema allows, and content that breaks naive code
 * further down (control characters, bidi overrides, SQL and template text). They may be accepted.
 */
export function edgeValues(schema: Schema, valid: unknown, seed: number): HostileValue[] {
  const kind = kindOf(schema);
  const fit = (text: string): string => {
    const max = schema.maxLength ?? text.length;
    const min = schema.minLength ?? 0;
    const clipped = [...text].slice(0, max).join('');
    return clipped.length >= min ? clipped : clipped.padEnd(min, '测');
  };
  if (kind === 'string' && schema.enum) {
    return schema.enum.filter((e) => e !== valid).map((e) => v(e, `enum value ${String(e)}`));
  }
  if (kind === 'string' && schema.format === 'date') {
    return ['1900-01-01', '2999-12-31', '2024-02-29', '1970-01-01'].map((d) => v(d, `date ${d}`));
  }
  if (kind === 'string' && schema.format === 'date-time') {
    return [
      '1900-01-01T00:00:00+14:00',
      '2999-12-31T23:59:59.999999999-12:00',
      '2024-02-29T23:59:59Z',
      '2026-11-22T10:00+08:00',
      '1970-01-01T00:00:00.000Z',
    ].map((d) => v(d, `instant ${d}`));
  }
  if (kind === 'string' && schema.format === 'uuid') {
    return [
      v(ZERO_UUID, 'the nil UUID'),
      v('FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', 'the max UUID in upper case'),
      v('0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8b', 'an unknown UUID'),
    ];
  }
  if (kind === 'string' && schema.pattern !== undefined) {
    // Other strings the pattern allows, drawn with the run's seed.
    return fc
      .sample(fc.stringMatching(new RegExp(schema.pattern)), { seed, numRuns: 3 })
      .filter((s) => s !== valid)
      .map((s) => v(s, `${JSON.stringify(s)}, another match of the pattern`));
  }
  if (kind === 'string') {
    const max = schema.maxLength ?? 200;
    return [
      v('测'.repeat(max), `${max} CJK characters (the maximum)`),
      v('😀'.repeat(max), `${max} emoji (surrogate pairs)`),
      v(fit('\u0001\u0007\u001b[31m\u007f\u0085ok'), 'control characters'),
      v(fit('\u202eevil\u200b\ufeff'), 'bidi override and zero-width characters'),
      v(fit('   '), 'only spaces'),
      v(fit("'; drop table unit; --"), 'SQL'),
      v(fit('${jndi:ldap://x}{{7*7}}%s%n'), 'template and format directives'),
      v(fit('__proto__'), '__proto__'),
    ];
  }
  if (kind === 'number') {
    const values = new Set<number>([schema.minimum ?? -1, schema.maximum ?? 1e15, 0]);
    return [...values]
      .filter((n) => (schema.minimum ?? -Infinity) <= n && n <= (schema.maximum ?? Infinity))
      .map((n) => v(n, `${n}`));
  }
  if (kind === 'boolean') return [v(!valid, `${!valid}`)];
  if (kind === 'array') {
    const item = Array.isArray(valid) && valid.length > 0 ? valid[0] : undefined;
    const out: HostileValue[] = [];
    if ((schema.minItems ?? 0) === 0) out.push(v([], 'no items'));
    if (item !== undefined && schema.maxItems !== undefined && schema.maxItems <= 200)
      out.push(v(new Array(schema.maxItems).fill(item), `${schema.maxItems} items (the maximum)`));
    return out;
  }
  return [];
}
