/*
 * Baseline for S3: a raw NATS.js responder that answers each request with the bytes it received, on
 * the subject given as argv[2]. No Nest, no validation, no reply envelope. Prints `ready` on stdout.
 */
import { connectNats } from './nats-connect.mjs';

const nc = await connectNats();
nc.subscribe(process.argv[2], { queue: 'bench-raw', callback: (err, msg) => err || msg.respond(msg.data) });
await nc.flush();
process.stdout.write('ready\n');
const stop = () => void nc.drain().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
