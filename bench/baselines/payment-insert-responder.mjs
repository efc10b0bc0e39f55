/*
 * Baseline for S9, the service: a raw NATS.js responder on the subject argv[3] that writes each
 * payment as one `INSERT … RETURNING` into billing's own `payment` table (database argv[2], migrated
 * by billing's migrations) with node-pg, and replies with the row's id. One statement, autocommit: no
 * idempotency, no allocation, no ledger, no outbox: what the same topology costs at its cheapest.
 * Prints `ready`.
 */
import { connectNats } from './nats-connect.mjs';
import pg from 'pg';

const [url, subject] = process.argv.slice(2);
// The services' pool size (MikroORM's default max of 10).
const pool = new pg.Pool({ connectionString: url, max: 10 });
const nc = await connectNats();
let receipts = 0;
nc.subscribe(subject, {
  queue: 'bench-raw',
  callback: (err, msg) => {
    if (err) return;
    const p = JSON.parse(Buffer.from(msg.data).toString('utf8'));
    pool
      .query(
        `insert into payment (id, receipt_number, company_id, community_id, unit_id, payer_person_id, method,
           amount_fen, credit_fen, status, received_at, recorded_by_id, recorded_by_name, version)
         values (gen_random_uuid(), $1, 'BNC', 'BN01', $2, $3, $4, $5, 0, 'recorded', now(), 'staff-bench', '基准', 1)
         returning id`,
        [
          `SJ-BN01-2026-${String(++receipts).padStart(6, '0')}`,
          p.unitId,
          p.payerPersonId,
          p.method,
          p.amountFen,
        ],
      )
      .then(
        ({ rows }) => msg.respond(JSON.stringify({ id: rows[0].id })),
        (error) => msg.respond(JSON.stringify({ error: String(error) })),
      );
  },
});
await nc.flush();
process.stdout.write('ready\n');
const stop = () => void nc.drain().then(() => pool.end().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
