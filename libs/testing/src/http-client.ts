export interface HttpResult {
  status: number;
  headers: Headers;
  text: string;
  /** The body as received, for files (PDF, XLSX) that are not text. */
  bytes: Buffer;
  /** The parsed body, or undefined when it is not JSON. */
  json: any;
  ms: number;
}

export interface HttpCall {
  token?: string;
  body?: unknown;
  /** A body sent exactly as given (malformed JSON, other media types). */
  raw?: string;
  headers?: Record<string, string>;
}

/** Calls an HTTP API the way a staff UI does, and reports the status, body and time taken. */
export async function httpCall(
  baseUrl: string,
  method: string,
  path: string,
  init: HttpCall = {},
): Promise<HttpResult> {
  const headers: Record<string, string> = {};
  if (init.token) headers['authorization'] = `Bearer ${init.token}`;
  if (init.body !== undefined || init.raw !== undefined) headers['content-type'] = 'application/json';
  Object.assign(headers, init.headers);
  const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  const started = Date.now();
  const res = await fetch(`${baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  const bytes = Buffer.from(await res.arrayBuffer());
  // As fetch's text(): UTF-8, a BOM dropped.
  const text = new TextDecoder().decode(bytes);
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, bytes, json, ms: Date.now() - started };
}
