#!/usr/bin/env node
/*
 * `npm run bench [-- <scenario>…] [-- --quick]`: runs the scenarios (all by default), each candidate
 * beside its baseline in the same run, and writes bench/results/<date>.json and latest.md.
 *
 * Full mode reports the targets (a miss is reported, not an exit code: the machine is shared and an
 * absolute verdict from one run would be noise). Both modes fail (exit 1) when any request went
 * unanswered or wrong, an arm served nothing, or a scenario could not run. Quick mode (seconds per
 * scenario, what CI runs) checks only that, and writes a *.local.json that git ignores.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fmt, machine, root } from './harness.mjs';
import * as s1 from './scenarios/s1-registration.mjs';
import * as s2 from './scenarios/s2-gateway.mjs';
import * as s3 from './scenarios/s3-request-reply.mjs';
import * as s4 from './scenarios/s4-fanout.mjs';
import * as s5 from './scenarios/s5-billing-run.mjs';
import * as s6 from './scenarios/s6-billing-beside-s1.mjs';
import * as s7 from './scenarios/s7-work-order-transitions.mjs';
import * as s8 from './scenarios/s8-queue.mjs';
import * as s9 from './scenarios/s9-payment-burst.mjs';
import * as s11 from './scenarios/s11-cold-start.mjs';

const SCENARIOS = [s1, s2, s3, s4, s5, s6, s7, s8, s9, s11];
const NOT_BUILT = ['S10'];
const resultsDir = path.join(root, 'bench/results');
const NOTES_MARK = '<!-- notes: everything below this line is kept when the file is regenerated -->';

function parseArgs(argv) {
  const options = { quick: false, ids: [] };
  for (const arg of argv) {
    if (arg === '--quick' || arg === '--quick=true') options.quick = true;
    else if (arg === '--quick=false') options.quick = false;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--report') options.report = true;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else options.ids.push(arg.toUpperCase());
  }
  return options;
}

function log(line) {
  process.stdout.write(`[bench] ${line}\n`);
}

/** What made a comparison fail its correctness check; empty when it passed. */
function correctnessProblems(comparison) {
  const problems = [];
  for (const arm of [comparison.candidate, comparison.baseline]) {
    if (arm.failures > 0)
      problems.push(`${arm.label}: ${arm.failures} requests failed or were answered wrongly`);
    if (!(arm.requests > 0)) problems.push(`${arm.label}: served no requests`);
  }
  for (const round of comparison.rounds) {
    for (const arm of [round.candidate, round.baseline]) {
      if (!(arm.requests > 0)) problems.push(`round ${round.round}: an arm served nothing`);
    }
  }
  return problems;
}

function targetVerdicts(comparison) {
  const t = comparison.target ?? {};
  // A scenario whose targets are not ratios (S4: latency added, events lost, lag) judges them itself.
  const verdicts = [...(comparison.scenarioVerdicts ?? [])];
  if (t.minRatio != null) {
    verdicts.push({
      what: `ratio >= ${t.minRatio}`,
      measured: comparison.medianRatio == null ? null : Math.round(comparison.medianRatio * 1000) / 1000,
      met: comparison.medianRatio != null && comparison.medianRatio >= t.minRatio,
    });
  }
  if (t.maxAddedP50Us != null) {
    const added = (comparison.candidate.p50Ms - comparison.baseline.p50Ms) * 1000;
    verdicts.push({
      what: `adds <= ${t.maxAddedP50Us} µs to the p50`,
      measured: Math.round(added),
      met: added <= t.maxAddedP50Us,
    });
  }
  if (t.maxP99Factor != null) {
    const factor = comparison.candidate.p99Ms / comparison.baseline.p99Ms;
    verdicts.push({
      what: `p99 <= ${t.maxP99Factor}x the baseline's`,
      measured: Math.round(factor * 100) / 100,
      met: factor <= t.maxP99Factor,
    });
  }
  if (t.maxPeakRssMiB != null) {
    const peak = comparison.candidate.peakRssMiB;
    verdicts.push({
      what: `peak RSS <= ${t.maxPeakRssMiB} MiB`,
      measured: peak,
      met: peak != null && peak <= t.maxPeakRssMiB,
    });
  }
  if (t.maxP99Of != null) {
    // Against another comparison's candidate (S8: the same route on a register a tenth the size).
    const factor = comparison.candidate.p99Ms / t.maxP99Of.ms;
    verdicts.push({
      what: `p99 <= ${t.maxP99Of.factor}x its p99 on ${t.maxP99Of.what}`,
      measured: Math.round(factor * 100) / 100,
      met: factor <= t.maxP99Of.factor,
    });
  }
  return verdicts;
}

const scenarioOf = (comparison) => comparison.scenario ?? comparison.name.split(' ')[0];
const stampOf = (report) => report.startedAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');

/**
 * The full-mode reports in bench/results, keeping for each scenario only the newest run that measured
 * it: latest.md shows every built scenario's latest figures, whichever run (and machine) they came from.
 */
function newestPerScenario(reports) {
  const newest = new Map();
  for (const report of [...reports].sort((a, b) => a.startedAt.localeCompare(b.startedAt)))
    for (const id of new Set(report.comparisons.map(scenarioOf))) newest.set(id, report);
  const order = SCENARIOS.map((s) => s.id);
  return [...newest.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([id, report]) => ({
      id,
      report,
      comparisons: report.comparisons.filter((c) => scenarioOf(c) === id),
    }));
}

function markdown(reports) {
  const latest = newestPerScenario(reports);
  const runs = [...new Set(latest.map((l) => l.report))];
  const lines = [
    '# Benchmark results (full mode)',
    '',
    "Each built scenario's newest full run (`bench/results/<run>.json`). Rounds: warm-up, then interleaved rounds (candidate, baseline); figures are medians over the rounds, the ratio is the median of the per-round ratios (candidate ÷ baseline throughput). Peak memory is the measured process's peak RSS (VmHWM) over the whole run.",
    '',
    '| Run | Comparison | Load | Candidate req/s | p50 / p99 ms | peak RSS MiB | Baseline req/s | p50 / p99 ms | peak RSS MiB | Median ratio | Targets | Failures |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { report, comparisons } of latest)
    for (const c of comparisons) {
      const verdicts = c.verdicts
        .map((v) => `${v.what}: ${v.measured} ${v.met ? 'met' : '**missed**'}`)
        .join('; ');
      lines.push(
        `| ${stampOf(report)} | ${c.name} (${c.candidate.label} vs ${c.baseline.label}) | ${c.load} | ${c.candidate.throughput?.toFixed(0)} | ${fmt(c.candidate.p50Ms)} / ${fmt(c.candidate.p99Ms)} | ${c.candidate.peakRssMiB ?? '–'} | ${c.baseline.throughput?.toFixed(0)} | ${fmt(c.baseline.p50Ms)} / ${fmt(c.baseline.p99Ms)} | ${c.baseline.peakRssMiB ?? '–'} | ${c.medianRatio?.toFixed(3) ?? '–'} | ${verdicts || '–'} | ${c.candidate.failures + c.baseline.failures} |`,
      );
    }
  lines.push('', 'Per round (candidate / baseline req/s, ratio):', '');
  for (const { comparisons } of latest)
    for (const c of comparisons)
      lines.push(
        `- ${c.name}: ${c.rounds.map((r) => `${r.candidate.throughput.toFixed(0)} / ${r.baseline.throughput.toFixed(0)} (${r.ratio?.toFixed(3) ?? '–'})`).join('; ')}`,
      );
  lines.push('', 'Runs:', '');
  for (const report of runs) {
    const m = report.machine;
    const settings = report.settings ?? {};
    lines.push(
      `- ${stampOf(report)} (${latest
        .filter((l) => l.report === report)
        .map((l) => l.id)
        .join(
          ', ',
        )}): ${report.startedAt} → ${report.finishedAt}, commit ${report.commit ?? 'unknown'}; ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}; load average at the start ${m.loadAverage.join(' / ')}; candidates log at \`${settings.candidateLogLevel ?? 'info'}\`${settings.experiment ? `; experiment: ${settings.experiment}` : ''}.`,
    );
    for (const e of report.errors) lines.push(`  - could not run ${e.id}: ${e.message.split('\n')[0]}`);
  }
  lines.push('', `Not yet built: ${NOT_BUILT.join(', ')} (see bench/README.md).`, '');
  return lines.join('\n');
}

/** Every full-mode report kept in bench/results. */
function fullReports() {
  return readdirSync(resultsDir)
    .filter((f) => /^\d{4}-.*Z\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(path.join(resultsDir, f), 'utf8')));
}

/** latest.md from every full run kept, with the hand-written notes below its mark kept as they are. */
function writeLatest() {
  const latest = path.join(resultsDir, 'latest.md');
  const previous = existsSync(latest) ? readFileSync(latest, 'utf8') : '';
  const notes = previous.includes(NOTES_MARK)
    ? previous.slice(previous.indexOf(NOTES_MARK) + NOTES_MARK.length)
    : '\n';
  writeFileSync(latest, `${markdown(fullReports())}\n${NOTES_MARK}${notes}`);
  log(`wrote ${path.relative(root, latest)}`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.report) {
    writeLatest();
    return 0;
  }
  if (options.help) {
    log(
      `usage: npm run bench [-- ${SCENARIOS.map((s) => s.id).join('|')} …] [-- --quick] | npm run bench -- --report (latest.md again)`,
    );
    return 0;
  }
  const unknown = options.ids.filter((id) => !SCENARIOS.some((s) => s.id === id));
  if (unknown.length)
    throw new Error(
      `unknown scenario ${unknown.join(', ')}; built: ${SCENARIOS.map((s) => s.id).join(', ')}; not yet built: ${NOT_BUILT.join(', ')}`,
    );
  const selected = options.ids.length ? SCENARIOS.filter((s) => options.ids.includes(s.id)) : SCENARIOS;
  const mode = options.quick ? 'quick' : 'full';
  const runId = `${process.pid}-${Date.now().toString(36)}`;
  const report = {
    mode,
    startedAt: new Date().toISOString(),
    commit: readCommit(),
    machine: machine(),
    settings: {
      candidateLogLevel: process.env.BENCH_LOG_LEVEL ?? 'info',
      experiment: process.env.BENCH_EXPERIMENT || null,
    },
    comparisons: [],
    errors: [],
  };
  log(`${mode} mode on ${report.machine.cpuModel} × ${report.machine.cores}, Node ${report.machine.node}`);
  for (const scenario of selected) {
    log(`${scenario.id}: ${scenario.title}`);
    try {
      for (const comparison of await scenario.run({ mode, log, runId })) {
        const problems = correctnessProblems(comparison);
        const verdicts = mode === 'full' ? targetVerdicts(comparison) : [];
        report.comparisons.push({ scenario: scenario.id, ...comparison, problems, verdicts });
        for (const p of problems) log(`  FAILED ${comparison.name}: ${p}`);
        for (const v of verdicts)
          log(`  ${comparison.name}: target ${v.what}: ${v.measured} ${v.met ? 'met' : 'MISSED'}`);
      }
    } catch (error) {
      report.errors.push({
        id: scenario.id,
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      log(`  FAILED ${scenario.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  report.finishedAt = new Date().toISOString();
  mkdirSync(resultsDir, { recursive: true });
  const stamp = stampOf(report);
  const jsonFile = path.join(resultsDir, mode === 'quick' ? `${stamp}.quick.local.json` : `${stamp}.json`);
  writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  log(`wrote ${path.relative(root, jsonFile)}`);
  if (mode === 'full') writeLatest();
  const failed = report.errors.length > 0 || report.comparisons.some((c) => c.problems.length > 0);
  log(failed ? 'FAILED: see above' : 'passed: every request answered, none wrong');
  return failed ? 1 : 0;
}

/** The commit measured, with a mark when the work tree has changes that are not committed. */
function readCommit() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return null;
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`[bench] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
