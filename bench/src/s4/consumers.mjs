/*
 * S4's consuming side: three of the platform's EventConsumers (durable, each with its inbox, as a
 * notification, an SLA-timer and an audit subscriber would be), each noting when it applied each
 * event. Stdin lines: `{"count":true}` answers how many each has applied; `{"report":true}` answers
 * the times (index = the event's n).
 */
import { createInterface } from 'node:readline';
import { connect } from '@nats-io/transport-node';
import { MikroORM } from '@mikro-orm/postgresql';
import { BusNames, EventConsumer, Metrics, onEvent, ormOptions } from '@pcs/platform';
import { pino } from 'pino';
import { BenchFannedOut, CONSUMERS, now, S4_STREAM } from './event.mjs';

const { DATABASE_URL, NATS_URL, BUS_PREFIX } = process.env;
const nc = await connect({ servers: NATS_URL.split(',') });
const orm = await MikroORM.init(ormOptions({ clientUrl: DATABASE_URL, entities: [], migrations: [] }));
const applied = Object.fromEntries(CONSUMERS.map((c) => [c, []]));
const counts = Object.fromEntries(CONSUMERS.map((c) => [c, 0]));
const consumers = CONSUMERS.map(
  (name) =>
    new EventConsumer(
      {
        name,
        stream: S4_STREAM.stream,
        filterSubject: S4_STREAM.streamSubjects,
        handlers: [
          onEvent(BenchFannedOut, async (event) => {
            const { n } = event.data;
            // The first application counts; the inbox makes a redelivery a no-op anyway.
            if (applied[name][n] === undefined) {
              applied[name][n] = now();
              counts[name]++;
            }
          }),
        ],
      },
      {
        connection: nc,
        names: new BusNames(BUS_PREFIX),
        orm,
        logger: pino({ level: 'silent' }),
        metrics: new Metrics('s4bench'),
      },
    ),
);
for (const consumer of consumers) await consumer.ensureConsumer();
for (const consumer of consumers) consumer.start();

createInterface({ input: process.stdin }).on('line', (line) => {
  const command = JSON.parse(line);
  const answer = command.report ? { applied } : { counts };
  process.stdout.write(`${JSON.stringify(answer)}\n`);
});
process.stdout.write('ready\n');
const stop = async () => {
  for (const consumer of consumers) await consumer.stop();
  await Promise.all([orm.close(), nc.drain()]);
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
