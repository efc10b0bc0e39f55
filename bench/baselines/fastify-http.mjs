/*
 * Baseline for S2: bare Fastify answering what the gateway answers in S2, on a port given as argv[2]:
 * `GET /health/live` with the same body, and `POST /bench/echo` validating the same fields with a
 * JSON schema (Fastify's own validation) and echoing the body. No logging, no hooks, no Nest: what
 * the gateway's framework layers are measured against. Prints `listening <port>` when ready.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/health/live', async () => ({ status: 'ok' }));
app.post(
  '/bench/echo',
  {
    schema: {
      body: {
        type: 'object',
        required: ['text', 'n'],
        additionalProperties: false,
        properties: { text: { type: 'string', maxLength: 1000 }, n: { type: 'integer', minimum: 0 } },
      },
    },
  },
  async (request) => request.body,
);
await app.listen({ port: Number(process.argv[2] ?? 0), host: '127.0.0.1' });
process.stdout.write(`listening ${app.server.address().port}\n`);
const stop = () => void app.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
