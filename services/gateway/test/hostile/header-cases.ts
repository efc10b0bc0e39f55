import type { CaseBuilder } from './case-builder.js';
import type { RawResponse } from './raw-http.js';

const CORRELATION_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** A bad Idempotency-Key is refused; a bad correlation id is replaced, never echoed. */
export function headerCases(b: CaseBuilder): void {
  const keys: [string | string[], string][] = [
    ['k'.repeat(256), '256 characters'],
    ['键-7d0f6c3e', 'non-ASCII'],
    ['', 'empty'],
    ['has a space', 'a space'],
    [['key-0001', 'key-0002'], 'twice'],
  ];
  for (const [value, label] of keys) {
    b.add(
      `header Idempotency-Key: ${label}`,
      b.request({ headers: { 'idempotency-key': value } }),
      true,
      'Idempotency-Key',
    );
  }
  for (const [value, label] of [
    ['x'.repeat(1_000), '1000 characters'],
    ['short', 'too short'],
    ['has spaces in it', 'spaces'],
    ['王王王王王王王王', 'non-ASCII'],
    ['<script>alert(1)</script>', 'markup'],
  ] as const) {
    // The id is replaced, never echoed; the request itself is refused for its body, or is a read.
    const check = (res: RawResponse): string | undefined => {
      const echoed = res.headers['x-correlation-id'];
      if (echoed === undefined || !CORRELATION_ID.test(echoed) || echoed === value)
        return `x-correlation-id answered as ${JSON.stringify(echoed)}`;
      if (res.status >= 400 && res.json?.correlationId !== echoed)
        return `the problem's correlationId ${JSON.stringify(res.json?.correlationId)} is not the header's`;
      return undefined;
    };
    const headers = { 'x-correlation-id': value };
    if (b.writes)
      b.add(
        `header x-correlation-id: ${label}`,
        b.request({ headers, body: b.refusedBody }),
        true,
        'unexpected',
        check,
      );
    else b.add(`header x-correlation-id: ${label}`, b.request({ headers }), false, undefined, check);
  }
  b.add(
    'header x-correlation-id: a control character',
    b.request({ headers: { 'x-correlation-id': 'abc\u0001defgh' } }),
    true,
    '',
  );
}
