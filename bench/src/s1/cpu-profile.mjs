/*
 * Where a V8 .cpuprofile's samples fell: self time by package (or service/lib of this repository) and
 * by function, printed. Shared by the profilers (profile.mjs, S1's, S8's and S11's).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A bundle's source map, read once, or null when the script has none beside it. */
const maps = new Map();
function sourceMapOf(url) {
  if (!maps.has(url)) {
    let map = null;
    if (url.startsWith('file://')) {
      const file = `${fileURLToPath(url)}.map`;
      if (existsSync(file)) map = new SourceMap(JSON.parse(readFileSync(file, 'utf8')));
    }
    maps.set(url, map);
  }
  return maps.get(url);
}

/**
 * Where a frame's code came from: a bundled service's frames are mapped back through the bundle's
 * source map to the package or library they were bundled from, so the profile reads by package.
 */
function originOf({ url, lineNumber, columnNumber }) {
  const entry = url ? sourceMapOf(url)?.findEntry(lineNumber, columnNumber) : undefined;
  if (!entry?.originalSource) return { url, lineNumber };
  const source = entry.originalSource.startsWith('file://')
    ? entry.originalSource
    : `file://${path.resolve(path.dirname(fileURLToPath(url)), entry.originalSource)}`;
  return { url: source, lineNumber: entry.originalLine };
}

/**
 * `window`, when given, keeps only the samples taken under load: `{ start, end, exit }` in wall-clock
 * ms. The profile's clock is not the wall clock, but the profile ends when the process exits, so the
 * load window is placed back from the end (to within the stop's few ms).
 */
export function summarise(file, functions = 25, window) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map();
  const byPackage = new Map();
  const fromUs = window ? profile.endTime - (window.exit - window.start) * 1000 : -Infinity;
  const toUs = window ? profile.endTime - (window.exit - window.end) * 1000 : Infinity;
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < fromUs || at > toUs) return;
    const { callFrame } = nodes.get(id);
    const { functionName } = callFrame;
    const { url: where0, lineNumber } = originOf(callFrame);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const where = where0
      .replace(/^.*node_modules\//, '')
      .replace(/^file:\/\/.*?\/(services|libs|bench)\//, '$1/');
    const pkg =
      /^(@[^/]+\/[^/]+|services\/[^/]+|libs\/[^/]+|[^/:]+)\//.exec(where)?.[1] ??
      (where0 ? 'node internals' : functionName || '(unknown)');
    const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
  });
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);
  console.log(`\n== ${file} (${(total / 1000).toFixed(1)} s sampled${window ? ', under load only' : ''})`);
  console.log(`self time by package:\n${top(byPackage, 15).join('\n')}`);
  console.log(`self time by function:\n${top(byFunction, functions).join('\n')}`);
}

/** Summarises the profiles in `dir` written by the processes of `windows` (pid → load window). */
export function summariseWindows(dir, windows, functions = 30) {
  // Node names a profile CPU.<date>.<time>.<pid>.<tid>.<seq>.cpuprofile.
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const window = windows[/\.(\d+)\.\d+\.\d+\.cpuprofile$/.exec(file)?.[1]];
    if (!window) continue;
    console.log(`\n### ${window.key}`);
    summarise(path.join(dir, file), functions, window);
  }
}
