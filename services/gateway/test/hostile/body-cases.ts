import { fieldName, fieldsOf, MISSING, type CaseBuilder } from './case-builder.js';
import {
  brokenConstraints,
  deepArray,
  deepObject,
  kindOf,
  toJsonText,
  wrongTypes,
} from './hostile-values.js';

/*
 * The body: media types other than JSON in UTF-8, shapes that are not a JSON object, and every field
 * of the body spoilt in every way its schema refuses.
 */

export function mediaTypeCases(b: CaseBuilder): void {
  const json = b.base.body === undefined ? '{}' : toJsonText(b.base.body);
  const cases: [string | undefined, string | Buffer, string][] = [
    ['text/plain', json, 'text/plain'],
    ['application/x-www-form-urlencoded', 'reason=x&decision=approve', 'a form'],
    [
      'multipart/form-data; boundary=XyZ',
      '--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--XyZ--\r\n',
      'multipart',
    ],
    [undefined, json, 'no content type'],
    ['application/json; charset=latin1', Buffer.from(json, 'latin1'), 'JSON in latin1'],
    ['application/json; charset=utf-16le', Buffer.from(json, 'utf16le'), 'JSON in UTF-16'],
    ['application/xml', '<a>1</a>', 'XML'],
    ['application/json-patch+json', json, 'a JSON patch'],
    ['', json, 'an empty content type'],
  ];
  for (const [type, body, label] of cases) {
    const request = b.request({ body });
    if (type === undefined) delete request.headers['content-type'];
    else request.headers['content-type'] = type;
    b.add(`media type: ${label}`, request, true, '');
  }
}

export function bodyShapeCases(b: CaseBuilder): void {
  const json = b.base.body === undefined ? '{}' : toJsonText(b.base.body);
  const first = Object.keys(b.base.body ?? {})[0];
  const shapes: [string | Buffer, string][] = [
    ['', 'an empty body'],
    ['{', 'an unterminated object'],
    ['{"a":', 'a missing value'],
    ['{"a":1,}', 'a trailing comma'],
    ["{'a':1}", 'single quotes'],
    ['nul', 'a misspelt null'],
    ['NaN', 'NaN'],
    ['{"a":1}garbage', 'text after the JSON'],
    ['{"a":1}{"b":2}', 'two objects'],
    ['null', 'null'],
    ['[]', 'an empty array'],
    [`[${json}]`, 'the body inside an array'],
    ['"text"', 'a string'],
    ['42', 'a number'],
    ['true', 'true'],
    [toJsonText(deepArray()), `an array ${1_000} levels deep`],
    [toJsonText(deepObject()), `an object ${1_000} levels deep`],
    [toJsonText(deepObject(100_000)), 'an object 100000 levels deep'],
    [`{"unexpected":${toJsonText(deepObject(10_000))},${json.slice(1)}`, 'a field 10000 levels deep'],
    [`\ufeff${b.refusedBody}`, 'a byte order mark'],
    [`{"__proto__":{"polluted":true},${json.slice(1)}`, 'a __proto__ key'],
    [`{"constructor":{"prototype":{"polluted":true}},${json.slice(1)}`, 'a constructor.prototype key'],
    [
      Buffer.concat([
        Buffer.from('{"unexpected":"'),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from(`",${json.slice(1)}`),
      ]),
      'invalid UTF-8 bytes',
    ],
    [
      Buffer.concat([
        Buffer.from('{"unexpected":"'),
        Buffer.from([0xed, 0xa0, 0x80]),
        Buffer.from(`",${json.slice(1)}`),
      ]),
      'a surrogate encoded in UTF-8',
    ],
    [`{"unexpected":"a\u0000b",${json.slice(1)}`, 'a raw NUL byte in a string'],
    [JSON.stringify({ unexpected: 'x'.repeat(2_000_000) }), 'a 2 MB body'],
  ];
  if (first !== undefined)
    shapes.push([
      `{${JSON.stringify(first)}:{"x":[1,2]},${json.slice(1)}`,
      `${first} twice, the first one wrong`,
    ]);
  for (const [body, label] of shapes) {
    const field = label.includes('twice') ? first : '';
    b.add(`body: ${label}`, b.request({ body }), true, field);
  }
}

export function bodyFieldCases(b: CaseBuilder): void {
  b.add('body: an unknown field', b.request({ body: b.refusedBody }), true, 'unexpected');
  const fields = [...fieldsOf(b.base.bodySchema!, b.base.body, b.ctx)];
  for (const f of fields) b.samples.set(fieldName(f.path), f.value);
  for (const f of fields) {
    const name = fieldName(f.path);
    const send = (value: unknown, label: string) =>
      b.add(`body ${name}: ${label}`, b.request({ body: b.spoilt(f.path, value) }), true, name);
    if (f.required) {
      send(MISSING, 'missing');
      send(null, 'null');
    }
    for (const wrong of wrongTypes(kindOf(f.schema))) send(wrong.value, wrong.label);
    for (const broken of brokenConstraints(f.schema, f.value)) send(broken.value, broken.label);
    if (kindOf(f.schema) === 'object')
      b.add(
        `body ${name}.unexpected: an unknown nested field`,
        b.request({ body: b.spoilt([...f.path, 'unexpected'], 1) }),
        true,
        `${name}.unexpected`,
      );
  }
}
