import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { CallContext } from '../context/call-context.js';
import { toProblem } from '../errors/problem-details.js';

/**
 * A request the HTTP parser cannot read (bytes not allowed in a URL, such as an unencoded 王; broken
 * headers) never reaches a route or a filter. It still gets problem details, with a correlation id
 * that its log line carries, instead of the server's bare error.
 */
export function problemClientErrorHandler(
  logger: Logger,
): (error: Error & { code?: string }, socket: Socket) => void {
  return (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const correlationId = CallContext.newCorrelationId();
    const message =
      'the request could not be read: its URL or headers are malformed (a URL must be percent-encoded)';
    logger.warn({ correlationId, reason: error.code ?? error.message }, 'unreadable HTTP request');
    // The detail for staff in Chinese, the English for the developer in the field message (0376).
    const detail = '无法读取请求：网址或请求头格式有误（网址须经百分号编码）';
    const body = JSON.stringify(
      toProblem(
        { code: 'VALIDATION_FAILED', message: detail, details: { errors: [{ field: '', message }] } },
        correlationId,
      ),
    );
    socket.end(
      `HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Correlation-Id: ${correlationId}\r\nConnection: close\r\n\r\n${body}`,
    );
  };
}

/**
 * Fastify's router refuses a URL whose percent-encoding is not UTF-8 (`%FF`, an encoded lone
 * surrogate) before any hook or filter runs, and would answer plain JSON. The answer is problem
 * details instead, like every other refusal.
 */
export function problemFrameworkErrors(
  logger: Logger,
): (error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply) => void {
  return (error, _request, reply) => {
    const correlationId = CallContext.newCorrelationId();
    const message = 'the URL could not be read: its percent-encoding is not UTF-8';
    const detail = '无法读取网址：其百分号编码不是 UTF-8';
    logger.warn({ correlationId, reason: error.code ?? error.message }, 'unroutable HTTP request');
    void reply
      .code(400)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .header('x-correlation-id', correlationId)
      .send(
        toProblem(
          { code: 'VALIDATION_FAILED', message: detail, details: { errors: [{ field: '', message }] } },
          correlationId,
        ),
      );
  };
}
