import { expect } from '@jest/globals';
import type { HttpResult } from '@pcs/testing';

/**
 * The probes' verdict on one answer: refused with a problem (application/problem+json with a code) of
 * one of `statuses`; with `field`, the problem names it (or a member of it) among its errors, as its
 * field or as its details' field. On a mismatch the expectation shows the whole answer.
 */
export function expectRefused(res: HttpResult, statuses: number[], field?: string): void {
  const summary = { status: res.status, body: res.json ?? res.text.slice(0, 300) };
  expect(statuses.includes(res.status) ? 'ok' : summary).toBe('ok');
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(typeof res.json.code).toBe('string');
  if (!field) return;
  const named = [
    ...((res.json.errors ?? []) as { field: string }[]).map((e) => e.field),
    ...(typeof res.json.field === 'string' ? [res.json.field as string] : []),
    ...(typeof res.json.details?.field === 'string' ? [res.json.details.field as string] : []),
  ];
  expect(
    named.some((f) => f === field || f.startsWith(`${field}.`) || f.startsWith(`${field}[`))
      ? 'named'
      : { field, named, body: res.json },
  ).toBe('named');
}
