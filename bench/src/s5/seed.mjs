/*
 * The data a billing run reads, written straight into billing's own tables (as its migrations define
 * them) with set-based SQL: the community, N units with one owner each, three periodic fee items
 * (one per m², two fixed) and their rates. What the run should bill is computed from these rows by
 * SQL, so the check follows the seed rather than a number written here.
 */
import { createHash } from 'node:crypto';
import { COMMUNITY, COMPANY } from './billing-stack.mjs';

export const PERIOD = '2026-11';
/** Tables the seed writes; the billing run must write elsewhere. */
export const SEED_TABLES = ['community_replica', 'unit_replica', 'occupancy_replica', 'fee_item', 'fee_rate'];

const ITEMS = [
  { code: 'PROPERTY', name: '物业服务费', basis: 'per-square-metre', rateFen: 250 },
  { code: 'PARKING', name: '车位管理费', basis: 'fixed', rateFen: 15_000 },
  { code: 'SHARED', name: '公摊水电费', basis: 'fixed', rateFen: 1_200 },
];

export async function seedBilling(db, units) {
  await db.query('begin');
  // Ids from a text, shaped as version-4 UUIDs (the contracts validate ids as UUIDs).
  await db.query(
    `create function pg_temp.bench_uuid(t text) returns uuid language sql immutable as $$
       select (substr(md5(t), 1, 12) || '4' || substr(md5(t), 14, 3) || '8' || substr(md5(t), 18, 15))::uuid $$`,
  );
  await db.query(
    `insert into community_replica (company_id, community_id, name, time_zone, version)
     values ($1, $2, '基准小区', 'Asia/Shanghai', 1)`,
    [COMPANY, COMMUNITY],
  );
  for (const item of ITEMS) {
    await db.query(
      `insert into fee_item (id, company_id, code, name, basis, unit_types, late_fee, created_at)
       values (gen_random_uuid(), $1, $2, $3, $4, null, null, now())`,
      [COMPANY, item.code, item.name, item.basis],
    );
    await db.query(
      `insert into fee_rate (id, company_id, item_code, effective_from, amount_fen)
       values (gen_random_uuid(), $1, $2, '2020-01-01', $3)`,
      [COMPANY, item.code, item.rateFen],
    );
  }
  // 60.00–149.99 m², spread by a multiplicative step so the per-m² amounts differ from unit to unit.
  await db.query(
    `insert into unit_replica (unit_id, company_id, community_id, label, type, gross_area_centi_m2, version)
     select pg_temp.bench_uuid('unit-' || i), $1, $2, (i / 1000 + 1) || '栋' || (i % 1000 + 1) || '室', 'residence',
            6000 + (i * 37) % 9000, 1
     from generate_series(1, $3::int) i`,
    [COMPANY, COMMUNITY, units],
  );
  await db.query(
    `insert into occupancy_replica (occupancy_id, company_id, unit_id, person_id, role, start_date, end_date)
     select pg_temp.bench_uuid('occupancy-' || i), $1, pg_temp.bench_uuid('unit-' || i), pg_temp.bench_uuid('person-' || i), 'owner',
            '2020-01-01', null
     from generate_series(1, $2::int) i`,
    [COMPANY, units],
  );
  await db.query('commit');
  await db.query('analyze');
}

/**
 * BIL-1/BIL-2 for these rows: one owner all month, so one bill per unit with a line per item; a
 * per-m² item is rate × area rounded half up to the fen, a fixed item its rate.
 */
export async function expectedBilling(db) {
  const { rows } = await db.query(
    `select count(*)::int as units,
            sum((select count(*) from fee_item f where f.company_id = u.company_id))::int as lines,
            sum((select sum(case when f.basis = 'fixed' then r.amount_fen
                                 else (r.amount_fen * u.gross_area_centi_m2 + 50) / 100 end)
                 from fee_item f join fee_rate r on r.company_id = f.company_id and r.item_code = f.code
                 where f.company_id = u.company_id))::bigint as total
     from unit_replica u where u.company_id = $1 and u.community_id = $2`,
    [COMPANY, COMMUNITY],
  );
  const [r] = rows;
  return { bills: r.units, lines: r.lines, totalFen: String(r.total) };
}

/** The id the seed gives `text` (`unit-1`, `person-1`): what `pg_temp.bench_uuid` computes. */
export function seededUuid(text) {
  const h = createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20)}`;
}
