import { preset } from '../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'e2e',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/../libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/../libs/testing/src/global-teardown.ts',
  // Bounded by the work: the whole system starts in beforeAll, on a machine that may be busy.
  testTimeout: 240_000,
  // Each file starts the whole system; two at once is all two cores can take.
  maxWorkers: 2,
};
