/*
 * Baseline responder for S1: a raw NATS.js responder on the subject argv[2] that registers a complaint
 * with node-pg (a pool of 10, as the service's DATABASE_POOL_MAX) in the complaints service's own
 * schema, and answers with the complaint as JSON. Two modes (argv[3]):
 *
 * `same-sql`: exactly the statements our registration transaction issues (CMP-1, a complaint about a
 * place, the S1 request), in the same order, with parameters instead of inlined literals. Captured
 * from PostgreSQL's statement log (`node bench/src/s1/capture-sql.mjs`, steady state; 12 since the
 * calendar's read took its lock in a statement of its own, decision 0242):
 *    1 begin
 *    2 select the community replica row (its time zone)
 *    3 pg_advisory_xact_lock_shared on the company's calendar, then select its years (deadlines in
 *      working days; decision 0242: a calendar change waits for the clocks computed on the old one)
 *    4 pg_advisory_xact_lock_shared on the community's day (CMP-6: a signed day takes no entries)
 *    5 select the day's reconciliation (is the day signed?)
 *    6 upsert number_sequence … returning last_value (GEN-2: the number; serialises one community
 *      until commit, so only writes follow it)
 *    7 upsert aggregate_version and insert outbox_message in one statement … returning the version
 *      (complaint.registered.v1)
 *    8 insert record_history (GEN-3: the archive entry)
 *    9 insert complaint_deadline, two rows (CMP-3: acknowledge by end of day, resolve in 7 days)
 *   10 insert complaint … returning version
 *   11 commit
 * The answer is built from what was written, as ours is.
 *
 * `single-insert`: one autocommitted insert of the complaint row (its number made from its id), what
 * the design would cost with nothing but the row. Prints `ready` on stdout.
 */
import { randomUUID } from 'node:crypto';
import { headers } from '@nats-io/nats-core';
import { connectNats } from './nats-connect.mjs';
import pg from 'pg';

const [subject, mode = 'same-sql'] = process.argv.slice(2);
if (mode !== 'same-sql' && mode !== 'single-insert') throw new Error(`unknown mode ${mode}`);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const nc = await connectNats();
const COMPANY = 'HRX';
const DAY_MS = 86_400_000;
const SHANGHAI_MS = 8 * 3_600_000;

const COMPLAINT_COLUMNS = [
  'id',
  'number',
  'company_id',
  'community_id',
  'kind',
  'channel',
  'status',
  'customer_anonymous',
  'customer_surname',
  'customer_phone',
  'location',
  'description',
  'demand',
  'category',
  'intent',
  'received_at',
  'received_by_id',
  'received_by_name',
  'phone_digits',
  'escalation_level',
  'major',
  'paused',
  'sign_offs',
  'return_visit_status',
  'return_visit_attempts',
  'reopen_count',
  'repair_requested',
  'created_at',
  'updated_at',
];
const INSERT_COMPLAINT = `insert into "complaint" (${COMPLAINT_COLUMNS.map((c) => `"${c}"`).join(', ')})
  values (${COMPLAINT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}) returning "version"`;

function complaintValues(c) {
  return [
    c.id,
    c.number,
    COMPANY,
    c.communityId,
    'complaint',
    c.channel,
    'registered',
    false,
    c.customer.surname,
    c.customer.phone,
    c.location,
    c.description,
    c.demand,
    c.category,
    c.intent,
    c.receivedAt,
    'staff-bench',
    '压测',
    c.customer.phone.replace(/\D/g, ''),
    0,
    false,
    false,
    '[]',
    'not-due',
    0,
    0,
    false,
    c.now,
    c.now,
  ];
}

function view(c, deadlines) {
  return {
    id: c.id,
    number: c.number,
    companyId: COMPANY,
    communityId: c.communityId,
    kind: 'complaint',
    channel: c.channel,
    status: 'registered',
    customer: { anonymous: false, surname: c.customer.surname, phone: '138****5678' },
    location: c.location,
    description: c.description,
    demand: c.demand,
    category: c.category,
    intent: c.intent,
    receivedAt: c.receivedAt.toISOString(),
    receivedBy: { staffId: 'staff-bench', name: '压测' },
    deadlines: deadlines.map((d) => ({ kind: d.kind, dueAt: d.due_at, warnAt: d.warn_at })),
    createdAt: c.now.toISOString(),
    version: 1,
  };
}

async function sameSql(c) {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(
      'select "c0".* from "community_replica" as "c0" where "c0"."company_id" = $1 and "c0"."community_id" = $2 limit 1',
      [COMPANY, c.communityId],
    );
    await client.query('select pg_advisory_xact_lock_shared(hashtextextended($1, 0))', [
      `calendar:${COMPANY}`,
    ]);
    await client.query(
      'select year, holidays, make_up_workdays from calendar_year_replica where company_id = $1',
      [COMPANY],
    );
    const day = new Date(c.receivedAt.getTime() + SHANGHAI_MS).toISOString().slice(0, 10);
    await client.query('select pg_advisory_xact_lock_shared(hashtextextended($1, 0))', [
      `complaints:day:${COMPANY}:${c.communityId}:${day}`,
    ]);
    await client.query(
      'select "d0".* from "day_reconciliation" as "d0" where "d0"."company_id" = $1 and "d0"."community_id" = $2 and "d0"."date" = $3 limit 1',
      [COMPANY, c.communityId, day],
    );
    const year = new Date(c.now.getTime() + SHANGHAI_MS).getUTCFullYear();
    const { rows: seq } = await client.query(
      `insert into number_sequence (company_id, community_id, record, year, last_value) values ($1, $2, 'complaint', $3, 1)
       on conflict (company_id, community_id, record, year)
       do update set last_value = number_sequence.last_value + 1
       returning last_value`,
      [COMPANY, c.communityId, year],
    );
    c.number = `TS-${c.communityId}-${year}-${String(seq[0].last_value).padStart(6, '0')}`;
    const eventId = randomUUID();
    const envelope = {
      specversion: '1.0',
      id: eventId,
      source: 'complaints',
      type: 'complaint.registered.v1',
      time: c.now.toISOString(),
      subject: c.id,
      datacontenttype: 'application/json',
      companyid: COMPANY,
      communityid: c.communityId,
      correlationid: randomUUID(),
      actorid: 'staff-bench',
      data: {
        complaintId: c.id,
        number: c.number,
        kind: 'complaint',
        channel: c.channel,
        category: c.category,
        intent: c.intent,
        unitId: null,
        location: c.location,
        receivedAt: c.receivedAt.toISOString(),
        receivedBy: 'staff-bench',
      },
    };
    await client.query(
      `with taken as (
         insert into aggregate_version (aggregate_id, version) values ($2, 1)
         on conflict (aggregate_id) do update set version = aggregate_version.version + 1
         returning version)
       insert into outbox_message (id, subject, aggregate_id, envelope, status, attempts)
       select $1, 'complaints.events.complaint.registered', $2, jsonb_set($3::jsonb, '{aggregateversion}', to_jsonb(taken.version)), 'pending', 0
       from taken
       returning envelope->>'aggregateversion' as version`,
      [eventId, c.id, JSON.stringify(envelope)],
    );
    await client.query(
      `insert into "record_history" ("id", "company_id", "community_id", "record_type", "record_id", "action", "actor_id", "actor_name", "at", "changes")
       values ($1, $2, $3, 'complaint', $4, 'registered', 'staff-bench', '压测', $5, $6)`,
      [
        randomUUID(),
        COMPANY,
        c.communityId,
        c.id,
        c.now,
        JSON.stringify({ status: 'registered', kind: 'complaint', number: c.number }),
      ],
    );
    // End of the received day in Shanghai, warned 2 h before; resolve in 7 calendar days.
    const endOfDay = new Date(
      Math.floor((c.receivedAt.getTime() + SHANGHAI_MS) / DAY_MS + 1) * DAY_MS - SHANGHAI_MS,
    );
    const resolveBy = new Date(c.receivedAt.getTime() + 7 * DAY_MS);
    const before = (d) => new Date(d.getTime() - 2 * 3_600_000);
    await client.query(
      `insert into "complaint_deadline" ("id", "company_id", "community_id", "complaint_id", "kind", "level", "rule", "pauses", "opened_at", "due_at", "warn_at")
       values ($1, $2, $3, $4, 'acknowledge', 0, $5, '[]', $6, $7, $8), ($9, $2, $3, $4, 'resolve', 0, $10, '[]', $6, $11, $12)`,
      [
        randomUUID(),
        COMPANY,
        c.communityId,
        c.id,
        JSON.stringify({ unit: 'end-of-day', from: c.receivedAt.toISOString() }),
        c.now,
        endOfDay,
        before(endOfDay),
        randomUUID(),
        JSON.stringify({ unit: 'calendar-days', amount: 7, from: c.receivedAt.toISOString() }),
        resolveBy,
        before(resolveBy),
      ],
    );
    await client.query(INSERT_COMPLAINT, complaintValues(c));
    await client.query('commit');
    return view(c, [
      { kind: 'acknowledge', due_at: endOfDay, warn_at: before(endOfDay) },
      { kind: 'resolve', due_at: resolveBy, warn_at: before(resolveBy) },
    ]);
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function singleInsert(c) {
  c.number = `TS-${c.communityId}-${c.id}`;
  await pool.query(INSERT_COMPLAINT, complaintValues(c));
  return view(c, []);
}

const register = mode === 'same-sql' ? sameSql : singleInsert;
nc.subscribe(subject, {
  queue: 'bench-s1',
  callback: (err, msg) => {
    if (err) return;
    const body = msg.json();
    const now = new Date();
    register({ ...body, id: randomUUID(), now, receivedAt: new Date(body.receivedAt) }).then(
      (answer) => msg.respond(JSON.stringify(answer)),
      (error) => {
        // A failure travels as a header, so that the front answers 500 rather than 201.
        const h = headers();
        h.set('bench-error', 'registration failed');
        msg.respond(String(error), { headers: h });
      },
    );
  },
});
await nc.flush();
process.stdout.write('ready\n');
const stop = () =>
  void nc
    .drain()
    .then(() => pool.end())
    .then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
