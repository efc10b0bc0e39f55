/*
 * S7's load: autocannon driving dispatched work orders through the technician's steps (arrival, work,
 * finish), each request a step its order has not yet taken. An order whose step was answered goes to
 * the front of the line for its next step, so the three routes are mixed about evenly; a fresh order is
 * taken when none waits. What every order was answered for is kept, for the account at the end.
 */
import autocannon from 'autocannon';
import { STEPS } from './work-orders.mjs';

export function transitionsArm({ label, port, token, orders, connections, peakRssMiB }) {
  let nextFresh = 0;
  const waiting = [];
  /** Per order: how many of its steps were answered 200 with the status the step leads to. */
  const answered = new Map();
  /** Orders a timed run stopped with a request in flight: their step may or may not have landed. */
  const cutOff = new Set();
  const totals = { ranOut: 0 };
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  return {
    label,
    answered,
    cutOff,
    totals,
    touched: () => [...new Set([...answered.keys(), ...cutOff])],
    peakRssMiB,
    async run(durationMs) {
      const inFlight = new Map();
      let wrongStatus = 0;
      const result = await autocannon({
        url: `http://127.0.0.1:${port}`,
        connections,
        pipelining: 1,
        duration: durationMs / 1000,
        requests: [
          {
            method: 'POST',
            setupRequest(request, context) {
              let next = waiting.shift();
              if (!next) {
                // Out of orders: the last one again, which is refused and so counted as a failure.
                if (nextFresh >= orders.length) totals.ranOut += 1;
                next = { id: orders[Math.min(nextFresh++, orders.length - 1)], step: 0 };
              }
              context.order = next;
              inFlight.set(next.id, next.step);
              const step = STEPS[next.step];
              return {
                ...request,
                path: `/api/v1/work-orders/${next.id}/${step.route}`,
                headers,
                body: JSON.stringify(step.body()),
              };
            },
            onResponse(status, body, context) {
              const { id, step } = context.order;
              inFlight.delete(id);
              if (status !== 200) return;
              if (JSON.parse(body).status !== STEPS[step].status) {
                wrongStatus += 1;
                return;
              }
              answered.set(id, step + 1);
              if (step + 1 < STEPS.length) waiting.unshift({ id, step: step + 1 });
            },
          },
        ],
      });
      for (const id of inFlight.keys()) cutOff.add(id);
      return {
        requests: result.requests.total,
        throughput: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        failures: {
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          wrongStatus,
        },
      };
    },
  };
}

/**
 * The account of one arm's database after its runs: every answered step is in its order's row (none
 * lost), no step is there twice, and a step beyond the answered ones only where a run stopped with that
 * order's request in flight. With `history`, also one history entry per step taken (GEN-3).
 */
export async function accountForSteps(db, arm, stepsInDatabase, { history = false, exclude = [] } = {}) {
  const ids = arm.touched();
  // One snapshot for every read: a step cut off in flight may still commit while the account reads,
  // and the rows and their history must be seen on the same side of it.
  await db.query('begin isolation level repeatable read read only');
  try {
    return await account(db, arm, ids, stepsInDatabase, { history, exclude });
  } finally {
    await db.query('commit');
  }
}

async function account(db, arm, ids, stepsInDatabase, { history, exclude }) {
  const inDb = await stepsInDatabase(db, ids);
  const problems = [];
  let landedInFlight = 0;
  let lost = 0;
  let wrong = 0;
  for (const id of ids) {
    const want = arm.answered.get(id) ?? 0;
    const got = inDb.get(id);
    if (got === want) continue;
    if (got === want + 1 && arm.cutOff.has(id)) landedInFlight += 1;
    else if (got != null && got >= 0 && got < want) lost += 1;
    else wrong += 1;
  }
  if (lost) problems.push(`${lost} orders lack a step they were answered for`);
  if (wrong) problems.push(`${wrong} orders in a state no answered step explains (a step twice, or unasked)`);
  const { rows } = await db.query(
    `select count(*)::int as moved from work_order where status <> 'dispatched' and not (id = any($1::uuid[]))`,
    [[...ids, ...exclude]],
  );
  if (rows[0].moved) problems.push(`${rows[0].moved} orders moved that no request was sent for`);
  let historyEntries = null;
  if (history) {
    const { rows: h } = await db.query(
      `select coalesce(sum(c), 0)::int as n, count(*) filter (where c > 1)::int as doubled
         from (select record_id, action, count(*) as c from record_history
                where record_type = 'work-order' and action in ('arrive', 'record-work', 'finish')
                  and record_id = any($1::text[]) group by 1, 2) x`,
      [ids],
    );
    const steps = [...inDb.values()].filter((s) => s > 0).reduce((a, b) => a + b, 0);
    historyEntries = h[0].n;
    if (h[0].doubled) problems.push(`${h[0].doubled} steps archived twice`);
    if (h[0].n !== steps) problems.push(`${h[0].n} history entries for ${steps} steps taken`);
  }
  const answeredSteps = [...arm.answered.values()].reduce((a, b) => a + b, 0);
  return { problems, figures: { orders: ids.length, answeredSteps, landedInFlight, historyEntries } };
}
