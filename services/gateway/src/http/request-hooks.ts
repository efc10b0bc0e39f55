import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  accessLogger,
  CallContext,
  type CallContextData,
  type Metrics,
  type Traffic,
  type TrafficSeries,
} from '@pcs/platform';
import type { Logger } from 'pino';
import { acceptableIdempotencyKey } from './idempotency-key.js';

const CORRELATION_HEADER = 'x-correlation-id';
const ACCEPTABLE_CORRELATION_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Gives every request a correlation id (the caller's, if well-formed, else a new one), echoes it in
 * the response, runs the route inside the call context the bus carries on to the services, and
 * counts and times requests by route template (never by raw URL: ids would explode the metric's
 * cardinality). Hooks take a callback rather than return a promise: every request passes them, and
 * a promise and its microtask each were measurable under load (bench S2). What a route counts and
 * logs is settled once, when it is registered, not looked up on each request (bench S2 again).
 */
export function installRequestHooks(fastify: FastifyInstance, metrics: Metrics, logger: Logger): void {
  const accessLog = accessLogger(logger);
  const traffic = metrics.httpTraffic;
  fastify.decorateRequest('correlationId', '');
  fastify.addHook('onRequest', (request, reply, done) => {
    const offered = request.headers[CORRELATION_HEADER];
    request.correlationId =
      typeof offered === 'string' && ACCEPTABLE_CORRELATION_ID.test(offered)
        ? offered
        : CallContext.newCorrelationId();
    void reply.header(CORRELATION_HEADER, request.correlationId);
    done();
  });
  // After the body is read (a context opened before it would not reach the handler through the
  // parser's stream callbacks) and before Nest's guards, which add the verified actor to it. Opening
  // it here rather than in a Nest interceptor spares every request an Observable chain (bench S2).
  fastify.addHook('preHandler', (request, _reply, done) => {
    CallContext.run(contextOf(request), () => done());
  });
  // Every route registered from here on (Nest registers its routes when the app initialises, after
  // this) gets the hooks that count it: the API's routes also their in-flight gauge and access line.
  fastify.addHook('onRoute', (route) => {
    const record = responseRecorder(traffic, route.url);
    if (!isApi(route.url)) {
      route.onResponse = withHook(route.onResponse, (request, reply, done) => {
        record(request, reply);
        done();
      });
      return;
    }
    route.onRequest = withHook(route.onRequest, (_request, _reply, done) => {
      metrics.httpInFlight.inc();
      done();
    });
    // An aborted request (the client went away) gets no response: it leaves the in-flight count here.
    route.onRequestAbort = withHook(route.onRequestAbort, (_request, done) => {
      metrics.httpInFlight.dec();
      done();
    });
    route.onResponse = withHook(route.onResponse, (request, reply, done) => {
      if (!request.raw.aborted) metrics.httpInFlight.dec();
      record(request, reply);
      accessLog.info(
        {
          correlationId: request.correlationId,
          actor: request.actor?.sub,
          method: request.method,
          route: route.url,
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime),
        },
        'http request served',
      );
      done();
    });
  });
  // A request no route matched has no route's hooks: it is counted here.
  const recordUnmatched = responseRecorder(traffic, 'unmatched');
  fastify.addHook('onResponse', (request, reply, done) => {
    if (request.is404) recordUnmatched(request, reply);
    done();
  });
}

/**
 * Records a response of one route template into its series for the request's method, each series
 * found once (a GET route also answers HEAD).
 */
function responseRecorder(
  traffic: Traffic,
  route: string,
): (request: FastifyRequest, reply: FastifyReply) => void {
  const byMethod = new Map<string, TrafficSeries>();
  return (request, reply) => {
    let series = byMethod.get(request.method);
    if (!series) {
      series = traffic.seriesOf(request.method, route);
      byMethod.set(request.method, series);
    }
    series.record(reply.statusCode, reply.elapsedTime / 1000);
  };
}

/**
 * The route's hooks of one kind with one more after them. A new array: Fastify copies a GET route's
 * options for its HEAD route before the `onRoute` hooks run, and that copy gets its own.
 */
function withHook<H>(existing: H | H[] | undefined, hook: H): H[] {
  if (existing === undefined) return [hook];
  return [...(Array.isArray(existing) ? existing : [existing]), hook];
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

/** Requests of the staff API, not probes, scrapes, the console or its documents. */
function isApi(route: string): boolean {
  return route.startsWith('/api/');
}
