import { Role } from '@pcs/contracts';
import { signStaffToken } from '@pcs/platform/staff-token';
import { toProblem } from '@pcs/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { GatewayEnv } from '../config/gateway-env.js';
import { consoleDirectory, loadConsoleFiles, type ConsoleFile } from './console-files.js';
import { DEMO_COMPANY, DEMO_STAFF } from './demo-staff.js';

/**
 * The development sign-in runs where the gateway accepts development tokens: not in production, and
 * not where an OIDC issuer's keys verify tokens (staff then sign in there).
 */
export function developmentSignInOf(env: GatewayEnv | undefined): ConsoleOptions['devSignIn'] {
  if (!env || env.NODE_ENV === 'production' || env.AUTH_JWKS_URL || !env.AUTH_JWT_SECRET) return undefined;
  return {
    secret: env.AUTH_JWT_SECRET,
    ...(env.AUTH_ISSUER ? { issuer: env.AUTH_ISSUER } : {}),
    ...(env.AUTH_AUDIENCE ? { audience: env.AUTH_AUDIENCE } : {}),
  };
}

/** How the console signs staff in, as `GET /console/sign-in` tells it (decision 0171). */
export type ConsoleSignIn =
  | { mode: 'development' }
  | { mode: 'oidc'; issuer: string; clientId: string; scope: string; audience?: string }
  | { mode: 'unavailable'; reason: string };

const DEFAULT_OIDC_SCOPE = 'openid';

/**
 * The console's sign-in follows the gateway's token settings: development tokens where the gateway
 * verifies them, otherwise the issuer whose JWKS verifies tokens, with the console's client id there.
 */
export function consoleSignInOf(env: GatewayEnv | undefined): ConsoleSignIn {
  if (developmentSignInOf(env)) return { mode: 'development' };
  if (!env?.AUTH_JWKS_URL) {
    return { mode: 'unavailable', reason: 'the development sign-in is off and AUTH_JWKS_URL is not set' };
  }
  if (!env.CONSOLE_OIDC_CLIENT_ID) {
    return {
      mode: 'unavailable',
      reason: "CONSOLE_OIDC_CLIENT_ID (the console's client id at the issuer) is not set",
    };
  }
  if (!env.AUTH_ISSUER || !isHttpUrl(env.AUTH_ISSUER)) {
    return {
      mode: 'unavailable',
      reason:
        'AUTH_ISSUER must be the issuer URL for the OIDC sign-in (its discovery document is read from there)',
    };
  }
  return {
    mode: 'oidc',
    issuer: env.AUTH_ISSUER,
    clientId: env.CONSOLE_OIDC_CLIENT_ID,
    scope: env.CONSOLE_OIDC_SCOPE ?? DEFAULT_OIDC_SCOPE,
    ...(env.AUTH_AUDIENCE ? { audience: env.AUTH_AUDIENCE } : {}),
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export interface ConsoleOptions {
  /** The console's build; see `consoleDirectory`. */
  dir: string | undefined;
  /** How development tokens are signed when the development sign-in is on; undefined when it is off. */
  devSignIn: { secret: string; issuer?: string; audience?: string } | undefined;
  /** What `GET /console/sign-in` answers; see `consoleSignInOf`. */
  signIn: ConsoleSignIn;
  logger: Logger;
}

const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
// The page itself is revalidated on every load, so a new build's asset names are picked up at once.
const REVALIDATE = 'no-cache';
// Ant Design writes its styles as <style> elements at run time (CSS-in-JS): inline styles, no inline scripts.
// With the OIDC sign-in the browser itself reads the issuer's discovery document and redeems the code
// at its token endpoint: the issuer's origin joins connect-src.
function contentSecurityPolicy(signIn: ConsoleSignIn): string {
  const connect = signIn.mode === 'oidc' ? `'self' ${new URL(signIn.issuer).origin}` : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
const TOKEN_TTL_SECONDS = 12 * 3600;

/**
 * The staff console at /console (decision 0157): its built files, index.html for any other path below
 * it (the console routes in the browser), and, outside production, the development sign-in.
 */
export function installConsole(fastify: FastifyInstance, options: ConsoleOptions): void {
  const dir = consoleDirectory(options.dir);
  const files = loadConsoleFiles(dir);
  if (files.size === 0) {
    options.logger.warn({ dir }, 'the console is not built (npm run build): /console answers 404');
  }
  if (options.signIn.mode === 'unavailable') {
    options.logger.warn({ reason: options.signIn.reason }, 'staff cannot sign in to the console');
  }
  const policy = contentSecurityPolicy(options.signIn);

  fastify.get('/console', (_request, reply) => reply.redirect('/console/', 301));
  fastify.get('/console/*', (request, reply) => {
    const wanted = (request.params as { '*'?: string })['*'] ?? '';
    const file = files.get(wanted) ?? (looksLikeFile(wanted) ? undefined : files.get('index.html'));
    if (!file) return notFound(request, reply, 'NOT_FOUND', '控制台没有这个文件');
    return sendFile(request, reply, file, policy);
  });

  // Public: the console asks before anyone is signed in. A plain route, not part of the API's OpenAPI.
  const signIn = options.signIn;
  fastify.get('/console/sign-in', (_request, reply) =>
    reply.header('cache-control', 'no-store').send(signIn),
  );

  installDevSignIn(fastify, options);
}

/** A path whose last segment has an extension asks for a file: a missing one is 404, not the page. */
function looksLikeFile(wanted: string): boolean {
  return wanted.startsWith('assets/') || /\.[A-Za-z0-9]{1,8}$/.test(wanted);
}

function sendFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: ConsoleFile,
  policy: string,
): FastifyReply {
  void reply
    .header('content-type', file.contentType)
    .header('cache-control', file.immutable ? HASHED_ASSET_CACHE : REVALIDATE)
    .header('etag', file.etag)
    .header('x-content-type-options', 'nosniff')
    .header('vary', 'accept-encoding');
  if (file.contentType.startsWith('text/html')) {
    void reply.header('content-security-policy', policy).header('referrer-policy', 'same-origin');
  }
  if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (file.gzipped && acceptsGzip) return reply.header('content-encoding', 'gzip').send(file.gzipped);
  return reply.send(file.body);
}

function notFound(
  request: FastifyRequest,
  reply: FastifyReply,
  code: 'NOT_FOUND' | 'ROUTE_NOT_FOUND',
  message: string,
): FastifyReply {
  return reply
    .code(404)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send(toProblem({ code, message }, request.correlationId));
}

/*
 * Development sign-in: pick a demo staff member, get a token like `npm run token` makes. Only where
 * the gateway verifies development tokens (not production, no OIDC issuer configured); elsewhere
 * these paths are 404 and staff sign in through the identity provider.
 */
function installDevSignIn(fastify: FastifyInstance, { devSignIn }: ConsoleOptions): void {
  fastify.get('/console/dev/staff', (request, reply) => {
    if (!devSignIn) return notFound(request, reply, 'ROUTE_NOT_FOUND', '开发环境登录未开启');
    return reply.send({
      company: DEMO_COMPANY,
      staff: DEMO_STAFF.map((member) => ({
        ...member,
        roleLabels: member.roles.map((role) => Role.label(role)),
      })),
    });
  });

  fastify.post('/console/dev/sign-in', async (request, reply) => {
    if (!devSignIn) return notFound(request, reply, 'ROUTE_NOT_FOUND', '开发环境登录未开启');
    const body = request.body as { staffId?: unknown } | null | undefined;
    const staffId = typeof body === 'object' && body !== null ? body.staffId : undefined;
    const member = DEMO_STAFF.find((m) => m.staffId === staffId);
    if (!member) {
      const message = '请选择一位演示员工';
      return reply
        .code(400)
        .header('content-type', 'application/problem+json; charset=utf-8')
        .send(
          toProblem(
            {
              code: 'VALIDATION_FAILED',
              message,
              details: { errors: [{ field: 'staffId', message }] },
            },
            request.correlationId,
          ),
        );
    }
    const token = await signStaffToken(
      {
        sub: member.staffId,
        name: member.name,
        company: DEMO_COMPANY,
        roles: member.roles,
        communities: member.communities,
      },
      devSignIn.secret,
      {
        ttlSeconds: TOKEN_TTL_SECONDS,
        ...(devSignIn.issuer ? { issuer: devSignIn.issuer } : {}),
        ...(devSignIn.audience ? { audience: devSignIn.audience } : {}),
      },
    );
    return reply.header('cache-control', 'no-store').send({ token, expiresInSeconds: TOKEN_TTL_SECONDS });
  });
}
