import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The files a tsconfig compiles (its own, not those it imports), as tsc would list them. */
function filesOf(config: string): string[] {
  const file = path.join(ROOT, config);
  const { config: json } = ts.parseConfigFileTextToJson(file, readFileSync(file, 'utf8'));
  return ts.parseJsonConfigFileContent(json, ts.sys, path.dirname(file)).fileNames;
}

/*
 * `npm test` type-checks every Node project in one program (tsconfig.typecheck.json) instead of one
 * program per project: a project whose files that program misses would go unchecked in CI.
 */
describe('the one type-check program of npm test', () => {
  it("holds every file of every Node project's tsconfig.json", () => {
    const checked = new Set(filesOf('tsconfig.typecheck.json'));
    const projects = ts.sys
      .readDirectory(ROOT, ['.json'], ['**/node_modules', '**/dist'], ['**/tsconfig.json'])
      .map((file) => path.relative(ROOT, file))
      .filter((file) => file !== 'tsconfig.json' && !file.startsWith('apps/console/'));
    expect(projects.length).toBeGreaterThan(10);
    const missed = projects.flatMap((project) => filesOf(project).filter((file) => !checked.has(file)));
    expect(missed).toEqual([]);
  });
});
