import fc from 'fast-check';
import type { CaseBuilder } from './case-builder.js';
import { kindOf } from './hostile-values.js';
import type { Parameter } from './openapi-operations.js';
import { sampleOf } from './schema-samples.js';

/*
 * The request line: path parameters, query parameters and list cursors the service did not make.
 */

export function pathCases(b: CaseBuilder): void {
  for (const param of b.op.path) {
    const valid = b.base.pathValues[param.name] ?? '';
    const bad: [string, string][] = [
      ['..', '..'],
      ['%2e%2e', 'encoded ..'],
      ['%2F', 'an encoded slash'],
      [`a%2F..%2F${encodeURIComponent(valid)}`, 'a path in an encoded slash'],
      ['%00', 'an encoded NUL'],
      ['%20', 'an encoded space'],
      ['王', 'raw unicode'],
      ['%E7%8E%8B', 'encoded unicode'],
      ['%ED%A0%80', 'an encoded lone surrogate (invalid UTF-8)'],
      ['%FF', 'an encoded invalid UTF-8 byte'],
      ['x'.repeat(5_000), 'a 5000-character id'],
      [`${encodeURIComponent(valid)}%00`, 'the id and a NUL'],
      ["'%20OR%201=1--", 'SQL'],
    ];
    const s = param.schema;
    if (s.format === 'uuid') {
      bad.push(
        ['not-a-uuid', 'not a UUID'],
        ['0', '0'],
        ['-1', '-1'],
        [valid.toUpperCase().replaceAll('-', ''), 'a UUID without dashes'],
        ['0190f1c2-7d3a-7c1e-9a2b-3c4d5e6f7a8b', 'an unknown id'],
      );
    } else if (s.pattern !== undefined) {
      const unknown = fc
        .sample(fc.stringMatching(new RegExp(s.pattern)), { seed: b.ctx.seed, numRuns: 20 })
        .find((candidate) => !Object.values(b.ctx.records).flat().includes(candidate));
      const refuses = (value: string) => !new RegExp(s.pattern as string).test(value);
      // A pattern that only asks for some text (`\S`) refuses neither.
      if (refuses(valid.toLowerCase())) bad.push([valid.toLowerCase(), 'in lower case']);
      if (refuses(`${valid}!`)) bad.push([`${valid}!`, 'a character the pattern refuses']);
      if (unknown) bad.push([encodeURIComponent(unknown), `an unknown ${param.name}`]);
    } else if (kindOf(s) === 'number') {
      bad.push(
        ['abc', 'letters'],
        [`${valid}.5`, 'a fraction'],
        ['1e3', 'an exponent'],
        [`+${valid}`, 'a plus sign'],
        [`-${valid}`, 'negative'],
        ['0x7EA', 'hexadecimal'],
        ['9'.repeat(400), '400 nines'],
      );
      if (s.minimum !== undefined) bad.push([String(s.minimum - 1), 'below the minimum']);
      if (s.maximum !== undefined) bad.push([String(s.maximum + 1), 'above the maximum']);
    }
    for (const [raw, label] of bad) {
      // The HTTP parser refuses raw unicode, and the router a URL it cannot decode, before any
      // route is known: no field can be named.
      const field = label === 'raw unicode' || label.includes('invalid UTF-8') ? '' : param.name;
      b.add(`path ${param.name}: ${label}`, b.request({ pathValues: { [param.name]: raw } }), true, field);
    }
  }
}

/** Query values a parameter's schema refuses, written as they would appear in a URL. */
function refusedQueryValues(param: Parameter): [string, string][] {
  const s = param.schema;
  const out: [string, string][] = [];
  if (kindOf(s) === 'number') {
    out.push(
      ['abc', 'letters'],
      ['1.5', 'a fraction'],
      ['-1', 'negative'],
      ['0', 'zero'],
      ['1e9', '1e9'],
      ['1e308', '1e308'],
      ['NaN', 'NaN'],
      ['Infinity', 'Infinity'],
      ['0x10', 'hexadecimal'],
      ['9007199254740993', '2^53+1'],
      ['', 'empty'],
      ['%201', 'a leading space'],
      ['1,2', 'a list'],
    );
    if (s.maximum !== undefined) out.push([String(s.maximum + 1), 'above the maximum']);
    if (s.minimum !== undefined) out.push([String(s.minimum - 1), 'below the minimum']);
    return out.filter(([raw]) => {
      // Only what the schema refuses (`0` is a valid value of some other integer).
      const n = Number(decodeURIComponent(raw));
      return !(/^\d+$/.test(raw) && n >= (s.minimum ?? -Infinity) && n <= (s.maximum ?? Infinity));
    });
  }
  if (s.enum)
    out.push(['bogus', 'outside the enum'], [encodeURIComponent(`${s.enum[0]},${s.enum[1]}`), 'a list']);
  if (s.format === 'uuid') out.push(['not-a-uuid', 'not a UUID'], ['%00', 'a NUL']);
  // What the pattern refuses of these; one that only asks for some text (`\S`) refuses none.
  const pattern = s.pattern === undefined ? undefined : new RegExp(s.pattern);
  const patterned = (
    [
      ['gz01', 'in lower case'],
      ['%00', 'a NUL'],
      [encodeURIComponent('GZ01; drop table unit'), 'SQL'],
    ] as [string, string][]
  ).filter(([raw]) => pattern && !pattern.test(decodeURIComponent(raw)));
  out.push(...patterned);
  if (s.maxLength !== undefined) out.push(['x'.repeat(s.maxLength + 1), `${s.maxLength + 1} characters`]);
  if (s.type === 'string' && !s.enum && s.format === undefined && patterned.length === 0)
    out.push(['a%00b', 'a NUL'], ['%ED%A0%80', 'an encoded lone surrogate']);
  if (pattern && !pattern.test(' ')) out.push(['%20', 'only a space']);
  return out;
}

export function queryCases(b: CaseBuilder): void {
  const base = new URLSearchParams(b.base.query).toString();
  const withParam = (extra: string): string => (base ? `${base}&${extra}` : extra);
  const without = (name: string): string => {
    const q = new URLSearchParams(b.base.query);
    q.delete(name);
    return q.toString();
  };
  const also = (name: string, extra: string): string => {
    const rest = without(name);
    return rest ? `${rest}&${extra}` : extra;
  };
  // Every operation refuses a parameter it does not document.
  for (const [query, field, label] of [
    ['colour=red', 'colour', 'an unknown parameter'],
    ['__proto__=x', '__proto__', 'a __proto__ parameter'],
    ['constructor%5Bprototype%5D%5Bpolluted%5D=1', 'constructor[prototype][polluted]', 'a prototype path'],
  ] as const) {
    b.add(`query ${label}`, b.request({ query: withParam(query) }), true, field);
  }
  for (const param of b.op.query) {
    const valid = b.base.query[param.name] ?? String(sampleOf(param.schema, param.name, b.ctx));
    for (const [raw, label] of refusedQueryValues(param)) {
      b.add(
        `query ${param.name}: ${label}`,
        b.request({ query: also(param.name, `${param.name}=${raw}`) }),
        true,
        param.name,
      );
    }
    const encoded = encodeURIComponent(valid);
    b.add(
      `query ${param.name} twice`,
      b.request({ query: also(param.name, `${param.name}=${encoded}&${param.name}=${encoded}`) }),
      true,
      param.name,
    );
    b.add(
      `query ${param.name}[]`,
      b.request({ query: also(param.name, `${param.name}[]=${encoded}`) }),
      true,
      param.name,
    );
    b.add(
      `query ${param.name}[0]`,
      b.request({ query: also(param.name, `${param.name}%5B0%5D=${encoded}`) }),
      true,
      param.name,
    );
    b.add(
      `query ${param.name}: 100000 characters`,
      b.request({ query: also(param.name, `${param.name}=${'x'.repeat(100_000)}`) }),
      true,
      '',
    );
    // The HTTP parser refuses these before any route: no field can be named.
    b.add(
      `query ${param.name}: raw unicode`,
      b.request({ query: also(param.name, `${param.name}=王`) }),
      true,
      '',
    );
    if (param.name === 'cursor') cursorCases(b, also);
  }
}

/** Cursors the service did not make for this list: random, tampered, another list's, absurd. */
function cursorCases(b: CaseBuilder, also: (name: string, extra: string) => string): void {
  const own = b.base.ownCursor ?? b.base.foreignCursor ?? 'MDE5MGYxYzItN2QzYS03YzFlLTlhMmItM2M0ZDVlNmY3YThi';
  const flip = (text: string, at: number): string =>
    text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
  const randoms = fc.sample(fc.uint8Array({ minLength: 1, maxLength: 80 }), { seed: b.ctx.seed, numRuns: 3 });
  const encoded = (cursor: string): string => encodeURIComponent(cursor);
  // [the cursor as written in the URL, what it is]
  const cursors: [string, string][] = [
    ...randoms.map((bytes, i): [string, string] => [
      encoded(Buffer.from(bytes).toString('base64url')),
      `random base64url ${i + 1}`,
    ]),
    [encoded(Buffer.from('{"after":"x","limit":1000}').toString('base64')), 'a JSON cursor in base64'],
    [encoded(flip(own, Math.floor(own.length / 2))), 'a real cursor with a character changed in the middle'],
    [encoded(flip(own, own.length - 1)), 'a real cursor with its last character changed'],
    [encoded(own.slice(0, -2)), 'a real cursor cut short'],
    [encoded(`${own}AA`), 'a real cursor with more after it'],
    [`${encoded(own)}%00`, 'a real cursor and a NUL'],
    [encoded(b.base.foreignCursor ?? 'R1owMQ'), 'the cursor of another list'],
    ['A'.repeat(513), 'a 513-character cursor'],
    [encoded(Buffer.from('GZ01').toString('base64url')), 'a community code as a cursor'],
    ['', 'an empty cursor'],
    ['%F0%9F%98%80', 'an emoji'],
  ];
  for (const [cursor, label] of cursors) {
    b.add(`query cursor: ${label}`, b.request({ query: also('cursor', `cursor=${cursor}`) }), true, 'cursor');
  }
}
