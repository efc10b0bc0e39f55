/*
 * S7 work-order transitions end to end: the technician's steps (`POST /api/v1/work-orders/:id/arrival`,
 * `/work`, `/finish`) through the built gateway → NATS → the built maintenance service → PostgreSQL,
 * on a database and a bus prefix of their own, 8 connections (the research's c=8). Every request is a
 * step its order has not taken yet, on dispatched orders copied by SQL from one driven through the
 * gateway (`src/s7/work-orders.mjs`); a refused step is a failure.
 *
 * Baseline: the same routes and load through the same topology without our frameworks: Fastify →
 * NATS.js → raw responder → one node-pg `UPDATE work_order … WHERE id = $1 AND status = $2` on copies
 * of the same order in the same table (`baselines/work-order-update-*.mjs`).
 *
 * Correctness, checked after the runs in the database, per arm: every answered step is in its order's
 * row, none twice, none unasked (beyond requests a timed run stopped in flight); for ours also one
 * history entry per step. Before the runs, by hand: a step answered, the same step again refused.
 */
import { compare, freePort, startProcess, waitForLine } from '../harness.mjs';
import {
  createDatabase,
  deleteBusResources,
  dropDatabase,
  NATS_URL,
  seedReferenceData,
  startBuilt,
  staffToken,
  JWT_SECRET,
} from '../s1/stack.mjs';
import { build, client } from '../s5/billing-stack.mjs';
import { accountForSteps, transitionsArm } from '../s7/transitions-arm.mjs';
import {
  COMMUNITY,
  copyOrders,
  dispatchedOrder,
  stepsInDatabase,
  STEPS,
  TECHNICIAN,
} from '../s7/work-orders.mjs';

export const id = 'S7';
export const title = 'Work-order transitions: gateway → maintenance vs Fastify → NATS.js → one UPDATE by key';
export const targets = 'median ratio >= 0.20 of the update-by-key baseline; every step a real transition';

const CONNECTIONS = 8;
/** Dispatched orders per arm: three steps each, enough for the baseline's rate over all its runs. */
const ORDERS = { quick: 3_000, full: 50_000 };

export async function run({ mode, log, runId }) {
  build(log);
  const tag = runId.replace(/[^a-z0-9]/gi, '_').toLowerCase();
  const database = `bench_s7_${tag}`;
  const prefix = `bench-${runId}-s7`;
  const processes = [];
  const clients = [];
  try {
    // Everything starts at once; the service migrates its database as it starts (MIGRATE_ON_START,
    // as the e2e stack does): one process loading MikroORM instead of two, most of a quick run's time.
    const [maintenancePort, gatewayPort, fastifyPort] = [
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    const url = await createDatabase(database);
    const rawSubject = `${prefix}.bench.raw-work-order`;
    const responder = startProcess('update responder', 'bench/baselines/work-order-update-responder.mjs', {
      args: [url, rawSubject],
    });
    const fastify = startProcess('fastify gateway', 'bench/baselines/work-order-update-gateway.mjs', {
      args: [String(fastifyPort), rawSubject],
    });
    processes.push(responder, fastify);
    const starting = [
      startBuilt('maintenance', {
        prefix,
        port: maintenancePort,
        env: { DATABASE_URL: url, MIGRATE_ON_START: 'true' },
      }),
      startBuilt('gateway', { prefix, port: gatewayPort, env: { AUTH_JWT_SECRET: JWT_SECRET } }),
    ];
    const settled = await Promise.allSettled(starting);
    for (const s of settled) if (s.status === 'fulfilled') processes.push(s.value);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    const [maintenance, gateway] = settled.map((s) => s.value);
    await Promise.all([waitForLine(responder, /^ready$/m), waitForLine(fastify, /listening (\d+)/)]);
    await seedReferenceData(url, [COMMUNITY]);

    const template = await dispatchedOrder(gatewayPort);
    const db = await client(database);
    clients.push(db);
    const orders = ORDERS[mode];
    const oursIds = await copyOrders(db, template, orders, 'ours', 100_000);
    // The baseline's orders: copies of the same order in the same table, so both arms update a table
    // of the same size with the same indexes (they take turns, never at once).
    const rawIds = await copyOrders(db, template, orders, 'raw', 500_000);
    log(`  ${orders} dispatched orders per arm, copied from ${template.orderId}`);

    // By hand: the arrival answered, the same arrival refused, on an order of each arm's own.
    const token = staffToken(TECHNICIAN);
    const byHand = [oursIds.pop(), rawIds.pop()];
    for (const [port, orderId] of [
      [gatewayPort, byHand[0]],
      [fastifyPort, byHand[1]],
    ]) {
      const arrive = () =>
        fetch(`http://127.0.0.1:${port}/api/v1/work-orders/${orderId}/arrival`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(STEPS[0].body()),
        }).then(async (r) => ({ status: r.status, body: await r.text() }));
      const first = await arrive();
      const again = await arrive();
      if (first.status !== 200 || JSON.parse(first.body).status !== 'in-progress')
        throw new Error(`arrival by hand on ${port}: ${first.status} ${first.body}`);
      if (again.status !== 409) throw new Error(`a second arrival on ${port}: ${again.status} ${again.body}`);
    }

    const candidate = transitionsArm({
      label: 'gateway→maintenance',
      port: gatewayPort,
      token,
      orders: oursIds,
      connections: CONNECTIONS,
      peakRssMiB: () => maintenance.peakRssMiB(),
    });
    const baseline = transitionsArm({
      label: 'Fastify→NATS.js→UPDATE',
      port: fastifyPort,
      token,
      orders: rawIds,
      connections: CONNECTIONS,
      peakRssMiB: () => responder.peakRssMiB(),
    });
    const result = await compare({ name: 'S7 work-order transitions', candidate, baseline, mode, log });
    const accounts = {};
    for (const [key, arm, other, side, history] of [
      ['ours', candidate, baseline, result.candidate, true],
      ['raw', baseline, candidate, result.baseline, false],
    ]) {
      const { problems, figures } = await accountForSteps(db, arm, stepsInDatabase, {
        history,
        // Moved legitimately, by others: the template (dispatched by hand, then left), the orders
        // stepped by hand, and the other arm's.
        exclude: [template.orderId, ...byHand, ...other.touched()],
      });
      if (arm.totals.ranOut) problems.push(`ran out of seeded orders ${arm.totals.ranOut} times`);
      log(
        `  ${key} database: ${figures.orders} orders moved, ${figures.answeredSteps} steps answered, ` +
          `${figures.landedInFlight} landed from requests cut off in flight` +
          (history ? `, ${figures.historyEntries} history entries` : '') +
          (problems.length ? `; PROBLEMS: ${problems.join('; ')}` : '; none lost, none twice'),
      );
      side.failures += problems.length;
      accounts[key] = { ...figures, problems };
    }
    return [
      {
        ...result,
        load: `POST /api/v1/work-orders/:id/arrival|work|finish, ${CONNECTIONS} connections, each request the next step of a dispatched order (${orders} per arm)`,
        target: { minRatio: 0.2 },
        accounts,
        gatewayPeakRssMiB: gateway.peakRssMiB(),
      },
    ];
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
    await Promise.all(processes.map((p) => p.stop()));
    await deleteBusResources(prefix).catch(() => undefined);
    await dropDatabase(database);
  }
}
