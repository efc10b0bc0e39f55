import { startProcess, waitForLine } from '../harness.mjs';

/**
 * S3's three processes on `env`'s bus prefix: our Nest responder, the raw responder (on
 * `<prefix>.bench.raw-echo`) and the requester holding both arms' clients; resolves once all are ready.
 */
export async function startS3(env) {
  const responder = startProcess('bus responder', 'bench/src/s3/responder.ts', { env, ts: true });
  const rawResponder = startProcess('raw responder', 'bench/baselines/nats-responder.mjs', {
    env,
    args: [`${env.BUS_PREFIX}.bench.raw-echo`],
  });
  const requester = startProcess('requester', 'bench/src/s3/requester.ts', { env, ts: true, stdin: true });
  const all = { responder, rawResponder, requester };
  all.stop = async () => {
    requester.child.stdin.end();
    await Promise.all([requester.stop(), responder.stop(), rawResponder.stop()]);
  };
  try {
    await Promise.all([responder, rawResponder, requester].map((p) => waitForLine(p, /^ready$/m)));
  } catch (error) {
    await all.stop();
    throw error;
  }
  return all;
}
