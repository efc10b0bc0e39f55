/*
 * S8's register: `total` complaints over five years in `communities` communities, of which only the
 * newest `open` are still being worked on. A property company's queue is a roughly steady backlog
 * while its history grows by the year, so the open entries stay the same in number at 1 M and at 10 M
 * (decision 0138); everything older is closed, as years of history are. Written by SQL, straight into
 * the service's own migrated tables: the secondary indexes are dropped for the load and built again
 * after it (several times faster than keeping them up row by row), then the table is analysed.
 */
import pg from 'pg';

const OPEN_STATUSES = ['registered', 'assigned', 'in-progress', 'resolved', 'negotiating', 'reopened'];
const FIVE_YEARS_S = 5 * 365 * 86_400;

/** Loads the register and returns what it wrote, for the run's correctness checks. */
export async function seedComplaints(url, { total, open, communities }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: indexes } = await client.query(
      `select indexname, indexdef from pg_indexes
        where tablename = 'complaint'
          and indexname not in (select conname from pg_constraint where conrelid = 'complaint'::regclass)`,
    );
    for (const { indexname } of indexes) await client.query(`drop index "${indexname}"`);
    // Received one after another up to an hour ago; ids are UUID v7 built from that instant, so the
    // register's keyset order (id) is the order of receipt, as the service's own ids are.
    await client.query(
      `insert into complaint (id, number, company_id, community_id, kind, channel, status,
              customer_anonymous, customer_surname, customer_phone, phone_digits, location, description,
              demand, category, received_at, received_by_id, received_by_name, created_at, updated_at,
              department, handler_id, handler_name, assigned_at, resolved_at, closed_at,
              overdue_since, escalation_level, major)
       select (substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-7' || substr(r, 1, 3) || '-8' || substr(r, 4, 3)
                 || '-' || substr(r, 7, 12))::uuid,
              'S8-' || i, 'HRX', 'BN' || lpad((1 + i % $3)::text, 2, '0'), 'complaint', 'call',
              case when is_open then ($4::text[])[1 + (i / $3) % ${OPEN_STATUSES.length}] else 'closed' end,
              false, '王', '138' || lpad((i % 100000000)::text, 8, '0'), '138' || lpad((i % 100000000)::text, 8, '0'),
              (1 + i % 30) || '栋大堂', '楼道灯不亮，已经三天了 #' || i, '尽快修好', 'cleaning',
              received, 'staff-0001', '李娜', received, received,
              'cleaning', 'staff-0501', '赵敏', received + interval '1 hour',
              case when is_open then null else received + interval '2 days' end,
              case when is_open then null else received + interval '3 days' end,
              case when is_open and (i / $3) % 5 = 0 then received + interval '1 day' end,
              case when is_open and (i / $3) % 7 = 0 then 1 else 0 end,
              is_open and (i / $3) % 50 = 0
         from (select i, i > $1 - $2 as is_open,
                      now() - interval '1 hour' - (($1 - i) * ${FIVE_YEARS_S}.0 / $1) * interval '1 second' as received,
                      md5(i::text) as r
                 from generate_series(1, $1::int) as i) as g,
              lateral (select lpad(to_hex((extract(epoch from received) * 1000)::bigint), 12, '0') as h) as t`,
      [total, open, communities, OPEN_STATUSES],
    );
    for (const { indexdef } of indexes) await client.query(indexdef);
    await client.query('vacuum analyze complaint');
    const { rows } = await client.query(
      `select count(*)::int as total,
              (count(*) filter (where status <> 'closed'))::int as open,
              (count(*) filter (where status <> 'closed' and overdue_since is not null))::int as overdue
         from complaint`,
    );
    return rows[0];
  } finally {
    await client.end();
  }
}

/** A register of `total` entries for the tools (profile, CPU cost): S8's shape, 50 communities. */
export function seedRegister(total) {
  return (url) => seedComplaints(url, { total, open: Math.min(5_000, total / 10), communities: 50 });
}
