/*
 * Baseline front for S1: bare Fastify taking `POST /api/v1/complaints` on the port argv[2], checking
 * the body's shape with a JSON schema, and asking a raw NATS.js responder on the subject argv[3] (one
 * request, 5 s timeout), answering 201 with the responder's JSON. The same topology as the gateway →
 * complaints service, without NestJS, auth, our envelope or MikroORM. Prints `listening <port>`.
 */
import { connectNats } from './nats-connect.mjs';
import Fastify from 'fastify';

const nc = await connectNats();
const subject = process.argv[3];
const app = Fastify({ logger: false });
const text = (max) => ({ type: 'string', minLength: 1, maxLength: max });
app.post(
  '/api/v1/complaints',
  {
    schema: {
      body: {
        type: 'object',
        required: ['communityId', 'channel', 'customer', 'description', 'demand', 'receivedAt'],
        properties: {
          communityId: { type: 'string', pattern: '^[A-Z][A-Z0-9]{1,15}$' },
          channel: text(20),
          customer: {
            type: 'object',
            properties: { surname: text(20), phone: text(20), anonymous: { type: 'boolean' } },
          },
          location: text(200),
          description: text(2000),
          demand: text(1000),
          receivedAt: { type: 'string', format: 'date-time' },
          category: text(40),
          intent: text(40),
        },
      },
    },
  },
  async (request, reply) => {
    const answer = await nc.request(subject, JSON.stringify(request.body), { timeout: 5_000 });
    if (answer.headers?.get('bench-error')) {
      reply.code(500);
      return answer.string();
    }
    reply.code(201).header('content-type', 'application/json; charset=utf-8');
    return answer.string();
  },
);
await app.listen({ port: Number(process.argv[2] ?? 0), host: '127.0.0.1' });
process.stdout.write(`listening ${app.server.address().port}\n`);
const stop = () =>
  void app
    .close()
    .then(() => nc.drain())
    .then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
