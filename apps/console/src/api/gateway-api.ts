import type { ApiProblem, paths } from '@pcs/api-client';

type Method = 'get' | 'post' | 'put' | 'delete' | 'patch';
export type PathWith<M extends Method> = {
  [P in keyof paths]: paths[P] extends Record<M, unknown> ? P : never;
}[keyof paths];
type Operation<P extends keyof paths, M extends Method> = paths[P][M & keyof paths[P]];

type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : undefined;
/** The body of the operation's success answer (200 or 201). */
export type SuccessOf<O> = O extends { responses: infer R }
  ? R extends { 200: infer A }
    ? JsonOf<A>
    : R extends { 201: infer B }
      ? JsonOf<B>
      : undefined
  : never;
type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? Q : never;
type BodyOf<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export interface CallOptions<O> {
  /** Values of the path's `{name}` parameters. */
  params?: Record<string, string>;
  query?: QueryOf<O>;
  body?: BodyOf<O>;
  /** Sent as Idempotency-Key so that a repeated click or a retry records once. */
  idempotencyKey?: string;
}

/** A refusal of the gateway, with its problem details (RFC 9457). */
export class ProblemError extends Error {
  constructor(readonly problem: ApiProblem) {
    super(problem.title);
  }
}

export interface GatewayApi {
  call<P extends PathWith<M>, M extends Method>(
    method: M,
    path: P,
    options?: CallOptions<Operation<P, M>>,
  ): Promise<SuccessOf<Operation<P, M>>>;
}

/**
 * The gateway's API, typed by its OpenAPI document: paths, query parameters, bodies and answers come
 * from @pcs/api-client, so a changed API fails the console's typecheck instead of the user.
 */
export function gatewayApi(token: () => string | undefined, onUnauthenticated: () => void): GatewayApi {
  return {
    async call(method, path, options = {}) {
      let url = String(path).replace(/\{(\w+)\}/g, (_, name: string) =>
        encodeURIComponent(options.params?.[name] ?? ''),
      );
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries((options.query ?? {}) as Record<string, unknown>)) {
        if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
      }
      if ([...query].length) url += `?${query}`;
      const headers: Record<string, string> = { accept: 'application/json' };
      const bearer = token();
      if (bearer) headers['authorization'] = `Bearer ${bearer}`;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
      let response: Response;
      try {
        response = await fetch(url, {
          method: method.toUpperCase(),
          headers,
          ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        });
      } catch {
        throw new ProblemError(localProblem(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试'));
      }
      if (response.status === 401) onUnauthenticated();
      if (!response.ok) throw new ProblemError(await problemOf(response));
      if (response.status === 204) return undefined as never;
      return (await response.json()) as never;
    },
  };
}

async function problemOf(response: Response): Promise<ApiProblem> {
  try {
    const body = (await response.json()) as Partial<ApiProblem>;
    if (typeof body.title === 'string' && typeof body.code === 'string') return body as ApiProblem;
  } catch {
    // not JSON: a proxy's page, say
  }
  return localProblem(
    response.status,
    'UNEXPECTED_RESPONSE',
    `服务器返回了无法识别的响应（${response.status}）`,
  );
}

function localProblem(status: number, code: string, title: string): ApiProblem {
  return { type: 'about:blank', title, status, detail: title, code };
}
