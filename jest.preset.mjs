/**
 * Shared Jest 30 settings for the ESM TypeScript projects.
 * Needs Node >= 24.9 and NODE_OPTIONS=--experimental-vm-modules (the test targets set it):
 * NestJS 12 and MikroORM 7 are pure ESM, and Jest can only load them natively with both.
 */
export const preset = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          // Nest DI and MikroORM's ReflectMetadataProvider read emitted decorator metadata.
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          keepClassNames: true,
          target: 'es2023',
        },
        sourceMaps: 'inline',
      },
    ],
  },
  // Sources import siblings as `./x.js` (nodenext); under Jest they are the `.ts` files.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // Resolve workspace libraries to their sources; Jest itself adds 'import' or 'require' per call site,
  // so dual packages load as ESM from ESM code and as CommonJS from CommonJS code.
  testEnvironmentOptions: { customExportConditions: ['@pcs/source', 'node', 'default'] },
  setupFiles: ['reflect-metadata'],
  clearMocks: true,
};
