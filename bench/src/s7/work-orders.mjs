/*
 * S7's work orders: one driven through the gateway from a repair request at the desk to its dispatch
 * (survey, opening, approval, dispatch: each step by its own role), then copied by SQL, column by
 * column from information_schema, into as many dispatched orders as a run needs, each with a repair
 * request of its own. The copies are what the real steps left, so the service finds them exactly as
 * it would after a dispatch; only ids and numbers differ.
 */
import { staffToken } from '../s1/stack.mjs';

export const COMMUNITY = 'BN01';
export const TECHNICIAN = { sub: 'staff-0601', name: '李建军', roles: ['technician'] };

/** The technician steps S7 drives, in order, with their bodies and the status each leads to. */
export const STEPS = [
  {
    route: 'arrival',
    status: 'in-progress',
    body: () => ({ arrivedAt: new Date(Date.now() - 60_000).toISOString() }),
  },
  {
    route: 'work',
    status: 'in-progress',
    body: () => ({
      workDone: '更换卫生间角阀及软管，试水无渗漏',
      photos: ['files/bench/angle-valve-after.jpg'],
    }),
  },
  { route: 'finish', status: 'awaiting-check', body: () => ({}) },
];

async function call(port, token, method, route, body, status) {
  const res = await fetch(`http://127.0.0.1:${port}${route}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== status) throw new Error(`${method} ${route}: ${res.status} ${text}`);
  return JSON.parse(text);
}

/** The repair team S7's orders are dispatched to, as the demo data has it. */
const TEAM = { id: '0193a000-0000-7000-8000-00000000a001', name: '工程维修一队' };

/** One dispatched work order through the gateway, every step by its role (MNT-1 … MNT-7). */
export async function dispatchedOrder(port) {
  const desk = staffToken({ sub: 'staff-0001', name: '李娜', roles: ['front-desk'] });
  const engineer = staffToken({ sub: 'staff-0300', name: '林海', roles: ['engineer'] });
  const dispatcher = staffToken({ sub: 'staff-0400', name: '周强', roles: ['dispatcher'] });
  const manager = staffToken({ sub: 'staff-0002', name: '陈敏', roles: ['cs-manager'] });
  const request = await call(
    port,
    desk,
    'POST',
    '/api/v1/repair-requests',
    {
      communityId: COMMUNITY,
      source: 'desk',
      location: '5栋2单元1502卫生间',
      trades: ['plumbing'],
      urgency: 'normal',
      description: '卫生间角阀漏水，地面有积水',
      contactSurname: '张',
      contactPhone: '13912345678',
    },
    201,
  );
  await call(
    port,
    engineer,
    'POST',
    `/api/v1/repair-requests/${request.id}/survey`,
    {
      surveyedAt: new Date(Date.now() - 120_000).toISOString(),
      participants: [
        { role: 'customer-service', name: '李娜' },
        { role: 'engineering', name: '林海' },
        { role: 'repair-lead', name: '赵刚' },
      ],
      findings: '角阀老化开裂',
      estimateFen: 30_000,
      component: 'plumbing',
      responsibleParty: 'company',
      warrantyDecision: { underWarranty: false, reason: '公共管件，已过保修期' },
    },
    200,
  );
  const order = await call(
    port,
    dispatcher,
    'POST',
    '/api/v1/work-orders',
    { repairRequestId: request.id, description: '更换卫生间角阀' },
    201,
  );
  const path = `/api/v1/work-orders/${order.id}`;
  await call(port, manager, 'POST', `${path}/approve`, { note: '同意' }, 200);
  // MNT-13 (decision 0330): a dispatch names a team of the directory, added by a chief engineer.
  const chief = staffToken({ sub: 'staff-0301', name: '吴志刚', roles: ['chief-engineer'] });
  const teams = await call(port, chief, 'GET', '/api/v1/repair-teams', undefined, 200);
  if (!teams.items.some((t) => t.id === TEAM.id)) {
    await call(port, chief, 'POST', '/api/v1/repair-teams', TEAM, 201);
  }
  const dispatched = await call(
    port,
    dispatcher,
    'POST',
    `${path}/dispatch`,
    {
      executor: 'team',
      teamId: TEAM.id,
      teamName: TEAM.name,
      technician: { staffId: TECHNICIAN.sub, name: TECHNICIAN.name },
    },
    200,
  );
  if (dispatched.status !== 'dispatched')
    throw new Error(`the order is ${dispatched.status}, not dispatched`);
  return { orderId: order.id, requestId: request.id };
}

/** The copies' ids, shaped as UUIDs from a text (as S5's seed makes them). */
const UUID_OF = `create or replace function pg_temp.bench_uuid(t text) returns uuid language sql immutable as $$
  select (substr(md5(t), 1, 12) || '4' || substr(md5(t), 14, 3) || '8' || substr(md5(t), 18, 15))::uuid $$`;

/** `insert into t (…) select … from t where id = template`, every column copied unless overridden. */
async function copyRows(db, table, templateId, count, overrides) {
  const { rows } = await db.query(
    `select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position`,
    [table],
  );
  const columns = rows.map((r) => r.column_name);
  const select = columns.map((c) => overrides[c] ?? `t."${c}"`).join(', ');
  await db.query(
    `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')})
     select ${select} from "${table}" t, generate_series(1, $2::int) i where t.id = $1`,
    [templateId, count],
  );
}

/**
 * `count` copies of the dispatched order (and of its repair request) in the database `db` (a pg
 * client) holds; returns their ids. A number keeps its shape, its sequence replaced by `from` + i
 * (six digits: each batch of copies takes numbers of its own).
 */
export async function copyOrders(db, { orderId, requestId }, count, key, from) {
  await db.query('begin');
  await db.query(UUID_OF);
  const seq = `lpad((${Number(from)} + i)::text, 6, '0')`;
  await copyRows(db, 'repair_request', requestId, count, {
    id: `pg_temp.bench_uuid('${key}-request-' || i)`,
    number: `regexp_replace(t.number, '\\d+$', ${seq})`,
    work_order_id: `pg_temp.bench_uuid('${key}-order-' || i)`,
  });
  await copyRows(db, 'work_order', orderId, count, {
    id: `pg_temp.bench_uuid('${key}-order-' || i)`,
    number: `regexp_replace(t.number, '\\d+$', ${seq})`,
    repair_request_id: `pg_temp.bench_uuid('${key}-request-' || i)`,
  });
  const { rows } = await db.query(
    `select pg_temp.bench_uuid('${key}-order-' || i)::text as id from generate_series(1, $1::int) i order by i`,
    [count],
  );
  await db.query('commit');
  await db.query('analyze work_order');
  await db.query('analyze repair_request');
  return rows.map((r) => r.id);
}

/**
 * Which step each order is at, by what its row says: 0 dispatched, 1 arrived, 2 work recorded,
 * 3 finished; -1 for anything else (work recorded twice, a status no step leads to).
 */
export async function stepsInDatabase(db, ids) {
  const { rows } = await db.query(
    `select id::text, case
        when status = 'dispatched' and arrived_at is null and jsonb_array_length(work) = 0 then 0
        when status = 'in-progress' and arrived_at is not null and jsonb_array_length(work) = 0 then 1
        when status = 'in-progress' and jsonb_array_length(work) = 1 then 2
        when status = 'awaiting-check' and jsonb_array_length(work) = 1 and finished_at is not null then 3
        else -1 end as step
     from work_order where id = any($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.step]));
}
