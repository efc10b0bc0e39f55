import type { FastifyInstance } from 'fastify';
import { accessLogger, CallContext, type Metrics } from '@pcs/platform';
import type { Logger } from 'pino';

const CORRELATION_HEADER = 'x-correlation-id';
const ACCEPTABLE_CORRELATION_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Gives every request a correlation id (the caller's, if well-formed, else a new one), echoes it in
 * the response, and counts and times requests by route template (never by raw URL: ids would explode
 * the metric's cardinality).
 */
export function installRequestHooks(fastify: FastifyInstance, metrics: Metrics, logger: Logger): void {
  const accessLog = accessLogger(logger);
  fastify.decorateRequest('correlationId', '');
  fastify.addHook('onRequest', async (request, reply) => {
    const offered = request.headers[CORRELATION_HEADER];
    request.correlationId =
      typeof offered === 'string' && ACCEPTABLE_CORRELATION_ID.test(offered)
        ? offered
        : CallContext.newCorrelationId();
    void reply.header(CORRELATION_HEADER, request.correlationId);
    if (isApi(request.routeOptions.url)) metrics.httpInFlight.inc();
  });
  // An aborted request (the client went away) gets no response: it leaves the in-flight count here.
  fastify.addHook('onRequestAbort', async (request) => {
    if (isApi(request.routeOptions.url)) metrics.httpInFlight.dec();
  });
  fastify.addHook('onResponse', async (request, reply) => {
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
  });
}

/** Requests of the staff API, not probes, scrapes or unknown routes. */
function isApi(route: string | undefined): boolean {
  return route !== undefined && route.startsWith('/api/');
}
