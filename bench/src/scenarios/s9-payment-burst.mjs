/*
 * S9 a payment burst with concurrent duplicates, end to end: autocannon → the built gateway
 * (`POST /units/:id/payments`, a finance staff token) → NATS → the built billing service → PostgreSQL,
 * on databases and a bus prefix of their own. Every Idempotency-Key is sent DUPLICATES times in a row
 * by different connections, so the copies arrive together; each payment of 1 元 is allocated to the
 * unit's open bills (issued first by a real billing run of the seeded units).
 *
 * Baseline: the same load through the same topology without our frameworks: Fastify → NATS.js →
 * raw responder → one node-pg INSERT into billing's `payment` table (`baselines/payment-insert-*.mjs`).
 *
 * Correctness, checked after the burst in billing's database: every key has one payment and every
 * payment one key (no double posting), one ledger movement per payment, what the payments brought in
 * equals what the bills were paid plus credit; every answer for a key named the same payment.
 */
import autocannon from 'autocannon';
import { RecordPayment } from '@pcs/contracts';
import { signStaffToken } from '@pcs/platform/staff-token';
import { compare, freePort, startProcess, waitForLine } from '../harness.mjs';
import {
  build,
  busCaller,
  client,
  COMMUNITY,
  COMPANY,
  createDatabase,
  databaseUrl,
  deleteStreams,
  dropDatabase,
  migrate,
  startService,
} from '../s5/billing-stack.mjs';
import { PERIOD, seedBilling, seededUuid } from '../s5/seed.mjs';

export const id = 'S9';
export const title =
  'Payment burst with concurrent duplicates: gateway → billing vs Fastify → NATS.js → one INSERT';
export const targets = 'median ratio >= 0.20 of the insert baseline; 0 double postings';

/** Full mode: 32 connections (the research's burst); quick mode fewer, so 1 s rounds still complete. */
const CONNECTIONS = { quick: 8, full: 32 };
const DUPLICATES = 4;
const AMOUNT_FEN = 100;
const UNITS = { quick: 100, full: 1_000 };
const SECRET = 'bench-s9-staff-token-secret-0123456789abcdef';
const STAFF = { sub: 'staff-bench', name: '基准', roles: ['finance'] };

/**
 * One arm's load: keys numbered across its runs, each sent DUPLICATES times by consecutive requests
 * (different connections), and the payment id each answer named, per key.
 */
function burstArm({ label, proc, port, token, units, name, dedupes, connections }) {
  const answers = new Map();
  let sent = 0;
  let mismatches = 0;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  return {
    label,
    answers,
    peakRssMiB: () => proc.peakRssMiB(),
    async run(durationMs) {
      const before = mismatches;
      const result = await autocannon({
        url: `http://127.0.0.1:${port}`,
        connections,
        pipelining: 1,
        duration: durationMs / 1000,
        requests: [
          {
            method: 'POST',
            setupRequest(request, context) {
              const keyNo = Math.floor(sent++ / DUPLICATES);
              const unit = (keyNo % units) + 1;
              context.key = `${name}-${keyNo}`;
              return {
                ...request,
                path: `/api/v1/units/${seededUuid(`unit-${unit}`)}/payments`,
                headers: { ...headers, 'idempotency-key': context.key },
                body: JSON.stringify({
                  payerPersonId: seededUuid(`person-${unit}`),
                  method: 'cash',
                  amountFen: AMOUNT_FEN,
                }),
              };
            },
            onResponse(status, body, context) {
              // The baseline writes every copy: only ours must name one payment per key.
              if (status !== 201 || !dedupes) return;
              const paymentId = JSON.parse(body).id;
              const seen = answers.get(context.key);
              if (seen === undefined) answers.set(context.key, paymentId);
              else if (seen !== paymentId) mismatches += 1;
            },
          },
        ],
      });
      if (result.requests.total === 0)
        process.stdout.write(
          `[bench]   ${label}: nothing answered in ${durationMs} ms: ${JSON.stringify({ errors: result.errors, timeouts: result.timeouts, statusCodeStats: result.statusCodeStats, duration: result.duration, sent })}\n`,
        );
      return {
        requests: result.requests.total,
        throughput: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        failures: {
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          differentPaymentForOneKey: mismatches - before,
        },
      };
    },
  };
}

/**
 * What billing's sessions wait for during the burst: every 100 ms, the statements of the sessions
 * blocked on a lock, so the report can say which lock payments queue on.
 */
function lockSampler(db, database) {
  const waits = new Map();
  let samples = 0;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    db.query(
      `select left(regexp_replace(query, '\\s+', ' ', 'g'), 90) as statement, count(*)::int as n
       from pg_stat_activity where datname = $1 and wait_event_type = 'Lock' group by 1`,
      [database],
    )
      .then(({ rows }) => {
        samples += 1;
        for (const r of rows) waits.set(r.statement, (waits.get(r.statement) ?? 0) + r.n);
      })
      .catch(() => undefined)
      .finally(() => (busy = false));
  }, 100);
  return () => {
    clearInterval(timer);
    return {
      samples,
      // Mean number of sessions waiting on each statement's lock at a sampled moment.
      meanWaiting: Object.fromEntries(
        [...waits]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6)
          .map(([statement, n]) => [statement, Math.round((n / Math.max(samples, 1)) * 100) / 100]),
      ),
    };
  };
}

/** No double posting, nothing lost: what billing's database says after the burst. */
async function checkPostings(db, answers) {
  const { rows } = await db.query(
    `select (select count(*) from payment)::int as payments,
            (select count(*) from idempotency_record where operation = $1)::int as keys,
            (select count(*) from payment p where not exists (
               select 1 from idempotency_record r where r.operation = $1 and r.response->>'id' = p.id::text))::int
              as payments_without_key,
            (select count(*) from (select response->>'id' from idempotency_record where operation = $1
               group by 1 having count(*) > 1) d)::int as payments_of_several_keys,
            (select count(*) from ledger_transaction where kind = 'payment')::int as movements,
            (select coalesce(sum(amount_fen), 0) from payment)::bigint as received,
            (select coalesce(sum(credit_fen), 0) from payment)::bigint as credit,
            (select coalesce(sum(paid_fen), 0) from bill)::bigint as bills_paid,
            (select coalesce(sum(amount_fen), 0) from payment_allocation)::bigint as allocated,
            (select count(*) from payment where id = any($2::uuid[]))::int as answered_found`,
    [RecordPayment.subject, [...new Set(answers.values())]],
  );
  const r = rows[0];
  const problems = [];
  const expect = (what, got, want) => {
    if (String(got) !== String(want)) problems.push(`${what}: ${got}, expected ${want}`);
  };
  expect('payments without their key (double postings)', r.payments_without_key, 0);
  expect('payments answered for several keys', r.payments_of_several_keys, 0);
  expect('payments vs keys recorded', r.payments, r.keys);
  expect('ledger movements vs payments', r.movements, r.payments);
  expect(
    'payments received vs bills paid + credit (fen)',
    r.received,
    BigInt(r.bills_paid) + BigInt(r.credit),
  );
  expect('allocations vs bills paid (fen)', r.allocated, r.bills_paid);
  expect('answered payments found', r.answered_found, new Set(answers.values()).size);
  return { figures: r, problems };
}

export async function run({ mode, log, runId }) {
  build(log);
  const tag = runId.replace(/[^a-z0-9]/gi, '_').toLowerCase();
  const database = `bench_s9_${tag}`;
  const scratch = `bench_s9_${tag}_insert`;
  const prefix = `bench-${runId}-s9`;
  const units = UNITS[mode];
  const processes = [];
  let bus;
  let db;
  try {
    await Promise.all([createDatabase(database), createDatabase(scratch)]);
    migrate('billing', database);
    migrate('billing', scratch);
    db = await client(database);
    await seedBilling(db, units);
    // Experiment switches (record them with BENCH_EXPERIMENT): billing's pool, 10 as deployed; node
    // options for billing alone, e.g. `--cpu-prof --cpu-prof-dir=/tmp/s9` to profile it under the burst.
    const poolMax = process.env.BENCH_S9_POOL_MAX;
    const nodeOptions = process.env.BENCH_S9_BILLING_NODE_OPTIONS;
    const { proc: billing } = await startService('billing', {
      prefix,
      database,
      env: {
        ...(poolMax ? { DATABASE_POOL_MAX: poolMax } : {}),
        ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
      },
    });
    processes.push(billing);
    // The bills to pay: a real billing run of the seeded units.
    bus = await busCaller(prefix, { ...STAFF, companyId: COMPANY, communities: [COMMUNITY] });
    const billed = await bus.request(
      'billing.billing-runs.run',
      { communityId: COMMUNITY, period: PERIOD },
      { timeoutMs: 10 * 60_000 },
    );
    log(`  billed ${billed.billsIssued} units (${billed.totalFen} fen) to pay`);
    const { proc: gateway, port: gatewayPort } = await startService('gateway', {
      prefix,
      env: { AUTH_JWT_SECRET: SECRET },
    });
    processes.push(gateway);
    const rawSubject = `${prefix}.bench.raw-payment`;
    const responder = startProcess('insert responder', 'bench/baselines/payment-insert-responder.mjs', {
      args: [databaseUrl(scratch), rawSubject],
    });
    processes.push(responder);
    const fastifyPort = await freePort();
    const fastify = startProcess('fastify gateway', 'bench/baselines/payment-insert-gateway.mjs', {
      args: [String(fastifyPort), rawSubject],
    });
    processes.push(fastify);
    await Promise.all([waitForLine(responder, /^ready$/m), waitForLine(fastify, /listening (\d+)/)]);
    const token = await signStaffToken({ ...STAFF, company: COMPANY, communities: [COMMUNITY] }, SECRET);

    // By hand first: one payment, then the same key again must name the same payment.
    const byHand = async (port) => {
      const call = () =>
        fetch(`http://127.0.0.1:${port}/api/v1/units/${seededUuid('unit-1')}/payments`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            'idempotency-key': `by-hand-${port}`,
          },
          body: JSON.stringify({
            payerPersonId: seededUuid('person-1'),
            method: 'cash',
            amountFen: AMOUNT_FEN,
          }),
        }).then(async (r) => ({ status: r.status, body: await r.text() }));
      const [a, b] = await Promise.all([call(), call()]);
      if (a.status !== 201 || b.status !== 201)
        throw new Error(`payment by hand on ${port}: ${a.status} ${a.body} / ${b.status} ${b.body}`);
      return [JSON.parse(a.body).id, JSON.parse(b.body).id];
    };
    const [first, again] = await byHand(gatewayPort);
    if (first !== again) throw new Error(`the same key paid twice by hand: ${first}, ${again}`);
    await byHand(fastifyPort);

    const candidate = burstArm({
      label: 'gateway→billing',
      proc: billing,
      port: gatewayPort,
      token,
      units,
      name: 'ours',
      dedupes: true,
      connections: CONNECTIONS[mode],
    });
    const baseline = burstArm({
      label: 'Fastify→NATS.js→INSERT',
      proc: responder,
      port: fastifyPort,
      token,
      units,
      name: 'raw',
      dedupes: false,
      connections: CONNECTIONS[mode],
    });
    const sampling = await client(database);
    const stopSampling = lockSampler(sampling, database);
    const result = await compare({ name: 'S9 payment burst', candidate, baseline, mode, log });
    // Sampled over both arms' turns: the baseline writes elsewhere, so these are the candidate's waits.
    const lockWaits = stopSampling();
    await sampling.end();
    log(
      `  lock waits in billing's database (mean sessions waiting, per statement): ${JSON.stringify(lockWaits.meanWaiting)}`,
    );
    candidate.answers.set('by-hand', first);
    const { figures, problems } = await checkPostings(db, candidate.answers);
    log(
      `  after the burst: ${figures.payments} payments for ${figures.keys} keys, ${figures.movements} ledger movements, ` +
        `${figures.received} fen received = ${figures.bills_paid} paid on bills + ${figures.credit} credit; ` +
        `keys answered: ${candidate.answers.size}` +
        (problems.length ? `; PROBLEMS: ${problems.join('; ')}` : '; no double posting'),
    );
    result.candidate.failures += problems.length;
    return [
      {
        ...result,
        load: `POST /api/v1/units/:id/payments, ${CONNECTIONS[mode]} connections, each Idempotency-Key sent ${DUPLICATES}× at once, ${units} units with bills, 1 元 cash each; billing's pool ${poolMax ?? '10 (as deployed)'}`,
        target: { minRatio: 0.2 },
        postings: { ...figures, problems, gatewayPeakRssMiB: gateway.peakRssMiB() },
        lockWaits,
      },
    ];
  } finally {
    await db?.end().catch(() => undefined);
    await bus?.close().catch(() => undefined);
    await Promise.all(processes.map((p) => p.stop()));
    await deleteStreams(prefix).catch(() => undefined);
    await Promise.all([dropDatabase(database), dropDatabase(scratch)]).catch(() => undefined);
  }
}
