/*
 * Baseline for S7, the service: a raw NATS.js responder on the subject argv[3] that applies each
 * technician step as one `UPDATE work_order … WHERE id = $1 AND status = $2 RETURNING …` on
 * maintenance's own table (database argv[2], migrated by maintenance's migrations) with node-pg, and
 * replies with the row. The status in the WHERE keeps it a real transition, as ours is: a step on an
 * order in another status updates nothing and is answered as refused. One statement, autocommit: no
 * lock read, no rules, no history, no repair-request progress, no outbox, no idempotency record.
 * Prints `ready`.
 */
import { connectNats } from './nats-connect.mjs';
import pg from 'pg';

const [url, subject] = process.argv.slice(2);
// The services' pool size (MikroORM's default max of 10).
const pool = new pg.Pool({ connectionString: url, max: 10 });
const nc = await connectNats();

/** Per action: the status it is taken from, the status it leads to, and what it records. */
const STEPS = {
  arrival: { from: 'dispatched', to: 'in-progress', set: 'arrived_at = $3::timestamptz' },
  work: { from: 'in-progress', to: 'in-progress', set: 'work = work || $3::jsonb' },
  finish: { from: 'in-progress', to: 'awaiting-check', set: 'finished_at = now()' },
};

nc.subscribe(subject, {
  queue: 'bench-raw',
  callback: (err, msg) => {
    if (err) return;
    const p = JSON.parse(Buffer.from(msg.data).toString('utf8'));
    const step = STEPS[p.action];
    const params = [p.id, step.from];
    if (p.action === 'arrival') params.push(p.arrivedAt);
    if (p.action === 'work')
      params.push(
        JSON.stringify([{ at: new Date().toISOString(), workDone: p.workDone, photos: p.photos ?? [] }]),
      );
    pool
      .query(
        `update work_order set status = '${step.to}', ${step.set}, updated_at = now(), version = version + 1
         where id = $1 and status = $2 returning id, number, status, version`,
        params,
      )
      .then(
        ({ rows }) =>
          msg.respond(
            JSON.stringify(rows.length ? rows[0] : { error: 'refused', id: p.id, action: p.action }),
          ),
        (error) => msg.respond(JSON.stringify({ error: String(error) })),
      );
  },
});
await nc.flush();
process.stdout.write('ready\n');
const stop = () => void nc.drain().then(() => pool.end().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
