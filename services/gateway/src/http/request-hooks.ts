import type { FastifyInstance, FastifyRequest } from 'fastify';
import { accessLogger, CallContext, type CallContextData, type Metrics } from '@pcs/platform';
import type { Logger } from 'pino';
import { acceptableIdempotencyKey } from './idempotency-key.js';

const CORRELATION_HEADER = 'x-correlation-id';
const ACCEPTABLE_CORRELATION_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Gives every request a correlation id (the caller's, if well-formed, else a new one), echoes it in
 * the response, runs the route inside the call context the bus carries on to the services, and
 * counts and times requests by route template (never by raw URL: ids would explode the metric's
 * cardinality). Hooks take a callback rather than return a promise: every request passes them, and
 * a promise and its microtask each were measurable under load (bench S2).
 */
export function installRequestHooks(fastify: FastifyInstance, metrics: Metrics, logger: Logger): void {
  const accessLog = accessLogger(logger);
  fastify.decorateRequest('correlationId', '');
  fastify.addHook('onRequest', (request, reply, done) => {
    const offered = request.headers[CORRELATION_HEADER];
    request.correlationId =
      typeof offered === 'string' && ACCEPTABLE_CORRELATION_ID.test(offered)
        ? offered
        : CallContext.newCorrelationId();
    void reply.header(CORRELATION_HEADER, request.correlationId);
    if (isApi(request.routeOptions.url)) metrics.httpInFlight.inc();
    done();
  });
  // After the body is read (a context opened before it would not reach the handler through the
  // parser's stream callbacks) and before Nest's guards, which add the verified actor to it. Opening
  // it here rather than in a Nest interceptor spares every request an Observable chain (bench S2).
  fastify.addHook('preHandler', (request, _reply, done) => {
    CallContext.run(contextOf(request), () => done());
  });
  // An aborted request (the client went away) gets no response: it leaves the in-flight count here.
  fastify.addHook('onRequestAbort', (request, done) => {
    if (isApi(request.routeOptions.url)) metrics.httpInFlight.dec();
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (isApi(route) && !request.raw.aborted) metrics.httpInFlight.dec();
    const labels = { method: request.method, route };
    metrics.httpRequests.inc({ ...labels, status: String(reply.statusCode) });
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
    if (isApi(route)) {
      accessLog.info(
        {
          correlationId: request.correlationId,
          actor: request.actor?.sub,
          method: request.method,
          route,
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime),
        },
        'http request served',
      );
    }
    done();
  });
}

/**
 * The correlation id and the client's Idempotency-Key; the actor follows from the guard. A key that
 * is not acceptable stays out: RequestInputGuard refuses the request for it.
 */
function contextOf(request: FastifyRequest): CallContextData {
  const key = acceptableIdempotencyKey(request.headers['idempotency-key']);
  return key
    ? { correlationId: request.correlationId, idempotencyKey: key }
    : { correlationId: request.correlationId };
}

/** Requests of the staff API, not probes, scrapes or unknown routes. */
function isApi(route: string | undefined): boolean {
  return route !== undefined && route.startsWith('/api/');
}
