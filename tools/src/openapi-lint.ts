import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REDOCLY_CONFIG_FILE } from './api-documents.js';

export interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  /** JSON pointers into the document. */
  at: string[];
}

const REDOCLY_CLI = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')),
  'bin/cli.js',
);

/**
 * Lints an OpenAPI document with Redocly CLI, the same command a developer runs
 * (`npx redocly lint docs/openapi.json`), with the rules of redocly.yaml. The document goes through a
 * temporary file so that what is linted is exactly the given object, not a file that may be stale.
 */
export async function lintOpenApi(document: object, config = REDOCLY_CONFIG_FILE): Promise<LintProblem[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pcs-openapi-lint-'));
  try {
    const file = path.join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    const { stdout, stderr } = await run(process.execPath, [
      REDOCLY_CLI,
      'lint',
      file,
      `--config=${config}`,
      '--format=json',
    ]);
    let report: {
      problems?: { ruleId: string; severity: string; message: string; location?: { pointer?: string }[] }[];
    };
    try {
      report = JSON.parse(stdout) as typeof report;
    } catch {
      throw new Error(`redocly lint printed no report:\n${stderr || stdout}`);
    }
    return (report.problems ?? []).map((p) => ({
      ruleId: p.ruleId,
      severity: p.severity === 'error' ? 'error' : 'warn',
      message: p.message,
      at: (p.location ?? []).map((l) => l.pointer ?? ''),
    }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Exit status is not used: the CLI exits 1 on errors, and the report says which. */
function run(command: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      // No usage reports and no update checks: the linter's answer must not depend on the network.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => resolve({ stdout, stderr }));
  });
}
