import { Catch, HttpException, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { DomainError, ErrorCode, type ErrorBody } from '@pcs/contracts';
import { LOGGER, retryAfterSecondsOf, toErrorBody, toProblem } from '@pcs/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';

const CODE_OF_HTTP_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  405: 'ROUTE_NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'BUSINESS_RULE_VIOLATED',
  429: 'RATE_LIMITED',
};

/**
 * The Chinese `detail` of what Fastify or Nest refuse before a route runs (decision 0376): staff read
 * the detail. For a body that is not JSON (400), the English for the developer stays in the field
 * message, as for every other 400 (decision 0008).
 */
const FRAMEWORK_DETAIL: Readonly<Partial<Record<number, string>>> = {
  400: '请求体不是有效的 JSON',
  413: '请求体过大，不能超过 1 MiB',
  415: '不支持的请求格式：请求体须为 JSON（application/json）',
};

/**
 * Every error leaves the gateway as RFC 9457 problem details with a stable code and the correlation
 * id. Expected errors say what is wrong (naming fields for bad input); anything unexpected is a 500
 * that says nothing about stacks, SQL or paths, which stay in the log under the same correlation id.
 * What the gateway writes itself is worded in Chinese for staff (decision 0376).
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = this.bodyOf(exception, request);
    const problem = toProblem(body, request.correlationId);
    // Every 503 (a service not running, or one whose database is restarting) says when to come back.
    const retryAfter = retryAfterSecondsOf(body);
    if (retryAfter !== undefined) void reply.header('retry-after', String(retryAfter));
    void reply
      .status(problem.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send(problem);
  }

  private bodyOf(exception: unknown, request: FastifyRequest): ErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_OF_HTTP_STATUS[status];
      if (code) {
        if (status === 400) {
          return new DomainError(code, FRAMEWORK_DETAIL[400], {
            errors: [{ field: '', message: 'the request body is not valid JSON' }],
          }).toBody();
        }
        const message =
          status === 404 || status === 405
            ? `接口不存在：${request.method} ${request.url.split('?')[0]}`
            : (FRAMEWORK_DETAIL[status] ?? ErrorCode[code]);
        return { code, message };
      }
    }
    const { body, expected, transient } = toErrorBody(exception);
    if (!expected)
      this.logger.error({ err: exception, path: request.url }, 'unexpected error handling a request');
    else if (transient)
      this.logger.warn(
        { err: exception, path: request.url, transient },
        'transient failure handling a request',
      );
    return body;
  }
}
