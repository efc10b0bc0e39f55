/*
 * Baseline for S9, the HTTP edge: bare Fastify validating the payment body with a JSON schema and
 * sending it, with the unit from the path, as a raw NATS.js request to the subject given as argv[3];
 * the reply's bytes are the 201 body. Port argv[2]. No Nest, no guard, no interceptors, no logging.
 * Prints `listening <port>`.
 */
import { connectNats } from './nats-connect.mjs';
import Fastify from 'fastify';

const [port, subject] = process.argv.slice(2);
const nc = await connectNats();
const app = Fastify({ logger: false });
app.post(
  '/api/v1/units/:id/payments',
  {
    schema: {
      params: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } },
      body: {
        type: 'object',
        required: ['payerPersonId', 'method', 'amountFen'],
        additionalProperties: false,
        properties: {
          payerPersonId: { type: 'string', format: 'uuid' },
          method: { enum: ['cash', 'bank-transfer', 'wechat-pay', 'alipay', 'card'] },
          amountFen: { type: 'integer', minimum: 1 },
          note: { type: 'string', maxLength: 200 },
        },
      },
    },
  },
  async (request, reply) => {
    const msg = await nc.request(subject, JSON.stringify({ ...request.body, unitId: request.params.id }), {
      timeout: 5_000,
    });
    const text = Buffer.from(msg.data).toString('utf8');
    reply.code(text.startsWith('{"error"') ? 500 : 201).header('content-type', 'application/json');
    return text;
  },
);
await app.listen({ port: Number(port ?? 0), host: '127.0.0.1' });
process.stdout.write(`listening ${app.server.address().port}\n`);
const stop = () => void app.close().then(() => nc.drain().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
