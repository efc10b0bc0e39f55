import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/**
 * Lints a snippet as the content of an existing file of a project (type-aware parsing needs a file
 * the project's tsconfig knows), and returns the boundary rule's messages.
 */
async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  const fatal = result?.messages.filter((m) => m.fatal) ?? [];
  if (fatal.length) throw new Error(fatal.map((m) => m.message).join('\n'));
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@nx/enforce-module-boundaries' || m.message.includes('ProjectGraph'))
    .map((m) => m.message);
}

describe('module boundaries bite', () => {
  it('a service importing another service fails lint', async () => {
    // Billing, not complaints: the console's specs check their action table against complaints'
    // state machine, so complaints → gateway would be reported as a cycle instead of as this.
    const errors = await boundaryErrors(
      'services/billing/src/main.ts',
      "import { gateway } from '@pcs/gateway';\nexport const x = gateway;\n",
    );
    expect(errors).toContain('Imports of apps are forbidden');
  });

  it('a service reaching into another service by relative path fails lint', async () => {
    const errors = await boundaryErrors(
      'services/complaints/src/main.ts',
      "import { PERMISSIONS } from '../../gateway/src/auth/permissions.js';\nexport const x = PERMISSIONS;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('contracts importing MikroORM, NestJS or NATS fails lint', async () => {
    for (const pkg of ['@mikro-orm/core', '@nestjs/common', '@nats-io/jetstream']) {
      const errors = await boundaryErrors(
        'libs/contracts/src/index.ts',
        `import * as m from '${pkg}';\nexport const x = m;\n`,
      );
      expect({ pkg, errors: errors.join('\n') }).toEqual({
        pkg,
        errors: expect.stringContaining(
          `A project tagged with "type:contracts" is not allowed to import "${pkg}"`,
        ),
      });
    }
  });

  it('production code importing the testing library fails lint', async () => {
    const [result] = await eslint.lintText(
      "import { staff } from '@pcs/testing';\nexport const x = staff;\n",
      {
        filePath: path.join(root, 'services/complaints/src/main.ts'),
      },
    );
    expect(result?.messages.some((m) => m.ruleId === 'no-restricted-imports')).toBe(true);
  });

  it('a service using contracts and platform passes', async () => {
    const errors = await boundaryErrors(
      'services/complaints/src/main.ts',
      "import { DomainError } from '@pcs/contracts';\nimport { newId } from '@pcs/platform';\nexport const x = [DomainError, newId];\n",
    );
    expect(errors).toEqual([]);
  });
});
