import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderOverlay, REPO_DIR } from './render.js';

const SERVICES = ['gateway', 'complaints', 'maintenance', 'billing', 'residents'];
const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL)/i;

interface Instruction {
  keyword: string;
  args: string;
}

/** Dockerfile instructions with continuation lines joined and comments dropped. */
function parseDockerfile(text: string): Instruction[] {
  const logical: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line)) continue;
    current += line.replace(/\\\s*$/, ' ');
    if (!/\\\s*$/.test(line)) {
      if (current.trim()) logical.push(current.trim());
      current = '';
    }
  }
  return logical.map((line) => {
    const [keyword = '', ...rest] = line.split(/\s+/);
    return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
  });
}

/** The instructions of the last stage (the image that ships). */
function finalStage(instructions: Instruction[]): Instruction[] {
  const lastFrom = instructions.map((i) => i.keyword).lastIndexOf('FROM');
  return instructions.slice(lastFrom);
}

/** Each named stage's instructions, its FROM first. */
function stagesOf(instructions: Instruction[]): Map<string, Instruction[]> {
  const stages = new Map<string, Instruction[]>();
  let current: Instruction[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      current = [];
      const name = /\sAS\s+(\S+)$/i.exec(instruction.args)?.[1];
      if (name) stages.set(name, current);
    }
    current.push(instruction);
  }
  return stages;
}

function dockerfile(service: string): string {
  return readFileSync(join(REPO_DIR, 'services', service, 'Dockerfile'), 'utf8');
}

describe('service images', () => {
  const rootPackage = JSON.parse(readFileSync(join(REPO_DIR, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };

  it('have a Dockerfile for every image the manifests run', () => {
    const images = renderOverlay('prod')
      .flatMap((o) => JSON.stringify(o).match(/registry\.example\.com\/pcs\/[a-z-]+/g) ?? [])
      .map((image) => image.split('/').pop());
    expect([...new Set(images)].sort()).toEqual([...SERVICES].sort());
    for (const service of SERVICES)
      expect(existsSync(join(REPO_DIR, 'services', service, 'Dockerfile'))).toBe(true);
  });

  it('are built the same way for every service', () => {
    const normalised = SERVICES.map((service) =>
      dockerfile(service)
        .replaceAll(service, '<service>')
        .replace(/^# Image of the .*$/m, '')
        .replace(/^# The migration Job runs .*\n/m, ''),
    );
    for (const text of normalised) expect(text).toEqual(normalised[0]);
  });

  describe.each(SERVICES)('%s', (service) => {
    const instructions = parseDockerfile(dockerfile(service));
    const final = finalStage(instructions);

    it('starts from a pinned Node 24 slim image, the Node version the repository pins', () => {
      const nodeImage =
        instructions
          .find((i) => i.keyword === 'ARG' && i.args.startsWith('NODE_IMAGE='))
          ?.args.split('=')[1] ?? '';
      expect(nodeImage).toMatch(/^node:24\.\d+\.\d+-[a-z]+-slim(@sha256:[0-9a-f]{64})?$/);
      expect(nodeImage).toContain(`node:${rootPackage.devDependencies?.['node']}-`);
      const bases = instructions.filter((i) => i.keyword === 'FROM').map((i) => i.args.split(/\s+/)[0]);
      expect(
        bases.every((base) => base === '${NODE_IMAGE}' || ['build', 'build-deps'].includes(base ?? '')),
      ).toBe(true);
      expect(instructions.filter((i) => i.keyword === 'FROM').length).toBeGreaterThan(1);
    });

    it(`builds @pcs/${service} with production dependencies only`, () => {
      expect(instructions).toContainEqual({ keyword: 'ARG', args: `SERVICE=${service}` });
      const install = instructions.find((i) => i.keyword === 'RUN' && i.args.includes('--omit=dev'));
      expect(install?.args).toMatch(/npm ci --omit=dev .*--workspace=@pcs\/\$\{SERVICE\}/);
    });

    it('ships production dependencies from a stage that reads only the package manifests', () => {
      // Decision 0228: a source change then reuses that stage and the image's copy of it.
      const stages = stagesOf(instructions);
      const prodDeps = stages.get('prod-deps') ?? [];
      expect(prodDeps[0]?.args).toMatch(/^\$\{NODE_IMAGE\} AS prod-deps$/);
      const copies = prodDeps.filter((i) => i.keyword === 'COPY').map((i) => i.args);
      expect(copies).toEqual(['--from=manifests /repo ./']);
      expect(final.filter((i) => i.keyword === 'COPY').map((i) => i.args)).toEqual([
        '--from=prod-deps /app /app',
        '--from=dists /dists /app',
      ]);
    });

    it('runs as a non-root user, by number', () => {
      const user = final.filter((i) => i.keyword === 'USER').pop()?.args ?? '';
      expect(user).toMatch(/^[1-9]\d*(:\d+)?$/);
    });

    it('runs `node dist/main.js` as PID 1 (exec form, no shell or npm in between)', () => {
      expect(final.filter((i) => i.keyword === 'ENTRYPOINT')).toEqual([]);
      expect(final.filter((i) => i.keyword === 'CMD').pop()?.args).toBe('["node", "dist/main.js"]');
      expect(final.find((i) => i.keyword === 'ENV')?.args).toMatch(/NODE_ENV=production/);
    });

    it('bakes no secret into a layer', () => {
      for (const instruction of instructions.filter((i) => ['ENV', 'ARG', 'LABEL'].includes(i.keyword))) {
        expect(instruction.args).not.toMatch(SECRET_NAME);
      }
      expect(instructions.filter((i) => i.keyword === 'COPY' && /\.npmrc|\.env\b/.test(i.args))).toEqual([]);
    });
  });

  it('are built from a context without dependencies, build output or credentials', () => {
    const ignored = readFileSync(join(REPO_DIR, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim());
    for (const pattern of [
      '**/node_modules',
      '**/dist',
      '**/*.tsbuildinfo',
      '.git',
      '**/.env',
      '**/.npmrc',
    ]) {
      expect(ignored).toContain(pattern);
    }
  });
});
