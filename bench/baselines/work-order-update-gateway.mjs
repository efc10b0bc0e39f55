/*
 * Baseline for S7, the HTTP edge: bare Fastify serving the three technician routes of a work order
 * (`POST /api/v1/work-orders/:id/arrival|work|finish`), each body checked by a JSON schema, sent with
 * the id and the action as a raw NATS.js request to the subject argv[3]; the reply's bytes are the 200
 * body, or a 409 when the responder found the order in another status. Port argv[2]. No Nest, no
 * guard, no interceptors, no logging. Prints `listening <port>`.
 */
import { connectNats } from './nats-connect.mjs';
import Fastify from 'fastify';

const [port, subject] = process.argv.slice(2);
const nc = await connectNats();
const app = Fastify({ logger: false });
const note = { type: 'string', minLength: 1, maxLength: 500 };
const BODIES = {
  arrival: {
    type: 'object',
    required: ['arrivedAt'],
    additionalProperties: false,
    properties: { arrivedAt: { type: 'string', format: 'date-time' }, note },
  },
  work: {
    type: 'object',
    required: ['workDone'],
    additionalProperties: false,
    properties: {
      workDone: { type: 'string', minLength: 1, maxLength: 2000 },
      photos: { type: 'array', maxItems: 20, items: { type: 'string', minLength: 1, maxLength: 300 } },
      note,
    },
  },
  finish: { type: 'object', additionalProperties: false, properties: { note } },
};
for (const [action, body] of Object.entries(BODIES)) {
  app.post(
    `/api/v1/work-orders/:id/${action}`,
    { schema: { params: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } }, body } },
    async (request, reply) => {
      const msg = await nc.request(
        subject,
        JSON.stringify({ ...request.body, id: request.params.id, action }),
        {
          timeout: 5_000,
        },
      );
      const text = Buffer.from(msg.data).toString('utf8');
      reply
        .code(text.startsWith('{"error"') ? (text.includes('"refused"') ? 409 : 500) : 200)
        .header('content-type', 'application/json');
      return text;
    },
  );
}
await app.listen({ port: Number(port ?? 0), host: '127.0.0.1' });
process.stdout.write(`listening ${app.server.address().port}\n`);
const stop = () => void app.close().then(() => nc.drain().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
