/*
 * Baseline for S11: the smallest Fastify program that answers a readiness probe, on the port argv[2].
 * What a start costs with nothing but Node, Fastify and a listening socket; the bench times it from
 * spawn to the first successful `GET /health/ready`, the same way it times each service.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/health/ready', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.argv[2] ?? 0), host: '127.0.0.1' });
const stop = () => void app.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
