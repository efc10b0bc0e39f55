import type { HostileCase } from './hostile-cases.js';
import type { RawResponse } from './raw-http.js';

/**
 * Services that are deliberately not started (they have no routes): the gateway's 503 naming one of
 * them says nothing about hostile input. Every other 5xx is a finding.
 */
export const NOT_STARTED = ['maintenance'];

/** Whether `named` (from the answer's `errors`) is the field the case spoilt, inside it, or around it. */
function related(named: string, field: string): boolean {
  if (named === field) return true;
  const inside = (inner: string, outer: string) =>
    outer !== '' && (inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`));
  return inside(named, field) || inside(field, named);
}

/** What is wrong with the answer to a hostile request, or undefined when it is as it must be. */
export function verdictOf(c: HostileCase, res: RawResponse): string | undefined {
  if (!(res.status >= 100 && res.status < 600)) return 'no HTTP answer';
  if (res.status >= 500) {
    const downOnPurpose =
      res.status === 503 && NOT_STARTED.some((service) => String(res.json?.detail).startsWith(service));
    if (!downOnPurpose) return `answered ${res.status}`;
  }
  if (c.mustReject && res.status < 400) return `accepted a request that must be refused (${res.status})`;
  if (res.status >= 400) {
    if (!res.headers['content-type']?.startsWith('application/problem+json'))
      return `a ${res.status} that is not application/problem+json (${res.headers['content-type']})`;
    if (typeof res.json?.code !== 'string' || res.json?.status !== res.status)
      return `a problem without its code or status`;
    if (res.status === 400) {
      const errors = res.json.errors as { field?: unknown; message?: unknown }[] | undefined;
      if (
        !Array.isArray(errors) ||
        errors.length === 0 ||
        errors.some((e) => typeof e.field !== 'string' || typeof e.message !== 'string')
      )
        return 'a 400 without `errors: [{ field, message }]`';
      const field = c.field;
      if (field && !errors.some((e) => related(e.field as string, field)))
        return `a 400 that does not name ${field}`;
    }
  }
  return c.check?.(res);
}

/** A failure as a reader needs it to reproduce: the operation, the request, the answer. */
export function describeFailure(c: HostileCase, res: RawResponse | undefined, why: string): string {
  const clip = (text: string, max = 400) =>
    text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
  const body = c.request.body === undefined ? undefined : Buffer.from(c.request.body);
  return [
    `✗ ${c.operation} — ${c.label}: ${why}`,
    `  as ${c.role}: ${c.request.method} ${clip(c.request.path, 200)}`,
    `  headers ${clip(JSON.stringify(c.request.headers), 300)}`,
    ...(body ? [`  body ${clip(JSON.stringify(body.toString('utf8')))}`] : []),
    res ? `  → ${res.status} ${clip(res.text)}` : '  → no answer',
  ].join('\n');
}
