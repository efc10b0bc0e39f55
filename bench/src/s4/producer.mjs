/*
 * S4's producing side, as a service runs it: each event staged with the platform's Outbox in a
 * MikroORM transaction of its own, and the platform's OutboxRelay (woken by the outbox's NOTIFY)
 * publishing to JetStream. On a stdin line `{"rate":…,"durationMs":…}` it produces at that rate for
 * that long and answers one JSON line: each event's commit time (index = n), how many were planned,
 * and what failed.
 */
import { createInterface } from 'node:readline';
import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { MikroORM } from '@mikro-orm/postgresql';
import { BusNames, Outbox, OutboxRelay, ormOptions, provisionStream } from '@pcs/platform';
import pg from 'pg';
import { pino } from 'pino';
import { BenchFannedOut, now, S4_STREAM } from './event.mjs';

const { DATABASE_URL, NATS_URL, BUS_PREFIX } = process.env;
const names = new BusNames(BUS_PREFIX);
const nc = await connect({ servers: NATS_URL.split(',') });
await provisionStream(nc, names, S4_STREAM);
const orm = await MikroORM.init(ormOptions({ clientUrl: DATABASE_URL, entities: [], migrations: [] }));
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 4 });
const relay = new OutboxRelay({
  pool,
  connectionString: DATABASE_URL,
  js: jetstream(nc),
  connection: nc,
  names,
  logger: pino({ level: 'silent' }),
});
relay.start();
const outbox = new Outbox('s4bench');

/*
 * At most this many transactions wait for a connection or a commit at once. Past it the producer
 * falls behind the schedule rather than queueing without bound (on a loaded machine the database may
 * commit fewer than `rate` a second); what it achieved is reported, the latency is from each commit.
 */
const MAX_IN_FLIGHT = 32;

async function produce({ rate, durationMs }) {
  const planned = Math.round((rate * durationMs) / 1000);
  const commits = [];
  const errors = [];
  const inFlight = new Set();
  const started = now();
  let sent = 0;
  const one = (n) =>
    orm.em
      .fork()
      .transactional((em) =>
        outbox.stage(em, BenchFannedOut, { aggregateId: `s4-${n}`, companyId: 'HRX', data: { n } }),
      )
      .then(
        () => (commits[n] = now()),
        (error) => errors.push(String(error)),
      );
  // Open loop on a schedule: every tick, start whatever is due, whether or not earlier ones ended.
  while (sent < planned && now() - started < durationMs) {
    const due = Math.min(planned, Math.floor(((now() - started) * rate) / 1000) + 1);
    for (; sent < due && inFlight.size < MAX_IN_FLIGHT; sent++) {
      commits[sent] = null;
      const p = one(sent);
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(inFlight);
  return {
    started,
    finished: now(),
    planned,
    commits,
    errors: errors.slice(0, 5),
    failed: errors.length,
  };
}

createInterface({ input: process.stdin }).on('line', (line) => {
  void produce(JSON.parse(line)).then((answer) => process.stdout.write(`${JSON.stringify(answer)}\n`));
});
process.stdout.write('ready\n');
const stop = async () => {
  await relay.stop();
  await Promise.all([pool.end(), orm.close(), nc.drain()]);
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
