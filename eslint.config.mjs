import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * One definition of the module-boundary rule: services may use only contracts and platform libraries,
 * contracts stay free of framework, ORM and bus imports, and no project reaches into another's files.
 */
const boundaries = {
  enforceBuildableLibDependency: false,
  banTransitiveDependencies: true,
  allow: [],
  depConstraints: [
    // Test files of a service use the testing library; production code may not (rule below).
    {
      sourceTag: 'type:service',
      onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing'],
    },
    { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts'] },
    {
      sourceTag: 'type:contracts',
      onlyDependOnLibsWithTags: ['type:contracts'],
      bannedExternalImports: [
        '@mikro-orm/*',
        '@nestjs/*',
        '@nats-io/*',
        'pg',
        'kysely',
        'fastify',
        '@fastify/*',
        'rxjs',
      ],
    },
    {
      sourceTag: 'type:testing',
      onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:testing'],
    },
    { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:testing'] },
    {
      sourceTag: 'type:bench',
      onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing'],
    },
    {
      sourceTag: 'type:tooling',
      onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing'],
    },
    // Manifests and their checks depend on no library.
    { sourceTag: 'type:deploy', onlyDependOnLibsWithTags: [] },
    // Types generated from the OpenAPI document: what the API says, nothing of how it is built.
    { sourceTag: 'type:api-client', onlyDependOnLibsWithTags: [] },
    // The browser console knows the gateway's API and nothing else (its bundle stays small).
    { sourceTag: 'type:console', onlyDependOnLibsWithTags: ['type:api-client'] },
  ],
};

/** The console's specs check its copies of labels and of the state table against their sources. */
const consoleSpecBoundaries = {
  ...boundaries,
  depConstraints: boundaries.depConstraints.map((c) =>
    c.sourceTag === 'type:console'
      ? { sourceTag: 'type:console', onlyDependOnLibsWithTags: ['type:api-client', 'type:contracts'] }
      : c,
  ),
};

export default tseslint.config(
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: [
      '**/dist',
      '**/coverage',
      '**/node_modules',
      '**/.nx',
      '**/*.mjs',
      '**/*.cjs',
      '**/*.js',
      // Written by openapi-typescript (`npm run docs`); its style is the generator's.
      'libs/api-client/src/generated',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      // `npm test` lints the whole workspace in one run over the two programs `npm test` type-checks
      // (PCS_LINT_WHOLE=1), so each file's types are worked out once; a project's own lint (nx, an
      // editor) uses the tsconfig nearest each file.
      parserOptions: process.env.PCS_LINT_WHOLE
        ? {
            project: ['./tsconfig.typecheck.json', './apps/console/tsconfig.json'],
            tsconfigRootDir: import.meta.dirname,
          }
        : { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries],
      // Async NATS and ORM code lives or dies by awaited promises.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // Class fields keep their annotations: decorator metadata (DI, config conversion) reads them.
      '@typescript-eslint/no-inferrable-types': ['error', { ignoreProperties: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Converting an injected class to `import type` erases Nest's DI metadata; never autofix that.
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    // Tests read arbitrary JSON replies.
    files: [
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.e2e-spec.ts',
      '**/test/**/*.ts',
      'test-e2e/**/*.ts',
      'libs/testing/**/*.ts',
      'bench/**/*.ts',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['apps/console/src/**/*.spec.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', consoleSpecBoundaries] },
  },
  {
    // Tools require these as default exports.
    files: ['**/global-setup.ts', '**/global-teardown.ts', 'apps/console/vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Production code never imports test infrastructure.
    files: ['services/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', 'libs/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['@pcs/testing'], patterns: ['@pcs/testing/*'] }],
    },
  },
  prettier,
);
