import { DomainError } from '@pcs/contracts';
import type { FastifyInstance } from 'fastify';
import { firstDuplicateKey } from './json-duplicate-keys.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The `charset` parameter of a content type, lower-cased, if it has one. */
function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
}

/**
 * How the API reads a JSON body: as UTF-8 only (the interfaces say so; another declared charset is
 * 415, and bytes that are not UTF-8 are 400 instead of being replaced silently), with Fastify's own
 * parser (which refuses `__proto__` and `constructor.prototype` keys), and refusing a key given twice
 * in one object (400 naming it) rather than keeping whichever came last.
 */
export function installJsonBodyParser(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const charset = charsetOf(request.headers['content-type']);
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      done(
        new DomainError('UNSUPPORTED_MEDIA_TYPE', `JSON 请求体须为 UTF-8 编码，不接受 ${charset}`),
        undefined,
      );
      return;
    }
    let text: string;
    try {
      text = UTF8.decode(body as Buffer);
    } catch {
      // The detail for staff, the field message in English for the developer (decision 0376).
      const message = 'the request body is not valid UTF-8';
      done(
        new DomainError('VALIDATION_FAILED', '请求体不是有效的 UTF-8 文本', {
          errors: [{ field: '', message }],
        }),
        undefined,
      );
      return;
    }
    void parseJson(request, text, (error, value) => {
      if (error) {
        done(error, undefined);
        return;
      }
      const duplicate = firstDuplicateKey(text);
      if (duplicate !== undefined) {
        done(
          DomainError.validation([{ field: duplicate, message: `${duplicate} is given more than once` }]),
          undefined,
        );
        return;
      }
      done(null, value);
    });
  });
}
