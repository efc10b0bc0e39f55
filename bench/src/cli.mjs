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
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fmt, machine, MODES, root } from './harness.mjs';
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
  const verdicts = [];
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

function markdown(report) {
  const m = report.machine;
  const lines = [
    `# Benchmark results (${report.mode} mode)`,
    '',
    `Run ${report.startedAt} → ${report.finishedAt}, commit ${report.commit ?? 'unknown'}.`,
    '',
    `Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB memory, ${m.os}, Node ${m.node}; load average at the start ${m.loadAverage.join(' / ')}.`,
    `Candidates log at \`${report.settings.candidateLogLevel}\` (BENCH_LOG_LEVEL); baselines log nothing.${report.settings.experiment ? ` Experiment: ${report.settings.experiment}.` : ''}`,
    `Rounds: warm-up ${MODES[report.mode].warmupMs / 1000} s per arm, then ${MODES[report.mode].rounds} interleaved rounds (candidate, baseline) of ${MODES[report.mode].roundMs / 1000} s; figures are medians over the rounds, the ratio is the median of the per-round ratios (candidate ÷ baseline throughput). Peak memory is the measured process's peak RSS (VmHWM) over the whole run.`,
    '',
    '| Comparison | Load | Candidate req/s | p50 / p99 ms | peak RSS MiB | Baseline req/s | p50 / p99 ms | peak RSS MiB | Median ratio | Targets | Failures |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const c of report.comparisons) {
    const verdicts = c.verdicts
      .map((v) => `${v.what}: ${v.measured} ${v.met ? 'met' : '**missed**'}`)
      .join('; ');
    lines.push(
      `| ${c.name} (${c.candidate.label} vs ${c.baseline.label}) | ${c.load} | ${c.candidate.throughput?.toFixed(0)} | ${fmt(c.candidate.p50Ms)} / ${fmt(c.candidate.p99Ms)} | ${c.candidate.peakRssMiB ?? '–'} | ${c.baseline.throughput?.toFixed(0)} | ${fmt(c.baseline.p50Ms)} / ${fmt(c.baseline.p99Ms)} | ${c.baseline.peakRssMiB ?? '–'} | ${c.medianRatio?.toFixed(3)} | ${verdicts || '–'} | ${c.candidate.failures + c.baseline.failures} |`,
    );
  }
  lines.push('', 'Per round (candidate / baseline req/s, ratio):', '');
  for (const c of report.comparisons) {
    lines.push(
      `- ${c.name}: ${c.rounds.map((r) => `${r.candidate.throughput.toFixed(0)} / ${r.baseline.throughput.toFixed(0)} (${r.ratio?.toFixed(3)})`).join('; ')}`,
    );
  }
  if (report.errors.length)
    lines.push(
      '',
      'Scenarios that could not run:',
      '',
      ...report.errors.map((e) => `- ${e.id}: ${e.message.split('\n')[0]}`),
    );
  lines.push('', `Not yet built: ${NOT_BUILT.join(', ')} (see bench/README.md).`, '');
  return lines.join('\n');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    log(`usage: npm run bench [-- ${SCENARIOS.map((s) => s.id).join('|')} …] [-- --quick]`);
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
  const stamp = report.startedAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  const jsonFile = path.join(resultsDir, mode === 'quick' ? `${stamp}.quick.local.json` : `${stamp}.json`);
  writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  log(`wrote ${path.relative(root, jsonFile)}`);
  if (mode === 'full') {
    const latest = path.join(resultsDir, 'latest.md');
    const previous = existsSync(latest) ? readFileSync(latest, 'utf8') : '';
    const notes = previous.includes(NOTES_MARK)
      ? previous.slice(previous.indexOf(NOTES_MARK) + NOTES_MARK.length)
      : '\n';
    writeFileSync(latest, `${markdown(report)}\n${NOTES_MARK}${notes}`);
    log(`wrote ${path.relative(root, latest)}`);
  }
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
